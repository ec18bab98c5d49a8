import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeclarationRiskReason } from '../../../api/types.ts';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { ScoreBar } from '../../strategy/ScoreBar.tsx';
import { findingLabel } from '../shared/findingLabel.ts';
import { SeverityTag } from '../shared/SeverityTag.tsx';

/** The risk score out of 100 and the reasons it is made of, each with its points. */
export function RiskReasons({
  score,
  reasons,
}: {
  score: number;
  reasons: readonly DeclarationRiskReason[];
}) {
  const { t } = useTranslation();
  const n = 'declarationChecks.declaration' as const;
  return (
    <>
      <Group gap="sm" wrap="nowrap" maw={420} data-score={score}>
        <Text fz={28} fw={700} lh={1} style={{ whiteSpace: 'nowrap' }}>
          {t('declarationChecks.queue.scoreOutOf', { score })}
        </Text>
        <ScoreBar score={score} size="md" />
      </Group>
      <Text size="sm" c="gray.7" mt="xs" className="akniet-reading">
        {t(`${n}.riskIntro`)}
      </Text>
      {reasons.length === 0 ? (
        <Text size="sm" mt="xs">
          {t(`${n}.noReasons`)}
        </Text>
      ) : (
        <TableScroll label={t(`${n}.reasonsLabel`)}>
          <Table mt="sm" verticalSpacing={6} fz="sm" maw={720} miw={320}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t(`${n}.reason`)}</Table.Th>
                <Table.Th>{t('declarationChecks.severityLabel')}</Table.Th>
                <Table.Th ta="right">{t(`${n}.points`)}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reasons.map((r) => (
                <Table.Tr key={r.code} data-reason={r.code}>
                  <Table.Td>{findingLabel(t, r.code)}</Table.Td>
                  <Table.Td>
                    <SeverityTag severity={r.severity} />
                  </Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {r.points}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
