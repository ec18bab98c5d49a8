import './checks.css';
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listDeclarationReviews } from '../../../api/endpoints.ts';
import type { DeclarationReviewRow } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { SortableTh } from '../../../components/table/SortableTh.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useSession } from '../../../session/useSession.ts';
import { AgencyName } from '../../work/AgencyName.tsx';
import { QueueFilters } from './QueueFilters.tsx';
import { CHECKS_KEY } from './queries.ts';
import {
  asAssigned,
  asCode,
  asMinScore,
  asSort,
  asState,
  asYear,
  DEFAULT_QUEUE_SORT,
} from './queueParams.ts';
import { ReasonList } from './ReasonList.tsx';
import { RecheckButton } from './RecheckButton.tsx';
import { ReviewStateTag } from './ReviewStateTag.tsx';
import { RiskScoreCell } from './RiskScoreCell.tsx';

const PAGE_SIZE = 20;

/** The verifier's full-check queue: declarations above the risk threshold, highest score first. */
export function DeclarationChecksPage() {
  const { t } = useTranslation();
  const list = useListParams({ sort: DEFAULT_QUEUE_SORT });
  const filters = {
    q: list.q,
    state: asState(list.filter('state')),
    assigned: asAssigned(list.filter('assigned')) || undefined,
    year: asYear(list.filter('year')),
    agencyId: list.filter('agency') || undefined,
    minScore: asMinScore(list.filter('minScore')),
    code: asCode(list.filter('code')),
    sort: asSort(list.sort),
  };
  const filtered =
    filters.q !== '' ||
    Object.entries(filters).some(
      ([k, v]) => k !== 'sort' && k !== 'q' && v !== '' && v !== undefined,
    );

  const reviews = useQuery({
    queryKey: [...CHECKS_KEY, 'queue', filters, list.page],
    queryFn: () => listDeclarationReviews({ ...filters, page: list.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Group justify="space-between" align="flex-start" gap="sm">
        <PageTitle>{t('declarationChecks.queue.title')}</PageTitle>
        <RecheckButton />
      </Group>
      <Text className="akniet-reading">{t('declarationChecks.queue.intro')}</Text>
      <QueueFilters list={list} />
      {reviews.isError && <ErrorAlert error={reviews.error} onRetry={() => reviews.refetch()} />}
      {reviews.isPending && <Loading />}
      {reviews.data &&
        (reviews.data.items.length === 0 ? (
          <Text c="dimmed" data-empty>
            {filtered ? t('common.noResults') : t('declarationChecks.queue.empty')}
          </Text>
        ) : (
          <>
            <QueueTable items={reviews.data.items} sort={filters.sort} onSort={list.setSort} />
            <ListFooter
              total={reviews.data.total}
              page={list.page}
              pageSize={PAGE_SIZE}
              onPage={list.setPage}
            />
          </>
        ))}
    </Stack>
  );
}

function QueueTable({
  items,
  sort,
  onSort,
}: {
  items: DeclarationReviewRow[];
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { user } = useSession();
  const n = 'declarationChecks.queue' as const;
  return (
    <TableScroll label={t(`${n}.tableLabel`)}>
      <Table striped highlightOnHover miw={960} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <SortableTh field="name" label={t(`${n}.declarant`)} sort={sort} onSort={onSort} />
            <SortableTh field="year" label={t(`${n}.yearColumn`)} sort={sort} onSort={onSort} />
            <SortableTh field="score" label={t(`${n}.score`)} sort={sort} onSort={onSort} />
            <Table.Th>{t(`${n}.reasons`)}</Table.Th>
            <Table.Th>{t(`${n}.stateColumn`)}</Table.Th>
            <SortableTh field="entered" label={t(`${n}.entered`)} sort={sort} onSort={onSort} />
            <Table.Th>{t(`${n}.deadline`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id} data-review-row={r.id} data-declaration-id={r.declarationId}>
              <Table.Td miw={190}>
                <Anchor component={Link} to={`/work/declarations/${r.declarationId}`} size="sm">
                  {r.fullName}
                </Anchor>
                <Text size="xs" c="gray.7">
                  {r.post}
                </Text>
                <Text size="xs" c="gray.7">
                  <AgencyName id={r.agency.id} />
                </Text>
              </Table.Td>
              <Table.Td>{r.year}</Table.Td>
              <Table.Td>
                <RiskScoreCell score={r.score} />
              </Table.Td>
              <Table.Td miw={240}>
                <ReasonList reasons={r.reasons} />
              </Table.Td>
              <Table.Td>
                <ReviewStateTag state={r.state} outcome={r.outcome} />
                {r.verifierId && (
                  <Text
                    size="xs"
                    c="gray.7"
                    mt={4}
                    data-assigned={r.verifierId === user?.id ? 'me' : 'other'}
                  >
                    {r.verifierId === user?.id ? t(`${n}.mine`) : t(`${n}.other`)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(r.enteredAt, language)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {r.requestDeadline ? formatDate(r.requestDeadline, language) : t('common.none')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
