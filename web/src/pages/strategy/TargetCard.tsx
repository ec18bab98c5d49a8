import { Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeadlineTarget } from '../../api/types.ts';
import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

/**
 * One headline target of the Strategy: the figure large, then the Decree's wording, then whatever
 * the page adds (the dashboard: the measured value against it).
 */
export function TargetCard({ target, children }: { target: HeadlineTarget; children?: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { kind, value } = target.change;
  const figure =
    kind === 'improve-up-to-percent'
      ? t('strategy.targetUpToPercent', { value })
      : t('strategy.targetByPercent', { value });

  return (
    <Card withBorder padding="lg" h="100%" bg="blue.0" data-target={target.code}>
      <Text fz={{ base: 32, sm: 40 }} fw={800} lh={1.1} c="blue.9">
        {figure}
      </Text>
      <Text size="sm" fw={600} c="gray.8" mt={4}>
        {t('strategy.targetYear', { year: target.year })}
      </Text>
      <Text mt="sm" lh={1.6}>
        {localize(target.text, language)}
      </Text>
      {children}
    </Card>
  );
}
