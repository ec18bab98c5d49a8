import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reallocateCase } from '../../../api/endpoints.ts';
import type { CourtCaseDetail } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ConfirmStep } from '../../integrity/work/shared/ConfirmStep.tsx';
import { useRefreshCourts } from '../queries.ts';
import { judgeNameOf } from '../terms.ts';

const REASONS = ['judge_absent', 'judge_left'] as const;
type Reason = (typeof REASONS)[number];
const MAX_NOTE = 2000;

/**
 * Re-allocates the case by lot for a recorded legal reason: its judge is absent or has left. The
 * server checks that the reason holds and refuses (409) when it does not; its message is shown.
 */
export function ReallocateModal({
  kase,
  onDone,
  onClose,
}: {
  kase: CourtCaseDetail;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshCourts();
  const r = 'courts.case.reallocate' as const;
  const [reason, setReason] = useState<Reason | null>(null);
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const save = useMutation({
    mutationFn: () => reallocateCase(kase.id, { reason: reason as Reason, note: note.trim() }),
    onSuccess: ({ allocation }) => {
      void refresh();
      onDone(
        allocation
          ? t(`${r}.done`, {
              name: judgeNameOf(allocation.judge, kase.judges),
              count: allocation.eligibleCount,
            })
          : t(`${r}.failed`),
      );
    },
    // The refusal is explained on the form, where the reason can be changed.
    onError: () => setConfirming(false),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!reason || !note.trim()) return;
    save.reset();
    setConfirming(true);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t(confirming ? `${r}.confirmTitle` : `${r}.title`, { number: kase.number })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {confirming && reason ? (
        <ConfirmStep
          marker="data-reallocate-confirm"
          error={null}
          backLabel={t(`${r}.back`)}
          confirmLabel={t(`${r}.confirm`)}
          pending={save.isPending}
          onBack={() => setConfirming(false)}
          onConfirm={() => save.mutate()}
        >
          <Text>
            {t(`${r}.confirmText`, {
              number: kase.number,
              reason: t(`courts.reasons.${reason}`),
              name: kase.judge?.name ?? '',
            })}
          </Text>
        </ConfirmStep>
      ) : (
        <form onSubmit={submit} noValidate data-reallocate-form>
          <Stack>
            <Radio.Group
              label={t(`${r}.reason`)}
              required
              value={reason ?? ''}
              onChange={(value) => setReason(value as Reason)}
              error={checked && !reason ? t(`${r}.reasonRequired`) : null}
            >
              <Stack gap="sm" mt="xs">
                {REASONS.map((value) => (
                  <Radio
                    key={value}
                    value={value}
                    label={t(`courts.reasons.${value}`)}
                    description={t(`${r}.reasonHints.${value}`)}
                    data-reason={value}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label={t(`${r}.note`)}
              description={t(`${r}.noteHint`)}
              required
              autosize
              minRows={3}
              maxLength={MAX_NOTE}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={checked && !note.trim() ? t('common.required') : null}
              data-field="note"
            />
            {save.isError && <ErrorAlert error={save.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" data-next>
                {t(`${r}.next`)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
