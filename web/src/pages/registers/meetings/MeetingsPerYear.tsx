import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingsInYear } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { formatCount } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { currentYear, FIRST_YEAR } from '../years.ts';

type YearStatus = 'met' | 'not_met' | 'open';

/**
 * Every year from the Strategy's first to this one, with the meetings held against the number
 * required. The API lists only years that had meetings; a past year without any failed too. The
 * year still running is "not over yet" until it reaches the number.
 */
export function yearRows(perYear: readonly MeetingsInYear[], required: number) {
  const now = currentYear();
  const years = new Set<number>(perYear.map((y) => y.year));
  for (let year = FIRST_YEAR; year <= now; year++) years.add(year);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const held = perYear.find((y) => y.year === year)?.held ?? 0;
      const status: YearStatus = held >= required ? 'met' : year >= now ? 'open' : 'not_met';
      return { year, held, required, status };
    });
}

const TAG = { met: 'green', not_met: 'red', open: 'gray' } as const;

/** The Council's meetings per year against the Plan's "at least two a year", failures marked. */
export function MeetingsPerYear({
  perYear,
  required,
}: {
  perYear: readonly MeetingsInYear[];
  required: number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = yearRows(perYear, required);
  const missed = rows.filter((r) => r.status === 'not_met').map((r) => r.year);

  return (
    <section aria-labelledby="meetings-per-year-title" data-meetings-per-year>
      <Title order={3} id="meetings-per-year-title" fz={{ base: 18, sm: 20 }} mb="xs">
        {t('registers.meetings.perYearTitle')}
      </Title>
      <Text
        size="sm"
        mb="sm"
        c={missed.length > 0 ? 'red.9' : undefined}
        fw={missed.length > 0 ? 600 : undefined}
        data-missed-years
      >
        {missed.length === 0
          ? t('registers.meetings.allMet')
          : t('registers.meetings.missedYears', { years: missed.join(', ') })}
      </Text>
      <TableScroll label={t('registers.meetings.perYearTitle')}>
        <Table verticalSpacing="xs" miw={320} maw={640} data-per-year>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('registers.year')}</Table.Th>
              <Table.Th ta="right">{t('registers.meetings.held')}</Table.Th>
              <Table.Th ta="right">{t('registers.meetings.required')}</Table.Th>
              <Table.Th>{t('registers.meetings.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr
                key={row.year}
                data-year={row.year}
                data-status={row.status}
                bg={row.status === 'not_met' ? 'red.0' : undefined}
              >
                <Table.Th scope="row" fw={700}>
                  {row.year}
                </Table.Th>
                <Table.Td ta="right" fw={row.status === 'not_met' ? 700 : undefined}>
                  {formatCount(row.held, language)}
                </Table.Td>
                <Table.Td ta="right">{formatCount(row.required, language)}</Table.Td>
                <Table.Td data-year-status>
                  <Tag color={TAG[row.status]}>
                    {t(`registers.meetings.statuses.${row.status}`)}
                  </Tag>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </section>
  );
}
