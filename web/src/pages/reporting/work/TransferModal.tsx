import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HandlerView, transferWorkReport } from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { ConfirmStep } from '../../integrity/work/shared/ConfirmStep.tsx';
import { useRefreshReporting } from '../shared/queries.ts';
import { nameText } from '../shared/terms.ts';

/**
 * Hands the report to another competent body. This body's handlers lose access to it, so the
 * step is confirmed; the reason goes on the record.
 */
export function TransferModal({
  report,
  onClose,
  onTransferred,
}: {
  report: HandlerView;
  onClose: () => void;
  onTransferred: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const refresh = useRefreshReporting();
  const [agencyId, setAgencyId] = useState('');
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const n = 'reporting.transfer' as const;
  const target = report.transferable.find((b) => b.agencyId === agencyId);
  const transfer = useMutation({
    mutationFn: () => transferWorkReport(report.id, agencyId, reason.trim()),
    onSuccess: () => {
      void refresh();
      onTransferred();
    },
    onError: () => setConfirming(false),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!agencyId || !reason.trim()) return;
    transfer.reset();
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
      {confirming && target ? (
        <ConfirmStep
          marker="data-transfer-confirm"
          error={null}
          backLabel={t('reporting.back')}
          confirmLabel={t(`${n}.submit`)}
          pending={transfer.isPending}
          onBack={() => setConfirming(false)}
          onConfirm={() => transfer.mutate()}
          danger
        >
          <Text>
            {t(`${n}.confirmText`, {
              reference: report.reference,
              body: nameText(target.name, language),
            })}
          </Text>
        </ConfirmStep>
      ) : (
        <form onSubmit={submit} noValidate data-transfer-form>
          <Stack>
            {/* Any other agency may be the competent one (its officer): searchable, not a long list. */}
            {report.transferable.length === 0 ? (
              <Text c="dimmed">{t(`${n}.none`)}</Text>
            ) : (
              <Select
                label={t(`${n}.body`)}
                placeholder={t(`${n}.chooseBody`)}
                required
                searchable
                value={agencyId || null}
                onChange={(value) => setAgencyId(value ?? '')}
                data={report.transferable.map((b) => ({
                  value: b.agencyId,
                  label: nameText(b.name, language),
                }))}
                nothingFoundMessage={t('common.noResults')}
                error={checked && !agencyId ? t('common.required') : null}
                comboboxProps={{ withinPortal: true }}
                data-field="transfer-body"
              />
            )}
            <Textarea
              label={t(`${n}.reason`)}
              required
              autosize
              minRows={3}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={checked && !reason.trim() ? t('common.required') : null}
            />
            {transfer.isError && <ErrorAlert error={transfer.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={report.transferable.length === 0}>
                {t('reporting.next')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
