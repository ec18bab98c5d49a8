import './procurement.css';
import '../../components/charts/charts.css';
import { Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CRI_COMPONENTS, type CriComponent, type TenderRisk } from '../../api/types.ts';
import { Bar } from '../../components/charts/Bar.tsx';
import { Tag, type TagColor } from '../../components/Tag.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { formatShare } from './format.ts';
import { unknownReason } from './riskReasons.ts';

type Status = 'risky' | 'safe' | 'unknown';
const COLORS: Record<Status, TagColor> = { risky: 'red', safe: 'green', unknown: 'gray' };

function statusOf(risk: TenderRisk, component: CriComponent): Status {
  if (risk.components.risky.includes(component)) return 'risky';
  if (risk.components.applicable.includes(component)) return 'safe';
  return 'unknown';
}

/**
 * A tender's Corruption Risk Index: the score, then every component — risky (with its evidence),
 * safe, or left out of the score with the reason (the data did not allow it).
 */
export function RiskIndex({ risk }: { risk: TenderRisk | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="tender-risk" data-tender-risk={risk?.score ?? ''}>
      <Title order={2} fz="lg" id="tender-risk" mb="xs">
        {t('procurement.risk.title')}
      </Title>
      <Text size="sm" className="akniet-reading" mb="sm">
        {t('procurement.risk.intro')}
      </Text>
      {risk === null ? (
        <Text c="dimmed">{t('procurement.risk.none')}</Text>
      ) : (
        <Card withBorder padding="md">
          <Stack gap="sm">
            <Group gap="md" align="center" wrap="wrap">
              <Text fw={700} fz="xl" data-risk-score>
                {t('procurement.risk.score', { score: formatShare(risk.score, language) })}
              </Text>
              <Box w={{ base: '100%', xs: 240 }}>
                <Bar value={risk.score} max={1} />
              </Box>
              <Text size="sm" c="gray.7">
                {t('procurement.risk.counts', {
                  risky: risk.components.risky.length,
                  applicable: risk.components.applicable.length,
                })}
              </Text>
            </Group>
            <Title order={3} fz="md">
              {t('procurement.risk.components')}
            </Title>
            <ul className="akniet-plain-list akniet-risk-components">
              {CRI_COMPONENTS.map((component) => {
                const status = statusOf(risk, component);
                const name = t(`procurement.risk.componentNames.${component}`);
                const reason = risk.components.unknown[component];
                const evidence = risk.components.evidence[component] ?? [];
                return (
                  <li key={component} data-component={component} data-status={status}>
                    <span>
                      <Tag color={COLORS[status]}>{t(`procurement.risk.${status}`)}</Tag>
                    </span>
                    <div>
                      <Text size="sm" fw={600}>
                        {name}
                      </Text>
                      {status === 'unknown' && reason && (
                        <Text size="sm" c="gray.7">
                          {unknownReason(t, reason)}
                        </Text>
                      )}
                      {status === 'risky' && (
                        <EvidenceList
                          evidence={evidence}
                          label={t('procurement.flags.evidenceLabel', { name })}
                        />
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </Stack>
        </Card>
      )}
    </section>
  );
}
