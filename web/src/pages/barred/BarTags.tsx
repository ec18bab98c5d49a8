import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BarRestriction, BarredEntity, BarState } from '../../api/types.ts';
import { Tag, type TagColor } from '../../components/Tag.tsx';
import { formatDate } from '../../format/dates.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

const STATE_COLOURS: Record<BarState, TagColor> = {
  active: 'red',
  scheduled: 'orange',
  expired: 'gray',
  lifted: 'green',
};

/** The restrictions of a bar, one label each. */
export function RestrictionTags({ restrictions }: { restrictions: readonly BarRestriction[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap" data-restrictions>
      {restrictions.map((r) => (
        <span key={r} data-restriction={r}>
          <Tag color="blue">{t(`barred.restrictions.${r}`)}</Tag>
        </span>
      ))}
    </Group>
  );
}

/** Where a bar stands today: in force, not yet, run out, lifted. */
export function StateTag({ state }: { state: BarState }) {
  const { t } = useTranslation();
  return (
    <span data-state={state}>
      <Tag color={STATE_COLOURS[state]}>{t(`barred.states.${state}`)}</Tag>
    </span>
  );
}

/** "01.02.2026 – 31.01.2029", or "from 01.02.2026 until lifted". */
export function usePeriod() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (bar: Pick<BarredEntity, 'barredFrom' | 'barredUntil'>) =>
    bar.barredUntil
      ? t('barred.period', {
          from: formatDate(bar.barredFrom, language),
          until: formatDate(bar.barredUntil, language),
        })
      : t('barred.periodOpen', { from: formatDate(bar.barredFrom, language) });
}
