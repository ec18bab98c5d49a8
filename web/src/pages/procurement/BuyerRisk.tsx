import '../../components/charts/charts.css';
import { Box, Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type BuyerProfile, CRI_COMPONENTS } from '../../api/types.ts';
import { Bar } from '../../components/charts/Bar.tsx';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatShare } from './format.ts';

/** A buyer's risk index: the mean over its tenders, and how often each component was risky. */
export function BuyerRisk({ risk }: { risk: BuyerProfile['risk'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const p = 'procurement.profile' as const;
  return (
    <section aria-labelledby="buyer-risk" data-buyer-risk={risk?.score ?? ''}>
      <Title order={2} fz="lg" id="buyer-risk" mb="xs">
        {t(`${p}.risk`)}
      </Title>
      {risk === null ? (
        <Text c="dimmed">{t(`${p}.noRisk`)}</Text>
      ) : (
        <Card withBorder padding="md">
          <Group gap="md" align="center" wrap="wrap" mb="sm">
            <Text fw={700} fz="xl">
              {formatShare(risk.score, language)}
            </Text>
            <Box w={{ base: '100%', xs: 240 }}>
              <Bar value={risk.score} max={1} />
            </Box>
            <Text size="sm" c="gray.7">
              {t(`${p}.riskOver`, { count: risk.tenders })}
            </Text>
          </Group>
          <TableScroll label={t(`${p}.componentsLabel`)}>
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t(`${p}.component`)}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t(`${p}.riskyShare`)}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {CRI_COMPONENTS.map((component) => {
                  const counts = risk.components[component];
                  return (
                    <Table.Tr key={component} data-component={component}>
                      <Table.Td>{t(`procurement.risk.componentNames.${component}`)}</Table.Td>
                      <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                        {counts
                          ? t(`${p}.riskyOf`, {
                              risky: counts.risky,
                              applicable: counts.applicable,
                            })
                          : t(`${p}.noData`)}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Card>
      )}
    </section>
  );
}
