import '../shared/conflicts.css';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../../api/ApiError.ts';
import type { ConflictCase } from '../../../../api/types.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { Loading } from '../../../../components/Loading.tsx';
import { PageTitle } from '../../../../components/PageTitle.tsx';
import { SuccessNotice } from '../../../../components/SuccessNotice.tsx';
import { formatDate } from '../../../../format/dates.ts';
import { useLanguage } from '../../../../i18n/useLanguage.ts';
import { CONFLICT_FINDING_READERS, mayOpen, VERIFIERS } from '../../../../navigation.ts';
import { useSession } from '../../../../session/useSession.ts';
import { NotFoundPage } from '../../../NotFoundPage.tsx';
import { WorkBreadcrumbs } from '../../../work/WorkBreadcrumbs.tsx';
import { UUID, useConflictCase } from '../queries.ts';
import { PathChain } from '../shared/PathChain.tsx';
import { CaseStateTag, ConflictSeverityTag, FindingStateTag } from '../shared/Tags.tsx';
import { agencyLabel, ruleLabel } from '../shared/terms.ts';
import { CaseNotifications } from './CaseNotifications.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { CloseCaseModal } from './CloseCaseModal.tsx';

/** A conflict-of-interest case: who, what was found (with the paths), what was notified and decided, its story. */
export function ConflictCasePage() {
  const id = useParams().id ?? '';
  if (!UUID.test(id)) return <NotFoundPage />;
  return <Loaded id={id} />;
}

function Loaded({ id }: { id: string }) {
  const kase = useConflictCase(id);
  if (kase.isError && isApiError(kase.error) && kase.error.status === 404) return <NotFoundPage />;
  if (kase.isError) return <ErrorAlert error={kase.error} onRetry={() => kase.refetch()} />;
  if (kase.isPending) return <Loading />;
  return <CaseView kase={kase.data} />;
}

function CaseView({ kase }: { kase: ConflictCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { roles } = useSession();
  const verifier = mayOpen(VERIFIERS, roles);
  const graphReader = mayOpen(CONFLICT_FINDING_READERS, roles);
  const [closing, setClosing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const n = 'conflictWork.case' as const;
  const title = t(`${n}.title`, { name: kase.official.fullName });

  return (
    <Stack gap="xl" data-case={kase.id} data-case-state={kase.state}>
      <div>
        <WorkBreadcrumbs
          crumbs={[{ label: t('nav.conflictCases'), to: '/work/conflict-cases' }, { label: title }]}
        />
        <PageTitle>{title}</PageTitle>
        <Group gap="sm" mb="md">
          <CaseStateTag state={kase.state} />
          {kase.outcome && (
            <Text size="sm" fw={600} data-outcome={kase.outcome}>
              {t(`conflictTerms.outcomes.${kase.outcome}`)}
            </Text>
          )}
        </Group>
        <dl className="akniet-facts akniet-conflict-facts">
          <dt>{t(`${n}.official`)}</dt>
          <dd>
            {graphReader ? (
              <Anchor component={Link} to={`/work/relations/person/${kase.official.id}`} size="sm">
                {kase.official.fullName}
              </Anchor>
            ) : (
              kase.official.fullName
            )}
            {kase.official.post && (
              <Text size="sm" c="gray.7">
                {kase.official.post}
              </Text>
            )}
          </dd>
          <dt>{t(`${n}.agency`)}</dt>
          <dd>{agencyLabel(kase.agency, language) || t('common.none')}</dd>
          <dt>{t(`${n}.origin`)}</dt>
          <dd>{t(`conflictTerms.caseOrigins.${kase.origin}`)}</dd>
          <dt>{t(`${n}.openedAt`)}</dt>
          <dd>{formatDate(kase.openedAt, language)}</dd>
          {kase.closedAt && (
            <>
              <dt>{t(`${n}.closedAt`)}</dt>
              <dd>{formatDate(kase.closedAt, language)}</dd>
            </>
          )}
          {kase.outcome === 'liability' && kase.liability && (
            <>
              <dt>{t(`${n}.liability`)}</dt>
              <dd>{t(`conflictTerms.liabilities.${kase.liability}`)}</dd>
            </>
          )}
          {kase.closingNote && (
            <>
              <dt>{t(`${n}.closingNote`)}</dt>
              <dd style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {kase.closingNote}
              </dd>
            </>
          )}
        </dl>
      </div>

      <section aria-labelledby="case-summary-title">
        <Title order={2} id="case-summary-title" fz="xl" mb="xs">
          {t(`${n}.summary`)}
        </Title>
        <Text
          className="akniet-reading"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {kase.summary}
        </Text>
      </section>

      <SuccessNotice message={done} onClose={() => setDone(null)} />
      {verifier && kase.state !== 'closed' && (
        <section aria-labelledby="case-close-title">
          <Title order={2} id="case-close-title" fz="xl" mb="xs">
            {t(`${n}.closeTitle`)}
          </Title>
          <Text size="sm" c="gray.7" mb="sm" className="akniet-reading">
            {kase.state === 'measure_ordered'
              ? t(`${n}.closeHintMeasure`)
              : t(`${n}.closeHintOpen`)}
          </Text>
          <Button onClick={() => setClosing(true)} data-action="close-case">
            {t(`${n}.close`)}
          </Button>
        </section>
      )}

      <section aria-labelledby="case-findings-title">
        <Title order={2} id="case-findings-title" fz="xl" mb="sm">
          {t(`${n}.findings`)}
        </Title>
        {kase.findings.length === 0 ? (
          <Text c="gray.7">{t(`${n}.noFindings`)}</Text>
        ) : (
          <Stack gap="md">
            {kase.findings.map((f) => (
              <Paper key={f.id} withBorder p="md" radius="md" data-finding={f.id}>
                <Group gap="xs" mb="xs">
                  <ConflictSeverityTag severity={f.severity} />
                  <FindingStateTag state={f.state} />
                </Group>
                <Title order={3} fz="md" mb="xs">
                  {ruleLabel(t, f.rule)}
                </Title>
                <Text size="xs" c="gray.7" mb="sm">
                  {t('conflictWork.findings.found', {
                    first: formatDate(f.firstFoundAt, language),
                    last: formatDate(f.lastSeenAt, language),
                  })}
                </Text>
                <PathChain path={f.path} linked={graphReader} />
              </Paper>
            ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="case-notifications-title">
        <Title order={2} id="case-notifications-title" fz="xl" mb="sm">
          {t(`${n}.notifications`)}
        </Title>
        <CaseNotifications notifications={kase.notifications} />
      </section>

      <section aria-labelledby="case-timeline-title">
        <Title order={2} id="case-timeline-title" fz="xl" mb="sm">
          {t(`${n}.timeline`)}
        </Title>
        <CaseTimeline events={kase.timeline} />
      </section>

      {closing && (
        <CloseCaseModal
          kase={kase}
          onClose={() => setClosing(false)}
          onClosed={() => {
            setClosing(false);
            setDone(t(`${n}.closed`));
          }}
        />
      )}
    </Stack>
  );
}
