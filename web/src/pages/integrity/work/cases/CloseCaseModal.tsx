import { Button, Group, Modal, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeConflictCase } from '../../../../api/endpoints.ts';
import type {
  ConflictCase,
  ConflictCaseOutcome,
  ConflictLiability,
} from '../../../../api/types.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { useRefreshConflicts } from '../queries.ts';
import { ConfirmStep } from '../shared/ConfirmStep.tsx';

const OUTCOMES = ['resolved', 'liability', 'unfounded'] as const satisfies ConflictCaseOutcome[];
const LIABILITIES = ['reprimand', 'dismissal', 'other'] as const satisfies ConflictLiability[];
const MAX_NOTE = 20_000;

/**
 * Closes a case for good with its outcome: resolved (a measure removed the conflict), liability
 * imposed (which), or unfounded. Asked once more before it is sent; the server's refusal (for
 * instance "resolved" before the head decided a measure) is shown as it says.
 */
export function CloseCaseModal({
  kase,
  onClosed,
  onClose,
}: {
  kase: ConflictCase;
  onClosed: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshConflicts();
  const [outcome, setOutcome] = useState<ConflictCaseOutcome | null>(null);
  const [liability, setLiability] = useState<ConflictLiability | ''>('');
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const n = 'conflictWork.close' as const;
  const close = useMutation({
    mutationFn: () =>
      closeConflictCase(kase.id, {
        outcome: outcome as ConflictCaseOutcome,
        ...(outcome === 'liability' && liability ? { liability } : {}),
        note: note.trim(),
      }),
    onSuccess: () => {
      void refresh();
      onClosed();
    },
    // A refusal is explained on the form, where the choice can be changed.
    onError: () => setConfirming(false),
  });

  const liabilityMissing = outcome === 'liability' && !liability;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!outcome || liabilityMissing || !note.trim()) return;
    close.reset();
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
      {confirming && outcome ? (
        // A refusal sends the verifier back to the form, where the error is shown.
        <ConfirmStep
          marker="data-close-confirm"
          error={null}
          backLabel={t(`${n}.back`)}
          confirmLabel={t(`${n}.submit`)}
          pending={close.isPending}
          onBack={() => setConfirming(false)}
          onConfirm={() => close.mutate()}
        >
          <Text>
            {t(`${n}.confirmText`, {
              name: kase.official.fullName,
              outcome: t(`conflictTerms.outcomes.${outcome}`),
            })}
          </Text>
        </ConfirmStep>
      ) : (
        <form onSubmit={submit} noValidate data-close-form>
          <Stack>
            <Radio.Group
              label={t(`${n}.outcome`)}
              required
              value={outcome ?? ''}
              onChange={(value) => setOutcome(value as ConflictCaseOutcome)}
              error={checked && !outcome ? t(`${n}.outcomeRequired`) : null}
            >
              <Stack gap="sm" mt="xs">
                {OUTCOMES.map((o) => (
                  <Radio
                    key={o}
                    value={o}
                    label={t(`conflictTerms.outcomes.${o}`)}
                    description={t(`${n}.outcomeHints.${o}`)}
                    data-outcome={o}
                  />
                ))}
              </Stack>
            </Radio.Group>
            {outcome === 'liability' && (
              <NativeSelect
                label={t(`${n}.liability`)}
                required
                value={liability}
                onChange={(e) => setLiability(e.currentTarget.value as ConflictLiability | '')}
                data={[
                  { value: '', label: t(`${n}.chooseLiability`) },
                  ...LIABILITIES.map((l) => ({
                    value: l,
                    label: t(`conflictTerms.liabilities.${l}`),
                  })),
                ]}
                error={checked && liabilityMissing ? t(`${n}.liabilityRequired`) : null}
                data-field="liability"
              />
            )}
            <Textarea
              label={t(`${n}.note`)}
              description={t(`${n}.noteHint`)}
              required
              autosize
              minRows={3}
              maxLength={MAX_NOTE}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={checked && !note.trim() ? t('common.required') : null}
              data-field="note"
            />
            {close.isError && <ErrorAlert error={close.error} />}
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
