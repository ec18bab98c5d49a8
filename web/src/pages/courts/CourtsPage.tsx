import '../declarations/public/cardTable.css';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { localize } from '../../format/localized.ts';
import { formatCount } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useCourts } from './queries.ts';
import { courtPath } from './terms.ts';

/**
 * The public list of courts (Plan item 17): each with its instance, judges and the number of
 * cases the automated system has allocated there; a court leads to its allocations and criteria.
 */
export function CourtsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const courts = useCourts();
  const column = (key: 'name' | 'instance' | 'judges' | 'allocations') =>
    t(`courts.columns.${key}`);

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('courts.title')}</PageTitle>
        <Text className="akniet-reading">{t('courts.intro')}</Text>
        <Anchor component={Link} to="/courts/verify" mt="xs" display="inline-block" fw={600}>
          {t('courts.verifyLink')}
        </Anchor>
      </div>
      {courts.isError && <ErrorAlert error={courts.error} onRetry={() => courts.refetch()} />}
      {courts.isPending && <Loading />}
      {courts.data &&
        (courts.data.items.length === 0 ? (
          <Text c="dimmed">{t('courts.empty')}</Text>
        ) : (
          <TableScroll label={t('courts.tableLabel')}>
            <Table
              striped
              highlightOnHover
              verticalSpacing="sm"
              className="akniet-card-table"
              style={{ '--card-table-min': '640px' }}
              data-courts-table
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{column('name')}</Table.Th>
                  <Table.Th>{column('instance')}</Table.Th>
                  <Table.Th data-numeric>{column('judges')}</Table.Th>
                  <Table.Th data-numeric>{column('allocations')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {courts.data.items.map((court) => (
                  <Table.Tr key={court.id} data-court={court.code}>
                    <Table.Td data-card-title data-wide>
                      <Anchor component={Link} to={courtPath(court.code)} fw={600}>
                        {localize(court.name, language)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td data-label={column('instance')}>
                      {t(`courts.instances.${court.instance}`)}
                    </Table.Td>
                    <Table.Td data-label={column('judges')} data-numeric>
                      {formatCount(court.judges, language)}
                    </Table.Td>
                    <Table.Td data-label={column('allocations')} data-numeric>
                      {formatCount(court.allocations, language)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ))}
    </Stack>
  );
}
