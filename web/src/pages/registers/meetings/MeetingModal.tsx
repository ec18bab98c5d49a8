import { Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type MeetingInput,
  recordCouncilMeeting,
  updateCouncilMeeting,
} from '../../../api/endpoints.ts';
import type { CouncilMeeting } from '../../../api/types.ts';
import { FormActions } from '../../../components/FormActions.tsx';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { BLANK_TEXT, filledText, LocalizedFields } from '../LocalizedFields.tsx';
import { refreshRegister } from '../queries.ts';
import { fieldsInError, refused } from '../serverFields.ts';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Records a Council meeting, or corrects one: date, agenda and decisions in three languages, minutes. */
export function MeetingModal({
  meeting,
  onClose,
  onSaved,
}: {
  meeting: CouncilMeeting | null;
  onClose: () => void;
  onSaved: (saved: CouncilMeeting) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [heldOn, setHeldOn] = useState(meeting?.heldOn ?? '');
  const [agenda, setAgenda] = useState(meeting?.agenda ?? BLANK_TEXT);
  const [decisions, setDecisions] = useState(meeting?.decisions ?? BLANK_TEXT);
  const [minutesUrl, setMinutesUrl] = useState(meeting?.minutesUrl ?? '');
  const [checked, setChecked] = useState(false);

  const mutation = useMutation({
    mutationFn: (input: MeetingInput) =>
      meeting ? updateCouncilMeeting(meeting.id, input) : recordCouncilMeeting(input),
    onSuccess: async (saved) => {
      await refreshRegister(queryClient, 'meetings');
      onSaved(saved);
    },
  });
  const serverFields = fieldsInError(mutation.error);
  const invalid = (name: string) =>
    refused(serverFields, name) ? t('registers.fieldInvalid') : undefined;

  const agendaText = filledText(agenda);
  const decisionsText = filledText(decisions);
  const errors = {
    heldOn: !isDay(heldOn) ? t('registers.dateRequired') : undefined,
    agenda: (lang: keyof typeof agenda) =>
      !agenda[lang].trim() ? t('common.required') : undefined,
    decisions: (lang: keyof typeof decisions) =>
      decisionsText === 'partial' && !decisions[lang].trim() ? t('registers.allOrNone') : undefined,
  };
  const shown = (message: string | undefined) => (checked ? message : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (errors.heldOn || agendaText === null || agendaText === 'partial') return;
    if (decisionsText === 'partial') return;
    mutation.mutate({
      heldOn,
      agenda: agendaText,
      decisions: decisionsText,
      minutesUrl: minutesUrl.trim() || null,
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        meeting
          ? t('registers.meetings.editTitle', { date: formatDate(meeting.heldOn, language) })
          : t('registers.meetings.record')
      }
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-meeting-form={meeting?.id ?? 'new'}>
        <Stack>
          <TextInput
            type="date"
            label={t('registers.meetings.heldOn')}
            required
            min="2021-01-01"
            value={heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
            error={shown(errors.heldOn) ?? invalid('heldOn')}
            w={{ base: '100%', xs: 220 }}
            data-field="held-on"
          />
          <LocalizedFields
            legend={t('registers.meetings.agenda')}
            label={(name) => t('registers.meetings.agendaIn', { language: name })}
            required
            value={agenda}
            onChange={setAgenda}
            errorOf={(lang) => shown(errors.agenda(lang)) ?? invalid(`agenda.${lang}`)}
            name="agenda"
          />
          <LocalizedFields
            legend={t('registers.meetings.decisionsLegend')}
            description={t('registers.allOrNoneHint')}
            label={(name) => t('registers.meetings.decisionsIn', { language: name })}
            value={decisions}
            onChange={setDecisions}
            errorOf={(lang) => shown(errors.decisions(lang)) ?? invalid(`decisions.${lang}`)}
            name="decisions"
          />
          <TextInput
            label={t('registers.meetings.minutesUrl')}
            description={t('registers.urlHint')}
            type="url"
            inputMode="url"
            autoCapitalize="none"
            spellCheck={false}
            value={minutesUrl}
            onChange={(e) => setMinutesUrl(e.currentTarget.value)}
            error={invalid('minutesUrl')}
            data-field="minutes-url"
          />
          <FormActions
            error={mutation.error}
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={meeting ? t('common.save') : t('registers.meetings.record')}
            submitProps={{ 'data-save-meeting': true }}
          />
        </Stack>
      </form>
    </Modal>
  );
}
