import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScoreBar } from '../../strategy/ScoreBar.tsx';

/** A risk score out of 100: a bar to scan a column with, the number written beside it. */
export function RiskScoreCell({ score }: { score: number }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" miw={110} data-score={score}>
      <ScoreBar score={score} />
      <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
        {t('declarationChecks.queue.scoreOutOf', { score })}
      </Text>
    </Group>
  );
}
