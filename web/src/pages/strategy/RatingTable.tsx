import { Anchor, Box, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgencyScore } from '../../api/types.ts';
import { SearchBox } from '../../components/table/SearchBox.tsx';
import { SortableTh } from '../../components/table/SortableTh.tsx';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { useListParams } from '../../components/table/useListParams.ts';
import { localize } from '../../format/localized.ts';
import { formatCount, formatScore } from '../../format/numbers.ts';
import type { Language } from '../../i18n/languages.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { ScoreBar } from './ScoreBar.tsx';

const FIELDS = ['rank', 'agency', 'score', 'measures', 'overdue', 'unverified'] as const;
type Field = (typeof FIELDS)[number];

const isField = (value: string): value is Field => (FIELDS as readonly string[]).includes(value);

/** Sorts a copy of the rating by one column; ties keep the order of the rating. */
function sortRows(rows: AgencyScore[], sort: string, names: Map<string, string>, lang: Language) {
  const descending = sort.startsWith('-');
  const field = sort.replace(/^-/, '');
  if (!isField(field)) return rows;
  const collator = new Intl.Collator(lang);
  const compare = (a: AgencyScore, b: AgencyScore): number => {
    switch (field) {
      case 'agency':
        return collator.compare(names.get(a.agencyId) ?? '', names.get(b.agencyId) ?? '');
      case 'score':
        return (a.score ?? -1) - (b.score ?? -1);
      default:
        return a[field] - b[field];
    }
  };
  return [...rows].sort((a, b) => (descending ? -compare(a, b) : compare(a, b)) || a.rank - b.rank);
}

/** Matches a search against the agency's name in any of the three languages. */
function matches(row: AgencyScore, q: string): boolean {
  if (!q) return true;
  const needle = q.toLocaleLowerCase();
  const name = row.agencyName;
  return !!name && [name.ky, name.ru, name.en].some((n) => n.toLocaleLowerCase().includes(needle));
}

/** The national rating as a table: searchable by name and sortable by every column, in the browser. */
export function RatingTable({ agencies }: { agencies: AgencyScore[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: 'rank' });
  const names = new Map(
    agencies.map((a) => [
      a.agencyId,
      a.agencyName ? localize(a.agencyName, language) : t('rating.noName'),
    ]),
  );
  const rows = sortRows(
    agencies.filter((a) => matches(a, list.q)),
    list.sort,
    names,
    language,
  );
  const th = (field: Field) => (
    <SortableTh field={field} label={t(`rating.${field}`)} sort={list.sort} onSort={list.setSort} />
  );

  return (
    <>
      <SearchBox
        label={t('rating.search')}
        placeholder={t('rating.searchPlaceholder')}
        value={list.q}
        onSearch={list.setQ}
      />
      <TableScroll label={t('rating.title')}>
        <Table striped highlightOnHover miw={600} verticalSpacing="sm" data-rating>
          <Table.Thead>
            <Table.Tr>
              {th('rank')}
              {th('agency')}
              {th('score')}
              {th('measures')}
              {th('overdue')}
              {th('unverified')}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.agencyId} data-agency-row={row.agencyId} data-rank={row.rank}>
                <Table.Td fw={700}>{formatCount(row.rank, language)}</Table.Td>
                <Table.Td miw={190}>
                  <Anchor
                    component={Link}
                    to={`/strategy/agencies/${row.agencyId}`}
                    lh={1.4}
                    data-agency-link
                  >
                    {names.get(row.agencyId)}
                  </Anchor>
                </Table.Td>
                <Table.Td miw={{ sm: 160 }}>
                  <Group gap="xs" wrap="nowrap">
                    <Text span fw={700} miw={40} ta="right" data-score>
                      {row.score === null ? t('common.none') : formatScore(row.score, language)}
                    </Text>
                    {/* On a phone the number alone: the name needs the width more than the bar. */}
                    <Box visibleFrom="sm" flex={1}>
                      <ScoreBar score={row.score} />
                    </Box>
                  </Group>
                </Table.Td>
                <Table.Td>{formatCount(row.measures, language)}</Table.Td>
                <Table.Td
                  c={row.overdue > 0 ? 'red.9' : undefined}
                  fw={row.overdue > 0 ? 600 : undefined}
                >
                  {formatCount(row.overdue, language)}
                </Table.Td>
                <Table.Td>{formatCount(row.unverified, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {rows.length === 0 && <Text c="dimmed">{t('common.noResults')}</Text>}
      <Text size="sm" c="dimmed" role="status">
        {t('common.total', { count: rows.length })}
      </Text>
    </>
  );
}
