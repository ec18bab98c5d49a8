import { Group, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listConflictFindings } from '../../../../api/endpoints.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { Loading } from '../../../../components/Loading.tsx';
import { PageTitle } from '../../../../components/PageTitle.tsx';
import { ListFooter } from '../../../../components/table/ListFooter.tsx';
import { useListParams } from '../../../../components/table/useListParams.ts';
import { mayOpen, VERIFIERS } from '../../../../navigation.ts';
import { useSession } from '../../../../session/useSession.ts';
import { CONFLICTS_KEY, UUID } from '../queries.ts';
import { FindingDrawer } from './FindingDrawer.tsx';
import { FindingFilters } from './FindingFilters.tsx';
import { FindingList } from './FindingList.tsx';
import {
  ALL_STATES,
  asFindingSort,
  asFindingState,
  asRule,
  DEFAULT_FINDING_SORT,
} from './findingParams.ts';
import { RunDetectionButton } from './RunDetectionButton.tsx';

const PAGE_SIZE = 20;

/**
 * The queue of potential conflicts the detection found: open ones first by severity. A finding
 * opens beside the queue with its path and, for a verifier, "open a case" and "dismiss".
 * `?finding=ID` opens one directly (links from the graph and from notifications).
 */
export function ConflictsPage() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const verifier = mayOpen(VERIFIERS, roles);
  const list = useListParams({ sort: DEFAULT_FINDING_SORT });
  const [params, setParams] = useSearchParams();
  const state = asFindingState(list.filter('state'));
  const filters = {
    q: list.q,
    state: state === ALL_STATES ? undefined : state,
    rule: asRule(list.filter('rule')) || undefined,
    sort: asFindingSort(list.sort),
  };
  const filtered = filters.q !== '' || filters.rule !== undefined || state !== 'open';

  const findings = useQuery({
    queryKey: [...CONFLICTS_KEY, 'findings', filters, list.page],
    queryFn: () => listConflictFindings({ ...filters, page: list.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  const chosen = params.get('finding');
  const selected = chosen && UUID.test(chosen) ? chosen : null;
  // The open finding is part of the address (not of the list's filters): the page stays put.
  const select = useCallback(
    (id: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (id) next.set('finding', id);
          else next.delete('finding');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return (
    <Stack>
      <Group justify="space-between" align="flex-start" gap="sm">
        <PageTitle>{t('conflictWork.findings.title')}</PageTitle>
        {verifier && <RunDetectionButton />}
      </Group>
      <Text className="akniet-reading">{t('conflictWork.findings.intro')}</Text>
      <FindingFilters list={list} />
      {findings.isError && <ErrorAlert error={findings.error} onRetry={() => findings.refetch()} />}
      {findings.isPending && <Loading />}
      {findings.data &&
        (findings.data.items.length === 0 ? (
          <Text c="dimmed" data-empty>
            {filtered ? t('common.noResults') : t('conflictWork.findings.empty')}
          </Text>
        ) : (
          <>
            <FindingList items={findings.data.items} onOpen={select} />
            <ListFooter
              total={findings.data.total}
              page={list.page}
              pageSize={PAGE_SIZE}
              onPage={list.setPage}
            />
          </>
        ))}
      {selected && <FindingDrawer id={selected} onClose={() => select(null)} />}
    </Stack>
  );
}
