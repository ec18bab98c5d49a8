import { Button, Group, Stack } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The second step of a decision dialog: what is about to be done, the server's refusal if any,
 * and Back / Confirm. The form's button is gone once the question is asked, so focus moves to
 * Confirm to keep the keyboard in the dialog.
 */
export function ConfirmStep({
  children,
  error,
  backLabel,
  confirmLabel,
  pending,
  onBack,
  onConfirm,
  danger = false,
  marker,
}: {
  children: ReactNode;
  error: ReactNode;
  backLabel: string;
  confirmLabel: string;
  pending: boolean;
  onBack: () => void;
  onConfirm: () => void;
  danger?: boolean;
  /** The data attribute naming this step for tests, e.g. "data-close-confirm". */
  marker: `data-${string}`;
}) {
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirmButton.current?.focus();
  }, []);
  return (
    <Stack {...{ [marker]: true }}>
      {children}
      {error}
      <Group justify="flex-end">
        <Button variant="default" onClick={onBack}>
          {backLabel}
        </Button>
        <Button
          ref={confirmButton}
          {...(danger ? { color: 'red' } : {})}
          loading={pending}
          onClick={onConfirm}
          data-confirm
        >
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}
