import { Alert, Anchor, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  type Count,
  getReportingStatistics,
  REPORT_OUTCOMES,
  type ReportCategory,
  type StatCell,
} from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { YearSelect, yearFromParam } from '../../../components/YearSelect.tsx';
import { type LocalizedText, localize } from '../../../format/localized.ts';
import { formatCount, formatMoney, formatScore } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import '../reporting.css';
import { useIntake } from '../shared/queries.ts';
import { categoryName } from '../shared/terms.ts';

const FIRST_YEAR = 2021;

function yearsUpToNow(): number[] {
  const now = Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bishkek', year: 'numeric' }).format(
      new Date(),
    ),
  );
  const years: number[] = [];
  for (let y = now; y >= FIRST_YEAR; y--) years.push(y);
  return years;
}

/** /report/statistics: what happens to reports, in counts small enough to single no one out. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const years = yearsUpToNow();
  const year = yearFromParam(params.get('year') ?? '', years) ?? years[0]!;
  const intake = useIntake();
  const stats = useQuery({
    queryKey: ['reporting-statistics', year],
    queryFn: () => getReportingStatistics(year),
    placeholderData: keepPreviousData,
  });
  const n = 'reporting.stats' as const;
  const categories = intake.data?.categories;
  const data = stats.data;
  // The sum is withheld while fewer than the threshold were paid; none paid is simply nothing.
  const paidSom = data?.rewards.paidSom ?? (data?.rewards.paid === 0 ? 0 : null);

  return (
    <Stack gap="lg">
      <PageTitle>{t(`${n}.title`)}</PageTitle>
      <Text className="akniet-reading">{t(`${n}.intro`)}</Text>
      <Alert color="blue" variant="light" title={t(`${n}.suppressionTitle`)} data-suppression-note>
        {t(`${n}.suppressionText`, {
          threshold: data?.threshold ?? 5,
          max: (data?.threshold ?? 5) - 1,
        })}
      </Alert>
      <YearSelect
        label={t(`${n}.year`)}
        value={year}
        years={years}
        onChange={(y) => setParams(y ? { year: String(y) } : {}, { replace: true })}
      />
      {stats.isError && <ErrorAlert error={stats.error} onRetry={() => stats.refetch()} />}
      {stats.isPending && <Loading />}
      {data && (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
            <Figure label={t(`${n}.total`)} value={data.total} threshold={data.threshold} />
            <Figure
              label={t(`${n}.medianDays`)}
              text={
                data.firstResponse.medianDays !== null
                  ? t(`${n}.days`, { days: formatScore(data.firstResponse.medianDays, language) })
                  : data.firstResponse.suppressed
                    ? t(`${n}.tooFew`, { threshold: data.threshold })
                    : t(`${n}.noData`)
              }
              suppressed={data.firstResponse.medianDays === null}
              hint={t(`${n}.medianHint`)}
              marker="median"
            />
            <Figure
              label={t(`${n}.responded`)}
              value={data.firstResponse.responded}
              threshold={data.threshold}
            />
          </SimpleGrid>
          {data.total === 0 ? (
            <Text c="dimmed" data-empty>
              {t(`${n}.empty`, { year })}
            </Text>
          ) : (
            <>
              <CountTable
                title={t(`${n}.byCategory`)}
                column={t('reporting.terms.category')}
                cells={data.byCategory}
                threshold={data.threshold}
                label={(key) => categoryName(categories, key, language)}
                marker="category"
              />
              <CountTable
                title={t(`${n}.byBody`)}
                column={t('reporting.terms.body')}
                cells={data.byBody}
                threshold={data.threshold}
                label={(key, name) =>
                  name
                    ? localize(name, language)
                    : (bodyName(categories, key, language) ?? t(`${n}.agencyBody`, { code: key }))
                }
                marker="body"
              />
              <CountTable
                title={t(`${n}.byOutcome`)}
                column={t(`${n}.outcome`)}
                cells={data.byOutcome}
                threshold={data.threshold}
                label={(key) =>
                  (REPORT_OUTCOMES as readonly string[]).includes(key)
                    ? t(`reporting.outcomes.${key as (typeof REPORT_OUTCOMES)[number]}`)
                    : t(`${n}.open`)
                }
                marker="outcome"
              />
            </>
          )}
          <section aria-labelledby="stats-protection">
            <Title order={2} size="h3" id="stats-protection" mb="sm">
              {t(`${n}.protection`)}
            </Title>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
              <Figure
                label={t(`${n}.protectionOpened`)}
                value={data.protection.opened}
                threshold={data.threshold}
              />
              <Figure
                label={t(`${n}.protectionAnswered`)}
                value={data.protection.answered}
                threshold={data.threshold}
              />
              <Figure
                label={t(`${n}.protectionOnTime`)}
                value={data.protection.answeredOnTime}
                threshold={data.threshold}
              />
              <Figure
                label={t(`${n}.protectionOverdue`)}
                value={data.protection.overdue}
                threshold={data.threshold}
              />
            </SimpleGrid>
          </section>
          <section aria-labelledby="stats-rewards">
            <Title order={2} size="h3" id="stats-rewards" mb="sm">
              {t(`${n}.rewards`)}
            </Title>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
              <Figure
                label={t(`${n}.rewardsDecided`)}
                value={data.rewards.decided}
                threshold={data.threshold}
              />
              <Figure
                label={t(`${n}.rewardsEligible`)}
                value={data.rewards.eligible}
                threshold={data.threshold}
              />
              <Figure
                label={t(`${n}.rewardsPaid`)}
                value={data.rewards.paid}
                threshold={data.threshold}
              />
              <Figure
                label={t(`${n}.rewardsOverdue`)}
                value={data.rewards.overdue}
                threshold={data.threshold}
              />
              <Figure
                label={t(`${n}.rewardsPaidSom`)}
                text={
                  paidSom === null
                    ? t(`${n}.sumWithheld`, { threshold: data.threshold })
                    : formatMoney({ amount: String(paidSom), currency: 'KGS' }, language)
                }
                suppressed={paidSom === null}
                marker="paid-som"
              />
            </SimpleGrid>
          </section>
          <Text size="sm">
            {t(`${n}.openData`)}{' '}
            <Anchor component={Link} to="/opendata">
              {t('nav.openData')}
            </Anchor>
          </Text>
        </>
      )}
    </Stack>
  );
}

/** The name of a body the statistics give by agency code: the two fixed ones are known. */
function bodyName(
  categories: readonly ReportCategory[] | undefined,
  code: string,
  language: ReturnType<typeof useLanguage>,
): string | null {
  const category = categories?.find((c) => c.body === code && c.bodyName);
  return category?.bodyName ? localize(category.bodyName, language) : null;
}

function Figure({
  label,
  value,
  text,
  threshold = 5,
  hint,
  marker,
  suppressed = value === null,
}: {
  label: string;
  value?: Count;
  text?: string;
  /** Withheld or missing: said in words, in a smaller type than a figure. */
  suppressed?: boolean;
  threshold?: number;
  hint?: string;
  marker?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const shown =
    text ??
    (value === null || value === undefined
      ? t('reporting.stats.tooFew', { threshold })
      : formatCount(value, language));
  return (
    <Paper withBorder p="md" data-figure={marker ?? label} data-suppressed={suppressed}>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fz={suppressed ? 'md' : 24} fw={suppressed ? 600 : 700}>
        {shown}
      </Text>
      {hint && (
        <Text size="xs" c="gray.7">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

function CountTable({
  title,
  column,
  cells,
  threshold,
  label,
  marker,
}: {
  title: string;
  column: string;
  cells: readonly StatCell[];
  threshold: number;
  label: (key: string, name?: LocalizedText) => string;
  marker: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = `stats-${marker}`;
  const max = Math.max(1, ...cells.map((c) => c.count ?? 0));
  return (
    <section aria-labelledby={id} data-stats-table={marker}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {cells.length === 0 ? (
        <Text c="dimmed">{t('reporting.stats.noData')}</Text>
      ) : (
        <TableScroll label={title}>
          <Table verticalSpacing="xs" miw={340}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{column}</Table.Th>
                <Table.Th ta="right">{t('reporting.stats.count')}</Table.Th>
                <Table.Th w="40%">
                  <span className="akniet-visually-hidden">{t('reporting.stats.bar')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cells.map((c) => (
                <Table.Tr key={c.key} data-cell={c.key} data-suppressed={c.suppressed}>
                  <Table.Td>{label(c.key, c.name)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {c.count === null ? (
                      <Text span size="sm" fs="italic">
                        {t('reporting.stats.tooFew', { threshold })}
                      </Text>
                    ) : (
                      formatCount(c.count, language)
                    )}
                  </Table.Td>
                  <Table.Td>
                    {c.count !== null && c.count > 0 && (
                      <div
                        className="akniet-stat-bar"
                        style={{ width: `${(c.count / max) * 100}%` }}
                        aria-hidden="true"
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
