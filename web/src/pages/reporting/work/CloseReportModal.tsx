import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  changeWorkReportStatus,
  REPORT_OUTCOMES,
  type ReportOutcome,
} from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ConfirmStep } from '../../integrity/work/shared/ConfirmStep.tsx';
import { useRefreshReporting } from '../shared/queries.ts';

/** Closes the report with its outcome; asked once more, since the reporter is told at once. */
export function CloseReportModal({
  reportId,
  reference,
  onClose,
}: {
  reportId: string;
  reference: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshReporting();
  const [outcome, setOutcome] = useState<ReportOutcome | null>(null);
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const n = 'reporting.close' as const;
  const close = useMutation({
    mutationFn: () =>
      changeWorkReportStatus(reportId, { status: 'closed', outcome: outcome as ReportOutcome }),
    onSuccess: () => {
      void refresh();
      onClose();
    },
    onError: () => setConfirming(false),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!outcome) return;
    close.reset();
    setConfirming(true);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`${n}.title`)}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {confirming && outcome ? (
        <ConfirmStep
          marker="data-close-confirm"
          error={null}
          backLabel={t('reporting.back')}
          confirmLabel={t(`${n}.submit`)}
          pending={close.isPending}
          onBack={() => setConfirming(false)}
          onConfirm={() => close.mutate()}
        >
          <Text>
            {t(`${n}.confirmText`, { reference, outcome: t(`reporting.outcomes.${outcome}`) })}
          </Text>
        </ConfirmStep>
      ) : (
        <form onSubmit={submit} noValidate data-close-form>
          <Stack>
            <Radio.Group
              label={t(`${n}.outcome`)}
              required
              value={outcome ?? ''}
              onChange={(v) => setOutcome(v as ReportOutcome)}
              error={checked && !outcome ? t('common.required') : null}
            >
              <Stack gap="sm" mt="xs">
                {REPORT_OUTCOMES.map((o) => (
                  <Radio
                    key={o}
                    value={o}
                    label={t(`reporting.outcomes.${o}`)}
                    description={t(`${n}.hints.${o}`)}
                    data-outcome={o}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Text size="sm" c="gray.7">
              {t(`${n}.tellReporter`)}
            </Text>
            {close.isError && <ErrorAlert error={close.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit">{t('reporting.next')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
