import { Fieldset, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMeasure, type NewMeasure } from '../../../api/endpoints.ts';
import type { Measure, User } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { LANGUAGES } from '../../../i18n/languages.ts';
import { ResponsibleSelect, useAgencyOfficers } from '../measure/ResponsibleSelect.tsx';
import { isDay } from '../periods/window.ts';
import { ActivityPicker } from './ActivityPicker.tsx';
import { parseAmount } from './money.ts';

/** A new measure of a plan: the Plan activity it carries out, its title, deadline and budget. */
export function AddMeasureModal({
  planId,
  agencyId,
  user,
  onClose,
  onAdded,
}: {
  planId: string;
  agencyId: string;
  user: User;
  onClose: () => void;
  onAdded: (measure: Measure) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [item, setItem] = useState<number | null>(null);
  const [activityCode, setActivityCode] = useState<string | null>(null);
  const [title, setTitle] = useState({ ky: '', ru: '', en: '' });
  const [deadline, setDeadline] = useState('');
  const [budget, setBudget] = useState('');
  // An officer of the agency answers for their own new measures unless they name a colleague.
  const [responsible, setResponsible] = useState(
    user.roles.includes('officer') && user.agencyId === agencyId ? user.id : '',
  );
  const [checked, setChecked] = useState(false);
  const officers = useAgencyOfficers(agencyId);

  const mutation = useMutation({
    mutationFn: (measure: NewMeasure) => addMeasure(planId, measure),
    onSuccess: async (measure) => {
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      await queryClient.invalidateQueries({ queryKey: ['strategy', 'scores'] });
      onAdded(measure);
    },
  });

  const amount = budget.trim() ? parseAmount(budget) : null;
  const errors = {
    activity: item !== null && !activityCode ? t('work.measures.chooseActivity') : undefined,
    title: Object.fromEntries(
      LANGUAGES.map((l) => [l, title[l].trim() ? undefined : t('common.required')]),
    ) as Record<(typeof LANGUAGES)[number], string | undefined>,
    deadline: !isDay(deadline) ? t('work.measures.deadlineHint') : undefined,
    budget: budget.trim() && amount === null ? t('work.measures.budgetInvalid') : undefined,
  };
  const valid =
    !errors.activity &&
    LANGUAGES.every((l) => !errors.title[l]) &&
    !errors.deadline &&
    !errors.budget;
  const shown = (message: string | undefined) => (checked ? message : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!valid) return;
    mutation.mutate({
      activityCode,
      title: { ky: title.ky.trim(), ru: title.ru.trim(), en: title.en.trim() },
      deadline,
      responsibleUserId: responsible || null,
      plannedBudget: amount === null ? null : { amount, currency: 'KGS' },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('work.measures.add')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-add-measure-form>
        <Stack>
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          <ActivityPicker
            item={item}
            activityCode={activityCode}
            onItem={setItem}
            onActivity={setActivityCode}
            error={shown(errors.activity)}
          />
          <Fieldset legend={t('work.measures.titleLegend')}>
            <Stack gap="sm">
              {LANGUAGES.map((lang) => (
                <TextInput
                  key={lang}
                  label={t('work.titleIn', { language: t(`languages.${lang}`) })}
                  lang={lang}
                  required
                  maxLength={2000}
                  value={title[lang]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setTitle((current) => ({ ...current, [lang]: value }));
                  }}
                  error={shown(errors.title[lang])}
                />
              ))}
            </Stack>
          </Fieldset>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('work.measures.deadline')}
              required
              value={deadline}
              onChange={(e) => setDeadline(e.currentTarget.value)}
              error={shown(errors.deadline)}
            />
            <TextInput
              label={t('work.measures.plannedBudget')}
              description={t('work.measures.budgetHint')}
              inputMode="decimal"
              autoComplete="off"
              value={budget}
              onChange={(e) => setBudget(e.currentTarget.value)}
              rightSection={t('work.measures.som')}
              rightSectionWidth={48}
              error={shown(errors.budget)}
            />
          </SimpleGrid>
          <ResponsibleSelect
            officers={officers.data?.items ?? []}
            value={responsible}
            onChange={setResponsible}
          />
          <FormActions
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={t('work.measures.add')}
            mt="sm"
          />
        </Stack>
      </form>
    </Modal>
  );
}
