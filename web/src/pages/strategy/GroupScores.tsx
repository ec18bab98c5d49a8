import { Anchor, Box, Group, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExecutionScores, GroupScore } from '../../api/types.ts';
import { localize } from '../../format/localized.ts';
import { formatScore } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { withoutOwnNumber } from './numbering.ts';
import { useStrategy } from './queries.ts';
import { ScoreBar } from './ScoreBar.tsx';

type Row = { key: number; label: ReactNode; detail: string; group: GroupScore; data: object };

/** One titled list of scores, each a label, its score as text and a decorative bar. */
function ScoreList({ id, title, rows }: { id: string; title: string; rows: Row[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby={id}>
      <Title order={2} id={id} mb="sm" fz={{ base: 20, sm: 24 }}>
        {title}
      </Title>
      <ul className="akniet-plain-list akniet-stack">
        {rows.map((row) => (
          <li key={row.key} {...row.data}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <div>{row.label}</div>
              <Text fw={700} style={{ whiteSpace: 'nowrap' }}>
                <span className="akniet-visually-hidden">{t('rating.score')}: </span>
                {row.group.score === null
                  ? t('common.none')
                  : formatScore(row.group.score, language)}
              </Text>
            </Group>
            {row.detail && (
              <Text size="sm" c="dimmed" lineClamp={2} className="akniet-reading">
                {row.detail}
              </Text>
            )}
            <Box mt={6}>
              <ScoreBar score={row.group.score} size="md" />
            </Box>
            <Text size="xs" c="dimmed" mt={4}>
              {t('rating.groupCounts', {
                measures: row.group.measures,
                overdue: row.group.overdue,
                unverified: row.group.unverified,
              })}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Scores per direction and per Plan item, each item linking to its page. */
export function GroupScores({ scores }: { scores: ExecutionScores }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const strategy = useStrategy();
  const directions = new Map((strategy.data?.directions ?? []).map((d) => [d.number, d]));
  const items = new Map(
    (strategy.data?.directions ?? []).flatMap((d) => d.items).map((i) => [i.number, i]),
  );

  const directionRows: Row[] = scores.directions.map((group) => {
    const direction = directions.get(group.directionNumber);
    return {
      key: group.directionNumber,
      label: <Text fw={600}>{t('strategy.direction', { number: group.directionNumber })}</Text>,
      detail: direction
        ? withoutOwnNumber(localize(direction.title, language), direction.number)
        : '',
      group,
      data: { 'data-direction-score': group.directionNumber },
    };
  });
  const itemRows: Row[] = scores.items.map((group) => {
    const goal = items.get(group.itemNumber)?.goals[0];
    return {
      key: group.itemNumber,
      label: (
        <Anchor component={Link} to={`/strategy/items/${group.itemNumber}`} fw={600}>
          {t('strategy.item.short', { number: group.itemNumber })}
        </Anchor>
      ),
      detail: goal ? localize(goal, language) : '',
      group,
      data: { 'data-item-score': group.itemNumber },
    };
  });

  return (
    <div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <ScoreList
          id="rating-directions"
          title={t('rating.directionsTitle')}
          rows={directionRows}
        />
        <ScoreList id="rating-items" title={t('rating.itemsTitle')} rows={itemRows} />
      </SimpleGrid>
      <Text size="sm" c="dimmed" mt="md">
        {t('rating.groupsNote')}
      </Text>
    </div>
  );
}
