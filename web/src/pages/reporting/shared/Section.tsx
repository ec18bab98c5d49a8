import { Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** A titled part of a report page, named by its heading for screen readers. */
export function Section({
  title,
  marker,
  children,
}: {
  title: string;
  marker: `data-${string}`;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} {...{ [marker]: true }}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}
