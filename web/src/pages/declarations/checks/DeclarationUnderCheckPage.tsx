import './checks.css';
import { Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError.ts';
import type { DeclarationUnderCheck } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { mayOpen, VERIFIERS } from '../../../navigation.ts';
import { useSession } from '../../../session/useSession.ts';
import { NotFoundPage } from '../../NotFoundPage.tsx';
import { WorkBreadcrumbs } from '../../work/WorkBreadcrumbs.tsx';
import { FindingList } from '../shared/FindingList.tsx';
import { DeclarationFacts } from './DeclarationFacts.tsx';
import { useDeclarationUnderCheck } from './queries.ts';
import { ReviewPanel } from './ReviewPanel.tsx';
import { RiskReasons } from './RiskReasons.tsx';
import { SubmittedSections } from './SubmittedSections.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A declaration as the verifier (or a referred prosecutor) sees it: check, findings, content. */
export function DeclarationUnderCheckPage() {
  const id = useParams().id ?? '';
  if (!UUID.test(id)) return <NotFoundPage />;
  return <Loaded id={id} />;
}

function Loaded({ id }: { id: string }) {
  const declaration = useDeclarationUnderCheck(id);
  if (declaration.isError && isApiError(declaration.error) && declaration.error.status === 404) {
    return <NotFoundPage />;
  }
  if (declaration.isError) {
    return <ErrorAlert error={declaration.error} onRetry={() => declaration.refetch()} />;
  }
  if (declaration.isPending) return <Loading />;
  return <DeclarationView declaration={declaration.data} />;
}

function DeclarationView({ declaration }: { declaration: DeclarationUnderCheck }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { roles } = useSession();
  const { hash } = useLocation();
  const verifier = mayOpen(VERIFIERS, roles);
  const check = declaration.check;
  const n = 'declarationChecks.declaration' as const;
  const title = t(`${n}.title`, { name: declaration.declarant.fullName, year: declaration.year });

  // Opened from a finding elsewhere (a referral): go to the item it named once it is drawn.
  useEffect(() => {
    if (!hash) return;
    const row = document.getElementById(decodeURIComponent(hash.slice(1)));
    row?.scrollIntoView({ block: 'center' });
    row?.focus({ preventScroll: true });
  }, [hash]);

  return (
    <Stack gap="xl" data-declaration={declaration.id}>
      <div>
        <WorkBreadcrumbs
          crumbs={[
            verifier
              ? { label: t('nav.declarationChecks'), to: '/work/declaration-checks' }
              : { label: t('nav.referrals'), to: '/work/referrals' },
            { label: title },
          ]}
        />
        <PageTitle>{title}</PageTitle>
        <DeclarationFacts declaration={declaration} />
      </div>
      <ReviewPanel declaration={declaration} />
      <section aria-labelledby="risk-title">
        <Title order={2} id="risk-title" fz="xl" mb="xs">
          {t(`${n}.risk`)}
        </Title>
        {check && check.score !== undefined ? (
          <>
            <Text size="sm" c="gray.7" mb="xs">
              {t(`${n}.checkedAt`, { date: formatDateTime(check.checkedAt, language) })}
            </Text>
            <RiskReasons score={check.score} reasons={check.reasons ?? []} />
          </>
        ) : (
          <Text c="gray.7">{t(`${n}.notChecked`)}</Text>
        )}
      </section>
      {check && (
        <section aria-labelledby="findings-title">
          <Title order={2} id="findings-title" fz="xl" mb="sm">
            {t(`${n}.findings`)}
          </Title>
          <FindingList
            findings={check.findings ?? []}
            content={declaration.submitted}
            links={{ itemsAt: '', previousDeclarations: verifier }}
          />
        </section>
      )}
      <section aria-labelledby="content-title">
        <Title order={2} id="content-title" fz="xl" mb="xs">
          {t(`${n}.content`)}
        </Title>
        {declaration.submitted ? (
          <>
            <Text size="sm" c="gray.7" mb="md" className="akniet-reading">
              {t(`${n}.contentIntro`)}
            </Text>
            <SubmittedSections content={declaration.submitted} />
          </>
        ) : (
          <Text c="gray.7">{t(`${n}.noContent`)}</Text>
        )}
      </section>
    </Stack>
  );
}
