import './cardTable.css';
import { Anchor, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublishedHistory } from '../../../api/types.ts';
import { ColumnChart } from '../../../components/charts/ColumnChart.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { usePublishedHistory } from './queries.ts';
import { compactSom, formatSom, somValue } from './som.ts';

const METRICS = [
  { key: 'income', field: 'incomeSom' },
  { key: 'monetaryAssets', field: 'monetaryAssetsSom' },
  { key: 'propertyValue', field: 'propertyValueSom' },
] as const;

/**
 * The declarant's income, monetary assets and property year by year: a column chart per figure
 * (values shortened to fit), then the same figures in full in a table whose years open their
 * declarations.
 */
export function YearOverYear({
  declarantId,
  currentId,
}: {
  declarantId: string;
  currentId: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const history = usePublishedHistory(declarantId);

  const compact = (value: number) => {
    const c = compactSom(value, language);
    return c.unit ? t(`publicDeclarations.compact.${c.unit}`, { value: c.value }) : c.value;
  };

  return (
    <section aria-labelledby={titleId} data-year-over-year>
      <Title order={2} id={titleId} fz={{ base: 20, sm: 22 }} mb={4}>
        {t('publicDeclarations.history.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('publicDeclarations.history.note')}
      </Text>
      {history.isPending && <Loading />}
      {history.isError && <ErrorAlert error={history.error} onRetry={() => history.refetch()} />}
      {history.data && (
        <Stack gap="md">
          {history.data.years.length < 2 && (
            <Text size="sm" data-one-year>
              {t('publicDeclarations.history.oneYear')}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
            {METRICS.map((m) => (
              <ColumnChart
                key={m.key}
                title={t(`publicDeclarations.history.${m.key}`)}
                titleOrder={3}
                data={history.data.years.map((y) => ({
                  key: y.year,
                  label: String(y.year),
                  value: somValue(y[m.field]),
                }))}
                formatValue={compact}
                emptyText={t('publicDeclarations.history.noData')}
                attributes={{ 'data-history-chart': m.key }}
              />
            ))}
          </SimpleGrid>
          <HistoryTable history={history.data} currentId={currentId} />
        </Stack>
      )}
    </section>
  );
}

/** The charts' figures written in full, one row per year, each year linking to its declaration. */
function HistoryTable({ history, currentId }: { history: PublishedHistory; currentId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <TableScroll label={t('publicDeclarations.history.tableLabel')}>
      <Table
        verticalSpacing="xs"
        style={{ '--card-table-min': '520px' }}
        className="akniet-card-table"
        data-history-table
      >
        <Table.Caption>{t('publicDeclarations.history.tableLabel')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('publicDeclarations.columns.year')}</Table.Th>
            {METRICS.map((m) => (
              <Table.Th key={m.key} data-numeric>
                {t(`publicDeclarations.history.${m.key}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.years.map((y) => {
            const current = y.declarationId === currentId;
            return (
              <Table.Tr key={y.declarationId} data-history-year={y.year}>
                <Table.Th scope="row" fw={600} data-card-title>
                  {current ? (
                    <span aria-current="page">
                      {y.year}{' '}
                      <Text span size="sm" c="dimmed" fw={400}>
                        ({t('publicDeclarations.history.thisDeclaration')})
                      </Text>
                    </span>
                  ) : (
                    <Anchor
                      component={Link}
                      to={`/declarations/${y.declarationId}`}
                      aria-label={t('publicDeclarations.history.openYear', { year: y.year })}
                    >
                      {y.year}
                    </Anchor>
                  )}
                </Table.Th>
                {METRICS.map((m) => (
                  <Table.Td
                    key={m.key}
                    data-numeric
                    data-label={t(`publicDeclarations.history.${m.key}`)}
                  >
                    {formatSom(y[m.field], language)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
