import './checks.css';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError.ts';
import { getDeclarationReferral } from '../../../api/endpoints.ts';
import type { DeclarationReferral } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { formatDate, formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { NotFoundPage } from '../../NotFoundPage.tsx';
import { WorkBreadcrumbs } from '../../work/WorkBreadcrumbs.tsx';
import { FindingList } from '../shared/FindingList.tsx';
import { CHECKS_KEY, useDeclarationUnderCheck } from './queries.ts';
import { RiskReasons } from './RiskReasons.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A referral's evidence pack, as fixed when the verifier referred the declaration. */
export function ReferralPage() {
  const id = useParams().id ?? '';
  const referral = useQuery({
    queryKey: [...CHECKS_KEY, 'referral', id],
    queryFn: () => getDeclarationReferral(id),
    enabled: UUID.test(id),
  });
  if (!UUID.test(id)) return <NotFoundPage />;
  if (referral.isError && isApiError(referral.error) && referral.error.status === 404) {
    return <NotFoundPage />;
  }
  if (referral.isError) {
    return <ErrorAlert error={referral.error} onRetry={() => referral.refetch()} />;
  }
  if (referral.isPending) return <Loading />;
  return <EvidencePack referral={referral.data} />;
}

function EvidencePack({ referral }: { referral: DeclarationReferral }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // The declaration itself, to name the items behind the findings; the pack stands without it.
  const declaration = useDeclarationUnderCheck(referral.declarationId);
  const n = 'declarationChecks.referrals' as const;
  const e = referral.evidence;
  const declarationPath = `/work/declarations/${referral.declarationId}`;
  const title = e
    ? t(`${n}.packTitle`, { name: e.declarant.fullName, year: e.year })
    : t(`${n}.title`);
  return (
    <Stack gap="xl" data-referral={referral.id}>
      <div>
        <WorkBreadcrumbs
          crumbs={[{ label: t('nav.referrals'), to: '/work/referrals' }, { label: title }]}
        />
        <PageTitle>{title}</PageTitle>
        {e ? (
          <dl className="akniet-facts akniet-checks-facts">
            <dt>{t('declarationChecks.declaration.post')}</dt>
            <dd>{e.declarant.post}</dd>
            <dt>{t('declarationChecks.declaration.year')}</dt>
            <dd>{e.year}</dd>
            <dt>{t('declarationChecks.declaration.version')}</dt>
            <dd>{e.version}</dd>
            <dt>{t(`${n}.submittedAt`)}</dt>
            <dd>{e.submittedAt ? formatDateTime(e.submittedAt, language) : t('common.none')}</dd>
            <dt>{t('declarationChecks.declaration.receipt')}</dt>
            <dd className="akniet-receipt">{e.receipt ?? t('common.none')}</dd>
            <dt>{t(`${n}.concludedAt`)}</dt>
            <dd>
              {referral.concludedAt
                ? formatDateTime(referral.concludedAt, language)
                : t('common.none')}
            </dd>
          </dl>
        ) : (
          <Text c="gray.7">{t(`${n}.noEvidence`)}</Text>
        )}
        <Anchor
          component={Link}
          to={declarationPath}
          mt="sm"
          display="inline-block"
          data-open-declaration
        >
          {t(`${n}.openDeclaration`)}
        </Anchor>
      </div>
      {e && (
        <>
          <section aria-labelledby="conclusion-title">
            <Title order={2} id="conclusion-title" fz="xl" mb="xs">
              {t(`${n}.conclusion`)}
            </Title>
            <Text className="akniet-exchange akniet-reading">
              {e.conclusion || referral.conclusionText}
            </Text>
          </section>
          <section aria-labelledby="exchange-title">
            <Title order={2} id="exchange-title" fz="xl" mb="xs">
              {t('declarationChecks.review.request')}
            </Title>
            {e.request ? (
              <Stack gap="sm">
                <Paper withBorder radius="md" p="md" data-exchange="request">
                  {e.request.deadline && (
                    <Text size="sm" c="gray.7">
                      {t('declarationChecks.review.requestDue', {
                        date: formatDate(e.request.deadline, language),
                      })}
                    </Text>
                  )}
                  <Text size="sm" mt="xs" className="akniet-exchange">
                    {e.request.text}
                  </Text>
                </Paper>
                <Paper withBorder radius="md" p="md" data-exchange="answer">
                  <Title order={3} fz="md">
                    {t('declarationChecks.review.answer')}
                  </Title>
                  {e.answer ? (
                    <>
                      {e.answer.at && (
                        <Text size="sm" c="gray.7" mt={4}>
                          {t('declarationChecks.review.answeredAt', {
                            date: formatDateTime(e.answer.at, language),
                          })}
                        </Text>
                      )}
                      <Text size="sm" mt="xs" className="akniet-exchange">
                        {e.answer.text}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="gray.7" mt={4}>
                      {t('declarationChecks.review.noAnswer')}
                    </Text>
                  )}
                </Paper>
              </Stack>
            ) : (
              <Text c="gray.7">{t(`${n}.noRequest`)}</Text>
            )}
          </section>
          <section aria-labelledby="risk-title">
            <Title order={2} id="risk-title" fz="xl" mb="xs">
              {t('declarationChecks.declaration.risk')}
            </Title>
            <RiskReasons score={e.score} reasons={e.reasons} />
          </section>
          <section aria-labelledby="findings-title">
            <Title order={2} id="findings-title" fz="xl" mb="sm">
              {t('declarationChecks.declaration.findings')}
            </Title>
            <FindingList
              findings={e.findings}
              content={declaration.data?.submitted}
              links={{
                itemsAt: declaration.data ? declarationPath : null,
                previousDeclarations: false,
              }}
            />
          </section>
        </>
      )}
    </Stack>
  );
}
