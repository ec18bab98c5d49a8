import '../courts.css';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AllocationRules } from '../../../api/types.ts';

/** The numbers of one rules version, each with what it does. */
export function RulesFacts({ rules }: { rules: AllocationRules }) {
  const { t } = useTranslation();
  const r = 'courts.criteria.rules' as const;
  const facts: [string, string, string][] = [
    ['baseLoad', t(`${r}.baseLoad`), String(rules.baseLoad)],
    [
      'workloadWindowDays',
      t(`${r}.workloadWindowDays`),
      t('courts.criteria.days', { count: rules.workloadWindowDays }),
    ],
    ['smallEligibleSet', t(`${r}.smallEligibleSet`), String(rules.smallEligibleSet)],
    [
      'absenceCluster',
      t(`${r}.absenceCluster`),
      t('courts.criteria.clusterValue', {
        share: rules.absenceCluster.sharePercent,
        days: rules.absenceCluster.days,
      }),
    ],
    [
      'repeatedFilingDays',
      t(`${r}.repeatedFilingDays`),
      t('courts.criteria.days', { count: rules.repeatedFilingDays }),
    ],
  ];
  return (
    <dl className="akniet-court-facts">
      {facts.map(([key, label, value]) => (
        <div key={key} data-rule={key}>
          <dt>
            <Text span size="sm" c="gray.8">
              {label}
            </Text>
          </dt>
          <dd>
            <Text span fw={600}>
              {value}
            </Text>
          </dd>
        </div>
      ))}
    </dl>
  );
}
