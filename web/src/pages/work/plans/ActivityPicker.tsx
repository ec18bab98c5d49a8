import { NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { usePlanItem, useStrategy } from '../../strategy/queries.ts';

const shorten = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** "16.5" -> 16: the Plan item an activity belongs to. */
export const itemOf = (activityCode: string) => Number.parseInt(activityCode, 10);

/**
 * The Plan activity a measure carries out: first its Plan item, then one of the item's activities,
 * whose full text is shown beneath. No item means the measure is not linked to the Plan.
 */
export function ActivityPicker({
  item,
  activityCode,
  onItem,
  onActivity,
  error,
}: {
  item: number | null;
  activityCode: string | null;
  onItem: (item: number | null) => void;
  onActivity: (code: string | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const strategy = useStrategy();
  const planItem = usePlanItem(item);
  const items = (strategy.data?.directions ?? []).flatMap((d) => d.items);
  const activities = planItem.data?.activities ?? [];
  const chosen = activities.find((a) => a.code === activityCode);

  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('work.measures.planItem')}
        description={t('work.measures.planItemHint')}
        value={item === null ? '' : String(item)}
        onChange={(e) => {
          const value = e.currentTarget.value;
          onItem(value ? Number(value) : null);
          onActivity(null);
        }}
        data={[
          { value: '', label: t('work.measures.noPlanItem') },
          ...items.map((i) => ({
            value: String(i.number),
            label: shorten(
              `${t('strategy.item.short', { number: i.number })}: ${localize(i.goals[0], language)}`,
              90,
            ),
          })),
        ]}
      />
      {item !== null && (
        <NativeSelect
          label={t('work.measures.activity')}
          required
          disabled={!planItem.data}
          value={activityCode ?? ''}
          onChange={(e) => onActivity(e.currentTarget.value || null)}
          error={error}
          data={[
            { value: '', label: t('work.measures.chooseActivity') },
            ...activities.map((a) => ({
              value: a.code,
              label: shorten(`${a.code}: ${localize(a.text, language)}`, 110),
            })),
          ]}
          data-activity-select
        />
      )}
      {chosen && (
        <Text size="sm" c="gray.8" className="akniet-reading" data-activity-text>
          {localize(chosen.text, language)}
        </Text>
      )}
    </Stack>
  );
}
