import { Paper, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** While the browser solves the proof of work: what is happening, and how far along it is. */
export function PreparingNotice({ progress }: { progress: number | null }) {
  const { t } = useTranslation();
  if (progress === null) return null;
  const percent = Math.round(progress * 100);
  return (
    <Paper withBorder p="sm" role="status" data-preparing>
      <Text size="sm" fw={600}>
        {t('reporting.pow.preparing')}
      </Text>
      <Text size="xs" c="gray.7" mb={6}>
        {t('reporting.pow.why')}
      </Text>
      <Progress value={percent} aria-label={t('reporting.pow.progress')} animated />
    </Paper>
  );
}
