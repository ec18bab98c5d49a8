import { Card, Code, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanActivity } from '../../api/types.ts';
import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { lastSegment, withoutOwnNumber } from './numbering.ts';

/** One activity of the Plan: its wording, expected results and indicators with their codes. */
export function ActivityCard({ activity }: { activity: PlanActivity }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `activity-${activity.code}`;
  const notStated = (
    <Text size="sm" c="dimmed">
      {t('strategy.item.notStated')}
    </Text>
  );

  return (
    <Card
      withBorder
      padding="lg"
      component="article"
      aria-labelledby={headingId}
      data-activity={activity.code}
    >
      <Title order={3} id={headingId} fz="md" c="blue.8">
        {t('strategy.item.activity', { code: activity.code })}
      </Title>
      <Text mt="xs" className="akniet-reading" data-activity-text>
        {localize(activity.text, language)}
      </Text>
      {activity.expectedResults.length === 0 && activity.indicators.length === 0 ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('strategy.item.noResults')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="md">
          <div>
            <Title order={4} fz="sm" mb={6}>
              {t('strategy.item.expectedResults')}
            </Title>
            {activity.expectedResults.length === 0 ? (
              notStated
            ) : (
              <ul className="akniet-reading akniet-reading-list">
                {activity.expectedResults.map((result, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed, never reordered list
                  <li key={index}>{localize(result, language)}</li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <Title order={4} fz="sm" mb={6}>
              {t('strategy.item.indicators')}
            </Title>
            {activity.indicators.length === 0 ? (
              notStated
            ) : (
              <ul className="akniet-plain-list akniet-reading">
                {activity.indicators.map((indicator) => (
                  <li
                    key={indicator.code}
                    className="akniet-indicator"
                    data-indicator={indicator.code}
                  >
                    <Code>{indicator.code}</Code>
                    <span>
                      {withoutOwnNumber(
                        localize(indicator.text, language),
                        lastSegment(indicator.code),
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </SimpleGrid>
      )}
    </Card>
  );
}
