import { Button, type ButtonProps, Group, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert.tsx';

/** Extra props for the submit button: its colour and the data-* hooks the browser tests find it by. */
type SubmitProps = ButtonProps & { [attribute: `data-${string}`]: string | boolean | undefined };

/**
 * The end of a modal form: Cancel and the submit button, and, when `error` is given, the server's
 * refusal just above them. Leave `error` out where the form shows it at its top instead.
 */
export function FormActions({
  error,
  pending,
  onCancel,
  submitLabel,
  submitProps,
  mt,
}: {
  error?: unknown;
  pending: boolean;
  onCancel: () => void;
  submitLabel: string;
  submitProps?: SubmitProps;
  mt?: MantineSpacing;
}) {
  const { t } = useTranslation();
  return (
    <>
      {/* Beside the button just pressed, so the refusal is seen on a long form too. */}
      {error ? (
        <div data-form-error>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      <Group justify="flex-end" mt={mt}>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={pending} {...submitProps}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
