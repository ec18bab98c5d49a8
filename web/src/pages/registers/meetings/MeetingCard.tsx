import { Anchor, Button, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CouncilMeeting } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { formatDate } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

/** One meeting of the Council: its date, agenda, decisions and minutes; keepers may correct it. */
export function MeetingCard({
  meeting,
  onEdit,
  onRemove,
}: {
  meeting: CouncilMeeting;
  /** Given only to those who keep the register. */
  onEdit?: () => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = formatDate(meeting.heldOn, language);
  const headingId = `meeting-${meeting.id}`;

  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-labelledby={headingId}
      data-meeting={meeting.id}
      data-held-on={meeting.heldOn}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Title order={4} id={headingId} fz="md">
          <time dateTime={meeting.heldOn}>{date}</time>
        </Title>
        {meeting.synthetic && <Tag color="gray">{t('registers.synthetic')}</Tag>}
      </Group>
      <dl className="akniet-facts akniet-register-facts">
        <dt>{t('registers.meetings.agenda')}</dt>
        <dd data-agenda>{localize(meeting.agenda, language)}</dd>
        <dt>{t('registers.meetings.decisions')}</dt>
        <dd data-decisions>
          {meeting.decisions ? (
            localize(meeting.decisions, language)
          ) : (
            <Text span inherit c="dimmed">
              {t('registers.meetings.noDecisions')}
            </Text>
          )}
        </dd>
        <dt>{t('registers.meetings.minutes')}</dt>
        <dd data-minutes>
          {meeting.minutesUrl ? (
            <Anchor href={meeting.minutesUrl} target="_blank" rel="noopener noreferrer">
              {t('registers.meetings.openMinutes')}
              <span className="akniet-visually-hidden"> ({t('registers.opensInNewTab')})</span>
            </Anchor>
          ) : (
            <Text span inherit c="dimmed">
              {t('registers.meetings.noMinutes')}
            </Text>
          )}
        </dd>
      </dl>
      {onEdit && onRemove && (
        <Group gap="xs" mt="sm">
          <Button
            variant="default"
            size="compact-sm"
            aria-label={t('registers.meetings.editTitle', { date })}
            onClick={onEdit}
            data-edit-meeting
          >
            {t('common.edit')}
          </Button>
          <Button
            variant="light"
            color="red"
            size="compact-sm"
            aria-label={t('registers.meetings.removeNamed', { date })}
            onClick={onRemove}
            data-remove-meeting
          >
            {t('registers.meetings.remove')}
          </Button>
        </Group>
      )}
    </Card>
  );
}
