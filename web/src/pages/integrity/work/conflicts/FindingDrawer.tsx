import '../shared/conflicts.css';
import { Anchor, Button, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../../../api/ApiError.ts';
import type { ConflictFinding } from '../../../../api/types.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { Loading } from '../../../../components/Loading.tsx';
import { SuccessNotice } from '../../../../components/SuccessNotice.tsx';
import { formatDate } from '../../../../format/dates.ts';
import { useLanguage } from '../../../../i18n/useLanguage.ts';
import { mayOpen, VERIFIERS } from '../../../../navigation.ts';
import { useSession } from '../../../../session/useSession.ts';
import { useConflictFinding, useRefreshConflicts } from '../queries.ts';
import { PathChain } from '../shared/PathChain.tsx';
import { ConflictSeverityTag, FindingStateTag } from '../shared/Tags.tsx';
import { agencyLabel, ruleLabel } from '../shared/terms.ts';
import { DismissFindingModal } from './DismissFindingModal.tsx';
import { OpenCaseModal } from './OpenCaseModal.tsx';

/** One finding beside the queue: what the rule means, the path with its sources, the verifier's steps. */
export function FindingDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const finding = useConflictFinding(id);
  const title = finding.data ? finding.data.official.name : t('conflictWork.finding.title');
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'xl'}
      title={
        <Text component="span" fw={700} fz="lg">
          {title}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-finding-drawer={id}
    >
      {finding.isError &&
        (isApiError(finding.error) && finding.error.status === 404 ? (
          <Text c="gray.7">{t('conflictWork.finding.notFound')}</Text>
        ) : (
          <ErrorAlert error={finding.error} onRetry={() => finding.refetch()} />
        ))}
      {finding.isPending && <Loading />}
      {finding.data && <FindingDetails finding={finding.data} />}
    </Drawer>
  );
}

function FindingDetails({ finding }: { finding: ConflictFinding }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const refresh = useRefreshConflicts();
  const { roles } = useSession();
  const verifier = mayOpen(VERIFIERS, roles);
  const [action, setAction] = useState<'case' | 'dismiss' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const n = 'conflictWork.finding' as const;
  const agency = agencyLabel(finding.official.agency, language);

  return (
    <Stack gap="md">
      <Group gap="xs">
        <ConflictSeverityTag severity={finding.severity} />
        <FindingStateTag state={finding.state} />
      </Group>
      <div>
        <Title order={2} fz="lg">
          {ruleLabel(t, finding.rule)}
        </Title>
        <Text size="sm" c="gray.8" mt={4}>
          {t(`conflictWork.ruleHints.${finding.rule}`)}
        </Text>
      </div>
      <dl className="akniet-facts akniet-conflict-facts">
        <dt>{t(`${n}.official`)}</dt>
        <dd>
          <Anchor component={Link} to={`/work/relations/person/${finding.official.id}`} size="sm">
            {finding.official.name}
          </Anchor>
          {agency && (
            <Text size="sm" c="gray.7">
              {agency}
            </Text>
          )}
        </dd>
        <dt>{t(`${n}.firstFound`)}</dt>
        <dd>{formatDate(finding.firstFoundAt, language)}</dd>
        <dt>{t(`${n}.lastSeen`)}</dt>
        <dd>{formatDate(finding.lastSeenAt, language)}</dd>
        {finding.caseId && (
          <>
            <dt>{t(`${n}.case`)}</dt>
            <dd>
              <Anchor component={Link} to={`/work/conflict-cases/${finding.caseId}`} size="sm">
                {t(`${n}.openCaseLink`)}
              </Anchor>
            </dd>
          </>
        )}
        {finding.dismissedReason && (
          <>
            <dt>{t(`${n}.dismissedReason`)}</dt>
            <dd style={{ whiteSpace: 'pre-wrap' }}>{finding.dismissedReason}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="finding-path-title">
        <Title order={3} fz="md" id="finding-path-title" mb="xs">
          {t(`${n}.path`)}
        </Title>
        <Text size="sm" c="gray.7" mb="sm">
          {t(`${n}.pathIntro`)}
        </Text>
        <PathChain path={finding.path} linked />
      </section>
      <SuccessNotice message={done} onClose={() => setDone(null)} />
      {/* A finding no longer in the data can still be set aside; a case needs an open one. */}
      {verifier && (finding.state === 'open' || finding.state === 'gone') && (
        <Group gap="sm">
          {finding.state === 'open' && (
            <Button onClick={() => setAction('case')} data-action="open-case">
              {t(`${n}.openCase`)}
            </Button>
          )}
          <Button variant="default" onClick={() => setAction('dismiss')} data-action="dismiss">
            {t(`${n}.dismiss`)}
          </Button>
        </Group>
      )}
      {action === 'case' && (
        <OpenCaseModal
          finding={finding}
          onClose={() => setAction(null)}
          onOpened={(caseId) => {
            void refresh();
            navigate(`/work/conflict-cases/${caseId}`);
          }}
        />
      )}
      {action === 'dismiss' && (
        <DismissFindingModal
          finding={finding}
          onClose={() => setAction(null)}
          onDismissed={() => {
            setAction(null);
            setDone(t(`${n}.dismissed`));
            void refresh();
          }}
        />
      )}
    </Stack>
  );
}
