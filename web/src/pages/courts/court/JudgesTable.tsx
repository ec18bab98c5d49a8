import '../../declarations/public/cardTable.css';
import { Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourtDetail, CourtJudge, CourtJudgeSettings } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { SyntheticTag } from '../SyntheticTag.tsx';
import { formatDay, specialisationText } from '../terms.ts';

type Column = 'name' | 'chamber' | 'specialisations' | 'load' | 'status' | 'absences' | 'actions';

/**
 * The court's judges as the allocation sees them today, with any change already published for a
 * later day and their absences. `actions` adds a column of buttons (the administrator's page).
 */
export function JudgesTable({
  court,
  actions,
}: {
  court: CourtDetail;
  actions?: (judge: CourtJudge) => ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const j = 'courts.judges' as const;
  const column = (key: Column) => t(`${j}.columns.${key}`);
  const chamberName = (id: string) => {
    const chamber = court.chambers.find((c) => c.id === id);
    return chamber ? localize(chamber.name, language) : id;
  };
  const settings = (s: CourtJudgeSettings) =>
    [
      s.specialisations.map((code) => specialisationText(t, code)).join(', '),
      `${s.loadPercent}%`,
      t(`courts.judgeStatus.${s.status}`),
    ].join('; ');

  if (court.judges.length === 0) return <Text c="dimmed">{t(`${j}.empty`)}</Text>;
  return (
    <TableScroll label={t(`${j}.tableLabel`)}>
      <Table
        striped
        verticalSpacing="sm"
        className="akniet-card-table"
        style={{ '--card-table-min': actions ? '1040px' : '900px' }}
        data-judges-table
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{column('name')}</Table.Th>
            <Table.Th>{column('chamber')}</Table.Th>
            <Table.Th>{column('specialisations')}</Table.Th>
            <Table.Th data-numeric>{column('load')}</Table.Th>
            <Table.Th>{column('status')}</Table.Th>
            <Table.Th>{column('absences')}</Table.Th>
            {actions && <Table.Th>{column('actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {court.judges.map((judge) => (
            <Table.Tr key={judge.id} data-judge-row={judge.id} data-judge-name={judge.name}>
              <Table.Td data-card-title data-wide>
                <Stack gap={4}>
                  <Text span fw={600}>
                    {judge.name}
                  </Text>
                  {judge.synthetic && <SyntheticTag />}
                  {judge.inOffice === false && (
                    <Text span size="xs" c="gray.8" data-in-office-from>
                      {t(`${j}.inOfficeFrom`, { date: formatDay(judge.effectiveFrom, language) })}
                    </Text>
                  )}
                  {judge.pending && (
                    <Text span size="xs" c="gray.8" data-pending-change>
                      {t(`${j}.pending`, {
                        date: formatDay(judge.pending.effectiveFrom, language),
                        settings: settings(judge.pending),
                      })}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td data-label={column('chamber')}>{chamberName(judge.chamber)}</Table.Td>
              <Table.Td data-label={column('specialisations')}>
                {judge.specialisations.map((code) => specialisationText(t, code)).join(', ') ||
                  t('common.none')}
              </Table.Td>
              <Table.Td data-label={column('load')} data-numeric>
                {judge.loadPercent}%
              </Table.Td>
              <Table.Td data-label={column('status')}>
                <Tag color={judge.status === 'active' ? 'green' : 'gray'}>
                  {t(`courts.judgeStatus.${judge.status}`)}
                </Tag>
              </Table.Td>
              <Table.Td data-label={column('absences')} data-absences={judge.absences.length}>
                {judge.absences.length === 0 ? (
                  <Text span size="sm" c="gray.8">
                    {t('common.none')}
                  </Text>
                ) : (
                  <Stack gap={2}>
                    {judge.absences.map((absence) => (
                      <Text span size="sm" key={`${absence.from}-${absence.to}`}>
                        {t(`${j}.absence`, {
                          from: formatDay(absence.from, language),
                          to: formatDay(absence.to, language),
                        })}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Table.Td>
              {actions && (
                <Table.Td data-label={column('actions')}>
                  <Group gap="xs">{actions(judge)}</Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
