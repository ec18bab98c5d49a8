import '../shared/conflicts.css';
import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ConflictCaseEvent } from '../../../../api/types.ts';
import { formatDateTime } from '../../../../format/dates.ts';
import { useLanguage } from '../../../../i18n/useLanguage.ts';

const ACTIONS = {
  'conflict_case.opened': 'opened',
  'conflict_case.measure_ordered': 'measureOrdered',
  'conflict_case.closed': 'closed',
  'conflict_notification.filed': 'notificationFiled',
  'conflict_notification.decided': 'notificationDecided',
} as const;
type KnownAction = keyof typeof ACTIONS;
const isKnown = (action: string): action is KnownAction => action in ACTIONS;

const MEASURES = ['recusal', 'transfer', 'divestment', 'other'] as const;
const OUTCOMES = ['resolved', 'liability', 'unfounded'] as const;
const oneOf = <T extends string>(list: readonly T[], value: unknown): T | null =>
  (list as readonly unknown[]).includes(value) ? (value as T) : null;

/** The event's extra word: the measure decided, or the outcome the case closed with. */
function detail(t: TFunction, event: ConflictCaseEvent): string | null {
  const measure = oneOf(MEASURES, event.details?.measure);
  if (measure) return t(`conflictTerms.measures.${measure}`);
  const outcome = oneOf(OUTCOMES, event.details?.outcome);
  if (outcome) return t(`conflictTerms.outcomes.${outcome}`);
  return null;
}

/** The case's story in order: opened, notified, measure decided, closed, each with when and by whom. */
export function CaseTimeline({ events }: { events: ConflictCaseEvent[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (events.length === 0) return <Text c="gray.7">{t('conflictWork.timeline.empty')}</Text>;
  return (
    <ol className="akniet-timeline">
      {events.map((event) => {
        const extra = detail(t, event);
        return (
          <li key={`${event.at}:${event.action}:${event.entityId ?? ''}`} data-event={event.action}>
            <Text size="xs" c="gray.7" component="div">
              <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
            </Text>
            <Text size="sm" fw={600} component="div">
              {isKnown(event.action)
                ? t(`conflictWork.timeline.actions.${ACTIONS[event.action]}`)
                : event.action}
              {extra ? `: ${extra}` : ''}
            </Text>
            {event.actorName && (
              <Text size="xs" c="gray.7" component="div">
                {t('conflictWork.timeline.by', { name: event.actorName })}
              </Text>
            )}
          </li>
        );
      })}
    </ol>
  );
}
