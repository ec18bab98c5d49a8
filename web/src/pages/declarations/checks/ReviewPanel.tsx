import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assignDeclarationReview } from '../../../api/endpoints.ts';
import type { DeclarationUnderCheck } from '../../../api/types.ts';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { mayOpen, VERIFIERS } from '../../../navigation.ts';
import { useSession } from '../../../session/useSession.ts';
import { ConcludeModal } from './ConcludeModal.tsx';
import { useRefreshChecks } from './queries.ts';
import { RequestExplanationModal } from './RequestExplanationModal.tsx';
import { ReviewActionError } from './ReviewActionError.tsx';
import { ReviewExchange } from './ReviewExchange.tsx';
import { ReviewStateTag } from './ReviewStateTag.tsx';

type Dialog = 'request' | 'conclude' | null;

/**
 * The full check of this declaration: where it stands, who has it, the exchange with the
 * declarant, and the next steps the state allows (only the assigned verifier acts).
 */
export function ReviewPanel({ declaration }: { declaration: DeclarationUnderCheck }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { user, roles } = useSession();
  const refresh = useRefreshChecks();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const review = declaration.review;
  const take = useMutation({
    mutationFn: (id: string) => assignDeclarationReview(id),
    onSuccess: async () => {
      setNotice(t('declarationChecks.review.taken'));
      await refresh();
    },
    onError: () => refresh(),
  });
  const n = 'declarationChecks.review' as const;

  if (!review) {
    return (
      <section aria-labelledby="full-check-title">
        <Title order={2} id="full-check-title" fz="xl" mb="xs">
          {t(`${n}.title`)}
        </Title>
        <Text c="gray.7">{t(`${n}.notInQueue`)}</Text>
      </section>
    );
  }

  const verifier = mayOpen(VERIFIERS, roles);
  const mine = review.verifierId !== null && review.verifierId === user?.id;
  const open = review.state !== 'concluded';
  const canTake = verifier && review.state === 'queued';
  const canRequest =
    verifier && mine && (review.state === 'assigned' || review.state === 'explained');
  const canConclude = verifier && mine && open && review.state !== 'queued';
  const someoneElse = verifier && open && review.verifierId !== null && !mine;
  const done = async (message: string) => {
    setDialog(null);
    setNotice(message);
    await refresh();
  };

  return (
    <section aria-labelledby="full-check-title" data-review={review.id} data-state={review.state}>
      <Title order={2} id="full-check-title" fz="xl" mb="xs">
        {t(`${n}.title`)}
      </Title>
      <Stack gap="sm">
        <dl className="akniet-facts akniet-checks-facts">
          <dt>{t('declarationChecks.stateLabel')}</dt>
          <dd>
            <ReviewStateTag state={review.state} outcome={review.outcome} />
          </dd>
          <dt>{t(`${n}.verifier`)}</dt>
          <dd data-verifier={mine ? 'me' : review.verifierId ? 'other' : 'none'}>
            {mine ? t(`${n}.you`) : review.verifierId ? t(`${n}.otherVerifier`) : t(`${n}.nobody`)}
          </dd>
          <dt>{t(`${n}.entered`)}</dt>
          <dd>{formatDateTime(review.enteredAt, language)}</dd>
        </dl>
        <SuccessNotice message={notice} onClose={() => setNotice(null)} />
        <ReviewActionError error={take.error} />
        {someoneElse && <Text size="sm">{t(`${n}.assignedToOther`)}</Text>}
        {(canTake || canRequest || canConclude) && (
          <Group gap="sm" data-review-actions>
            {canTake && (
              <Button
                loading={take.isPending}
                onClick={() => {
                  setNotice(null);
                  take.mutate(review.id);
                }}
                data-action="take"
              >
                {t(`${n}.take`)}
              </Button>
            )}
            {canRequest && (
              <Button
                variant="light"
                onClick={() => {
                  setNotice(null);
                  setDialog('request');
                }}
                data-action="request-explanation"
              >
                {t(`${n}.requestExplanation`)}
              </Button>
            )}
            {canConclude && (
              <Button
                onClick={() => {
                  setNotice(null);
                  setDialog('conclude');
                }}
                data-action="conclude"
              >
                {t(`${n}.conclude`)}
              </Button>
            )}
          </Group>
        )}
        <ReviewExchange review={review} />
      </Stack>
      {dialog === 'request' && (
        <RequestExplanationModal
          reviewId={review.id}
          onDone={() => done(t(`${n}.requested`))}
          onStale={refresh}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'conclude' && (
        <ConcludeModal
          reviewId={review.id}
          declarant={declaration.declarant.fullName}
          year={declaration.year}
          onDone={(outcome) =>
            done(t(`${n}.concluded`, { outcome: t(`declarationChecks.outcomes.${outcome}`) }))
          }
          onStale={refresh}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
