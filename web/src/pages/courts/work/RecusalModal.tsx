import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordRecusal } from '../../../api/endpoints.ts';
import type { CourtCaseDetail } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ConfirmStep } from '../../integrity/work/shared/ConfirmStep.tsx';
import { useRefreshCourts } from '../queries.ts';
import { judgeNameOf } from '../terms.ts';

const MAX_NOTE = 2000;

/**
 * Records that a judge is recused from the case. When that judge holds the case it is
 * re-allocated by lot at once; the answer says to whom.
 */
export function RecusalModal({
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
  const r = 'courts.case.recusal' as const;
  const [judge, setJudge] = useState(kase.judge?.id ?? '');
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const judgeName = kase.judges.find((j) => j.id === judge)?.name ?? '';

  const save = useMutation({
    mutationFn: () => recordRecusal(kase.id, { judge, note: note.trim() }),
    onSuccess: ({ allocation }) => {
      void refresh();
      onDone(
        allocation
          ? t(`${r}.reallocated`, {
              name: judgeNameOf(allocation.judge, kase.judges),
              count: allocation.eligibleCount,
            })
          : t(`${r}.recorded`, { name: judgeName }),
      );
    },
    onError: () => setConfirming(false),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!judge || !note.trim()) return;
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
      {confirming ? (
        <ConfirmStep
          marker="data-recusal-confirm"
          error={null}
          backLabel={t(`${r}.back`)}
          confirmLabel={t(`${r}.confirm`)}
          pending={save.isPending}
          onBack={() => setConfirming(false)}
          onConfirm={() => save.mutate()}
        >
          <Text>
            {t(judge === kase.judge?.id ? `${r}.confirmHolder` : `${r}.confirmText`, {
              name: judgeName,
              number: kase.number,
            })}
          </Text>
        </ConfirmStep>
      ) : (
        <form onSubmit={submit} noValidate data-recusal-form>
          <Stack>
            <NativeSelect
              label={t(`${r}.judge`)}
              required
              value={judge}
              onChange={(e) => setJudge(e.currentTarget.value)}
              data={[
                { value: '', label: t(`${r}.chooseJudge`) },
                ...kase.judges.map((j) => ({ value: j.id, label: j.name })),
              ]}
              error={checked && !judge ? t('common.required') : null}
              data-field="judge"
            />
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
