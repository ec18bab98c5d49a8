import '../../declarations/public/cardTable.css';
import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StateOrganisation } from '../../../api/types.ts';
import { SortableTh } from '../../../components/table/SortableTh.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { LOCALES } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { formatShare } from './registerKinds.ts';
import { SyntheticLabel } from './SyntheticLabel.tsx';

export const stateOrganisationPath = (id: string) =>
  `/state-organisations/${encodeURIComponent(id)}`;

/**
 * One page of the register: name, registration number, kind, parent body and state share. On a
 * phone every row is a card (the declarations' card table).
 */
export function StateOrganisationsTable({
  items,
  sort,
  onSort,
}: {
  items: readonly StateOrganisation[];
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const column = (key: 'name' | 'registrationNumber' | 'register' | 'parent' | 'statePercent') =>
    t(`publicConflicts.organisations.columns.${key}`);
  return (
    <TableScroll label={t('publicConflicts.organisations.tableLabel')}>
      <Table
        striped
        highlightOnHover
        style={{ '--card-table-min': '880px' }}
        verticalSpacing="sm"
        className="akniet-card-table"
        data-state-organisations-table
      >
        <Table.Thead>
          <Table.Tr>
            <SortableTh field="name" label={column('name')} sort={sort} onSort={onSort} />
            <Table.Th>{column('registrationNumber')}</Table.Th>
            <Table.Th>{column('register')}</Table.Th>
            <Table.Th>{column('parent')}</Table.Th>
            <SortableTh
              field="statePercent"
              label={column('statePercent')}
              sort={sort}
              onSort={onSort}
            />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((o) => (
            <Table.Tr key={o.id} data-organisation-row={o.id} data-register={o.register}>
              <Table.Td data-card-title data-wide>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={stateOrganisationPath(o.id)} fw={600}>
                    {o.name}
                  </Anchor>
                  {o.synthetic && <SyntheticLabel />}
                </Group>
              </Table.Td>
              <Table.Td data-label={column('registrationNumber')}>
                {o.registrationNumber ?? t('common.none')}
              </Table.Td>
              <Table.Td data-label={column('register')}>
                {t(`conflictTerms.registers.${o.register}`)}
              </Table.Td>
              <Table.Td data-wide data-label={column('parent')}>
                {o.parent?.name ?? t('common.none')}
              </Table.Td>
              <Table.Td data-label={column('statePercent')}>
                <Text span size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatShare(o.statePercent, LOCALES[language]) ?? t('common.none')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
