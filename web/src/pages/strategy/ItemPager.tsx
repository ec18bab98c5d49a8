import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStrategy } from './queries.ts';

/** Links to the previous and next Plan items, in the order of the Plan. */
export function ItemPager({ number }: { number: number }) {
  const { t } = useTranslation();
  const strategy = useStrategy();
  const numbers = (strategy.data?.directions ?? [])
    .flatMap((direction) => direction.items.map((item) => item.number))
    .sort((a, b) => a - b);
  const index = numbers.indexOf(number);
  if (index < 0) return null;
  const previous = numbers[index - 1];
  const next = numbers[index + 1];
  if (previous === undefined && next === undefined) return null;

  return (
    <nav aria-label={t('strategy.item.pager')}>
      <Group justify="space-between" gap="sm">
        {previous === undefined ? (
          <span />
        ) : (
          <Button
            component={Link}
            to={`/strategy/items/${previous}`}
            variant="default"
            leftSection={<span aria-hidden="true">←</span>}
            data-pager="previous"
          >
            {t('strategy.item.previous', { number: previous })}
          </Button>
        )}
        {next !== undefined && (
          <Button
            component={Link}
            to={`/strategy/items/${next}`}
            variant="default"
            rightSection={<span aria-hidden="true">→</span>}
            data-pager="next"
          >
            {t('strategy.item.next', { number: next })}
          </Button>
        )}
      </Group>
    </nav>
  );
}
