import { Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The name of the platform, linking home; the tagline only where there is room. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <UnstyledButton component={Link} to="/">
      <Group gap={8} wrap="nowrap">
        <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
          <circle cx="14" cy="14" r="13" fill="#c92a2a" />
          <circle cx="14" cy="14" r="6" fill="#ffd43b" />
        </svg>
        <div>
          <Text fw={800} size="lg" lh={1.1} c="red.9">
            {t('app.name')}
          </Text>
          <Text size="xs" c="dimmed" lh={1.1} visibleFrom="md">
            {t('app.tagline')}
          </Text>
        </div>
      </Group>
    </UnstyledButton>
  );
}
