import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RewardSummary } from '../../../api/reporting.ts';
import { Tag, type TagColor } from '../../../components/Tag.tsx';
import { formatDate } from '../../../format/dates.ts';
import { formatMoney } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

const COLORS: Record<RewardSummary['status'], TagColor> = {
  pending: 'orange',
  paid: 'green',
  not_eligible: 'gray',
};

/** The reward decision: eligible or not, the amount, when it is due and when it was paid. */
export function RewardSummaryView({ reward }: { reward: RewardSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'reporting.reward' as const;
  return (
    <div data-reward={reward.status}>
      <Tag color={COLORS[reward.status] ?? 'gray'}>{t(`${n}.statuses.${reward.status}`)}</Tag>
      <dl className="akniet-facts">
        {reward.amountSom !== null && (
          <>
            <dt>{t(`${n}.amount`)}</dt>
            <dd>{formatMoney({ amount: String(reward.amountSom), currency: 'KGS' }, language)}</dd>
          </>
        )}
        {reward.paymentDue && (
          <>
            <dt>{t(`${n}.paymentDue`)}</dt>
            <dd>{formatDate(reward.paymentDue, language)}</dd>
          </>
        )}
        {reward.paidOn && (
          <>
            <dt>{t(`${n}.paidOn`)}</dt>
            <dd>{formatDate(reward.paidOn, language)}</dd>
          </>
        )}
      </dl>
      {reward.status === 'pending' && (
        <Text size="sm" c="gray.7" mt="xs">
          {t(`${n}.pendingHint`)}
        </Text>
      )}
    </div>
  );
}
