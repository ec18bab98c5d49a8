import './checks.css';
import { Anchor, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getDeclarationFiling } from '../../../api/endpoints.ts';
import type {
  DeclarationFilingReport,
  DeclarationFilingState,
  DeclarationFilingYear,
} from '../../../api/types.ts';
import { AgencySelect } from '../../../components/AgencySelect.tsx';
import { StackedBar } from '../../../components/charts/StackedBar.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { SearchBox } from '../../../components/table/SearchBox.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { formatDate, formatDateTime } from '../../../format/dates.ts';
import { formatCount, formatScore } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { mayOpen, VERIFIERS } from '../../../navigation.ts';
import { useSession } from '../../../session/useSession.ts';
import { AgencyName } from '../../work/AgencyName.tsx';
import { FILING_STATES, FilingStateTag } from './FilingStateTag.tsx';
import { CHECKS_KEY, useDeclarationYears } from './queries.ts';

const PAGE_SIZE = 25;

const asFilingState = (value: string): DeclarationFilingState | '' =>
  (FILING_STATES as readonly string[]).includes(value) ? (value as DeclarationFilingState) : '';

/** Who filed for a year on time, late or not at all: the counts, then everyone by name. */
export function DeclarationFilingPage() {
  const { t } = useTranslation();
  const years = useDeclarationYears();
  const list = useListParams({ sort: '' });
  const n = 'declarationChecks.filing' as const;
  const known = years.data ?? [];
  const asked = Number(list.filter('year'));
  // The latest campaign unless another is asked for.
  const campaign = known.find((y) => y.year === asked) ?? known[known.length - 1];

  return (
    <Stack>
      <PageTitle>{t(`${n}.title`)}</PageTitle>
      <Text className="akniet-reading">{t(`${n}.intro`)}</Text>
      {years.isError && <ErrorAlert error={years.error} onRetry={() => years.refetch()} />}
      {years.isPending && <Loading />}
      {years.data && !campaign && (
        <Text c="dimmed" data-empty>
          {t(`${n}.noYears`)}
        </Text>
      )}
      {campaign && (
        <>
          <Group align="flex-end" gap="md">
            <NativeSelect
              label={t(`${n}.year`)}
              value={String(campaign.year)}
              onChange={(e) => list.setFilter('year', e.currentTarget.value)}
              data={[...known].reverse().map((y) => String(y.year))}
              w={{ base: '100%', sm: 160 }}
              data-filter="year"
            />
            <NativeSelect
              label={t(`${n}.state`)}
              value={asFilingState(list.filter('state'))}
              onChange={(e) => list.setFilter('state', e.currentTarget.value || null)}
              data={[
                { value: '', label: t(`${n}.allStates`) },
                ...FILING_STATES.map((s) => ({ value: s, label: t(`${n}.states.${s}`) })),
              ]}
              w={{ base: '100%', sm: 220 }}
              data-filter="state"
            />
            <div style={{ flex: '1 1 280px', maxWidth: 420 }}>
              <AgencySelect
                label={t(`${n}.agency`)}
                value={list.filter('agency') || null}
                onChange={(id) => list.setFilter('agency', id)}
              />
            </div>
            <SearchBox label={t(`${n}.search`)} value={list.q} onSearch={list.setQ} />
          </Group>
          <FilingYear campaign={campaign} list={list} />
        </>
      )}
    </Stack>
  );
}

function FilingYear({
  campaign,
  list,
}: {
  campaign: DeclarationFilingYear;
  list: ReturnType<typeof useListParams>;
}) {
  const filters = {
    year: campaign.year,
    state: asFilingState(list.filter('state')),
    agencyId: list.filter('agency') || undefined,
    q: list.q,
  };
  const report = useQuery({
    queryKey: [...CHECKS_KEY, 'filing', filters, list.page],
    queryFn: () => getDeclarationFiling({ ...filters, page: list.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  if (report.isError) return <ErrorAlert error={report.error} onRetry={() => report.refetch()} />;
  if (report.isPending) return <Loading />;
  return (
    <>
      <FilingTotals report={report.data} />
      <FilingTable report={report.data} page={list.page} onPage={list.setPage} />
    </>
  );
}

function FilingTotals({ report }: { report: DeclarationFilingReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'declarationChecks.filing' as const;
  const { on_time, late, not_filed } = report.totals;
  const total = on_time + late + not_filed;
  const filed = on_time + late;
  return (
    <div data-filing-totals={report.year}>
      <StackedBar
        title={t(`${n}.chartTitle`, {
          year: report.year,
          deadline: formatDate(report.deadline, language),
        })}
        titleOrder={2}
        segments={[
          { key: 'on_time', label: t(`${n}.states.on_time`), value: on_time, color: 'green.7' },
          { key: 'late', label: t(`${n}.states.late`), value: late, color: 'orange.6' },
          { key: 'not_filed', label: t(`${n}.states.not_filed`), value: not_filed, color: 'red.7' },
        ]}
        formatValue={(v) => formatCount(v, language)}
        emptyText={t(`${n}.nothing`)}
      />
      {total > 0 && (
        <Text size="sm" mt="xs" data-filed-share>
          {t(`${n}.filedShare`, {
            filed: formatCount(filed, language),
            total: formatCount(total, language),
            share: formatScore((100 * filed) / total, language),
          })}
        </Text>
      )}
    </div>
  );
}

function FilingTable({
  report,
  page,
  onPage,
}: {
  report: DeclarationFilingReport;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { roles } = useSession();
  // Coordinators and admins see who filed, not what they declared.
  const canOpen = mayOpen(VERIFIERS, roles);
  const n = 'declarationChecks.filing' as const;
  if (report.items.length === 0) {
    return (
      <Text c="dimmed" data-empty>
        {t('common.noResults')}
      </Text>
    );
  }
  return (
    <>
      <TableScroll label={t(`${n}.tableLabel`)}>
        <Table striped highlightOnHover miw={820} verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`${n}.person`)}</Table.Th>
              <Table.Th>{t(`${n}.agency`)}</Table.Th>
              <Table.Th>{t(`${n}.state`)}</Table.Th>
              <Table.Th>{t(`${n}.submittedAt`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.items.map((p) => (
              <Table.Tr key={p.declarantId} data-declarant={p.declarantId}>
                <Table.Td>
                  {canOpen && p.declarationId && p.state !== 'not_filed' ? (
                    <Anchor component={Link} to={`/work/declarations/${p.declarationId}`} size="sm">
                      {p.fullName}
                    </Anchor>
                  ) : (
                    <Text size="sm">{p.fullName}</Text>
                  )}
                  <Text size="xs" c="gray.7">
                    {p.post}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <AgencyName id={p.agencyId} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <FilingStateTag state={p.state} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {p.firstSubmittedAt
                    ? formatDateTime(p.firstSubmittedAt, language)
                    : t('common.none')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ListFooter total={report.total} page={page} pageSize={PAGE_SIZE} onPage={onPage} />
    </>
  );
}
