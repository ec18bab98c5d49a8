import '../../declarations/public/cardTable.css';
import { Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OcdsImport } from '../../../api/types.ts';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { ImportCounts } from './ImportCounts.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { ImportStateTag } from './ImportStateTag.tsx';

/** The imports, newest first: source, when, state with a progress bar while running, counts. */
export function ImportsTable({
  items,
  onDetails,
}: {
  items: OcdsImport[];
  onDetails: (id: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const c = (key: 'source' | 'startedAt' | 'state' | 'counts') =>
    t(`procurement.imports.columns.${key}`);
  return (
    <TableScroll label={t('procurement.imports.listLabel')}>
      <Table
        striped
        verticalSpacing="sm"
        className="akniet-card-table"
        style={{ '--card-table-min': '860px' }}
        data-imports-table
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c('source')}</Table.Th>
            <Table.Th>{c('startedAt')}</Table.Th>
            <Table.Th>{c('state')}</Table.Th>
            <Table.Th>{c('counts')}</Table.Th>
            <Table.Th>
              <span className="akniet-visually-hidden">{t('common.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-import={item.id} data-state={item.state}>
              <Table.Td data-card-title data-wide>
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {item.source}
                </Text>
              </Table.Td>
              <Table.Td data-label={c('startedAt')}>
                <Text span size="sm">
                  {formatDateTime(item.startedAt, language)}
                </Text>
              </Table.Td>
              <Table.Td data-label={c('state')} data-wide>
                <Stack gap={4}>
                  <ImportStateTag state={item.state} />
                  <ImportProgress item={item} />
                </Stack>
              </Table.Td>
              <Table.Td data-label={c('counts')} data-wide>
                <ImportCounts item={item} />
              </Table.Td>
              <Table.Td data-label={t('common.actions')}>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => onDetails(item.id)}
                  aria-label={t('procurement.imports.detailsOf', { source: item.source })}
                  data-import-details={item.id}
                >
                  {t('procurement.imports.details')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
