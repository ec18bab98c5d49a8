import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decideConflictNotification } from '../../../../api/endpoints.ts';
import type { ConflictMeasure, NotificationToDecide } from '../../../../api/types.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { useRefreshConflicts } from '../queries.ts';
import { ConfirmStep } from '../shared/ConfirmStep.tsx';

const MEASURES = [
  'recusal',
  'transfer',
  'divestment',
  'other',
] as const satisfies ConflictMeasure[];
const MAX_TEXT = 5_000;

/**
 * The head decides the measure on a notification, once: recusal, transfer, divestment or another
 * (then described). The decision is final and tells the official, so it is confirmed first.
 */
export function DecideMeasureModal({
  notification,
  onDecided,
  onClose,
}: {
  notification: NotificationToDecide;
  onDecided: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshConflicts();
  const [measure, setMeasure] = useState<ConflictMeasure | null>(null);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const n = 'conflictWork.decide' as const;
  const decide = useMutation({
    mutationFn: () =>
      decideConflictNotification(notification.id, {
        measure: measure as ConflictMeasure,
        ...(text.trim() ? { measureText: text.trim() } : {}),
      }),
    onSuccess: () => {
      void refresh();
      onDecided();
    },
  });

  const textMissing = measure === 'other' && !text.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!measure || textMissing) return;
    decide.reset();
    setConfirming(true);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={confirming ? t(`${n}.confirmTitle`) : t(`${n}.title`)}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {confirming && measure ? (
        <ConfirmStep
          marker="data-decide-confirm"
          error={decide.isError && <ErrorAlert error={decide.error} />}
          backLabel={t(`${n}.back`)}
          confirmLabel={t(`${n}.submit`)}
          pending={decide.isPending}
          onBack={() => setConfirming(false)}
          onConfirm={() => decide.mutate()}
        >
          <Text>
            {t(`${n}.confirmText`, {
              name: notification.declarant.fullName,
              measure: t(`conflictTerms.measures.${measure}`),
            })}
          </Text>
        </ConfirmStep>
      ) : (
        <form onSubmit={submit} noValidate data-decide-form>
          <Stack>
            <Text size="sm">
              {t(`${n}.intro`, {
                name: notification.declarant.fullName,
                party: notification.relatedParty,
              })}
            </Text>
            <Radio.Group
              label={t(`${n}.measure`)}
              required
              value={measure ?? ''}
              onChange={(value) => setMeasure(value as ConflictMeasure)}
              error={checked && !measure ? t(`${n}.measureRequired`) : null}
            >
              <Stack gap="sm" mt="xs">
                {MEASURES.map((m) => (
                  <Radio
                    key={m}
                    value={m}
                    label={t(`conflictTerms.measures.${m}`)}
                    description={t(`${n}.hints.${m}`)}
                    data-measure={m}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label={t(`${n}.text`)}
              description={measure === 'other' ? t(`${n}.textRequiredHint`) : t(`${n}.textHint`)}
              required={measure === 'other'}
              autosize
              minRows={3}
              maxLength={MAX_TEXT}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={checked && textMissing ? t('common.required') : null}
              data-field="measure-text"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" data-next>
                {t(`${n}.next`)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
