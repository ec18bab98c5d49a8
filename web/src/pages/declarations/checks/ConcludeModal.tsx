import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { concludeDeclarationReview } from '../../../api/endpoints.ts';
import type { DeclarationReviewOutcome } from '../../../api/types.ts';
import { isStaleRefusal, ReviewActionError } from './ReviewActionError.tsx';

const OUTCOMES = ['no_violation', 'referral', 'disciplinary'] as const;
const MAX_TEXT = 20_000;

/**
 * Closes the full check with an outcome and its grounds. A referral sends the evidence pack to
 * the prosecutor and cannot be undone, so it is asked about once more before it is sent.
 */
export function ConcludeModal({
  reviewId,
  declarant,
  year,
  onDone,
  onStale,
  onClose,
}: {
  reviewId: string;
  declarant: string;
  year: number;
  onDone: (outcome: DeclarationReviewOutcome) => void;
  onStale: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<DeclarationReviewOutcome | null>(null);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const referButton = useRef<HTMLButtonElement>(null);
  const conclude = useMutation({
    mutationFn: (chosen: DeclarationReviewOutcome) =>
      concludeDeclarationReview(reviewId, { outcome: chosen, text: text.trim() }),
    onSuccess: (_, chosen) => onDone(chosen),
    onError: (error) => {
      if (isStaleRefusal(error)) onStale();
    },
  });

  // The form's button is gone once the question is asked: keep keyboard focus in the dialog.
  useEffect(() => {
    if (confirming) referButton.current?.focus();
  }, [confirming]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!outcome || !text.trim()) return;
    if (outcome === 'referral') {
      conclude.reset();
      setConfirming(true);
      return;
    }
    conclude.mutate(outcome);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        confirming
          ? t('declarationChecks.review.referTitle')
          : t('declarationChecks.review.concludeTitle')
      }
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {confirming ? (
        <Stack data-refer-confirm>
          <Text>{t('declarationChecks.review.referText', { name: declarant, year })}</Text>
          <ReviewActionError error={conclude.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('declarationChecks.review.back')}
            </Button>
            <Button
              ref={referButton}
              color="red"
              loading={conclude.isPending}
              onClick={() => conclude.mutate('referral')}
              data-confirm
            >
              {t('declarationChecks.review.refer')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate data-conclude-form>
          <Stack>
            <Radio.Group
              label={t('declarationChecks.review.outcome')}
              required
              value={outcome ?? ''}
              onChange={(value) => setOutcome(value as DeclarationReviewOutcome)}
              error={checked && !outcome ? t('declarationChecks.review.outcomeRequired') : null}
            >
              <Stack gap="sm" mt="xs">
                {OUTCOMES.map((o) => (
                  <Radio
                    key={o}
                    value={o}
                    label={t(`declarationChecks.outcomes.${o}`)}
                    description={t(`declarationChecks.review.outcomeHints.${o}`)}
                    data-outcome={o}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label={t('declarationChecks.review.conclusion')}
              description={t('declarationChecks.review.conclusionHint')}
              required
              autosize
              minRows={4}
              maxLength={MAX_TEXT}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={checked && !text.trim() ? t('declarationChecks.review.textRequired') : null}
              data-field="conclusion"
            />
            <ReviewActionError error={conclude.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={conclude.isPending} data-confirm>
                {t('declarationChecks.review.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
