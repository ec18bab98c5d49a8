import { Anchor, Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StrategyDirection } from '../../api/types.ts';
import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { withoutOwnNumber } from './numbering.ts';

/** One direction of the Plan: its number and title, then its items as links. */
export function DirectionSection({ direction }: { direction: StrategyDirection }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `direction-${direction.number}`;

  return (
    <section aria-labelledby={headingId} data-direction={direction.number}>
      <Title order={3} id={headingId} fz={{ base: 18, sm: 20 }} mb="sm" lh={1.35} maw="72ch">
        <Text span display="block" inherit fz="sm" fw={700} c="blue.8">
          {t('strategy.direction', { number: direction.number })}
          <span className="akniet-visually-hidden">: </span>
        </Text>
        {withoutOwnNumber(localize(direction.title, language), direction.number)}
      </Title>
      {direction.items.length === 0 ? (
        <Text c="dimmed">{t('strategy.noItems')}</Text>
      ) : (
        <ul className="akniet-plain-list akniet-stack">
          {direction.items.map((item) => (
            <li key={item.number}>
              <Card withBorder padding="md">
                <Anchor
                  component={Link}
                  to={`/strategy/items/${item.number}`}
                  fw={600}
                  lh={1.5}
                  className="akniet-reading"
                  display="block"
                  data-plan-item={item.number}
                >
                  {t('strategy.itemLink', {
                    number: item.number,
                    goal: localize(item.goals[0], language),
                  })}
                </Anchor>
                <Text size="sm" c="dimmed" mt={6}>
                  {t('strategy.counts', {
                    activities: item.activityCount,
                    indicators: item.indicatorCount,
                  })}
                </Text>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
