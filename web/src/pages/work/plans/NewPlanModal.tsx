import {
  Fieldset,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPlan, type NewPlan } from '../../../api/endpoints.ts';
import type { AgencyPlan, PlanKind, User } from '../../../api/types.ts';
import { AgencySelect } from '../../../components/AgencySelect.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { localize } from '../../../format/localized.ts';
import { LANGUAGES } from '../../../i18n/languages.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { PLAN_KINDS } from '../kinds.ts';
import { isNational } from '../queries.ts';

const MIN_YEAR = 2021;
const MAX_YEAR = 2100;
const thisYear = () => new Date().getFullYear();

/** A new plan: the agency (an officer's own), its kind, its title in three languages and its years. */
export function NewPlanModal({
  user,
  agencyId: preset,
  onClose,
  onCreated,
}: {
  user: User;
  agencyId: string | null;
  onClose: () => void;
  onCreated: (plan: AgencyPlan) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const national = isNational(user);
  const [agencyId, setAgencyId] = useState<string | null>(national ? preset : user.agencyId);
  const [kind, setKind] = useState<PlanKind>('departmental');
  const [title, setTitle] = useState({ ky: '', ru: '', en: '' });
  const [yearFrom, setYearFrom] = useState<number | string>(thisYear());
  const [yearTo, setYearTo] = useState<number | string>(thisYear());
  const [checked, setChecked] = useState(false);

  const mutation = useMutation({
    mutationFn: (plan: NewPlan) => createPlan(plan),
    onSuccess: async (plan) => {
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      onCreated(plan);
    },
  });

  const year = (value: number | string) =>
    typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR
      ? value
      : null;
  const from = year(yearFrom);
  const to = year(yearTo);
  const errors = {
    agency: !agencyId ? t('common.required') : undefined,
    title: Object.fromEntries(
      LANGUAGES.map((l) => [l, title[l].trim() ? undefined : t('common.required')]),
    ) as Record<(typeof LANGUAGES)[number], string | undefined>,
    yearFrom:
      from === null ? t('work.plans.yearRange', { min: MIN_YEAR, max: MAX_YEAR }) : undefined,
    yearTo:
      to === null
        ? t('work.plans.yearRange', { min: MIN_YEAR, max: MAX_YEAR })
        : from !== null && to < from
          ? t('work.plans.yearsOrder')
          : undefined,
  };
  const valid =
    !errors.agency &&
    LANGUAGES.every((l) => !errors.title[l]) &&
    !errors.yearFrom &&
    !errors.yearTo;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!valid || !agencyId || from === null || to === null) return;
    mutation.mutate({
      agencyId,
      kind,
      title: { ky: title.ky.trim(), ru: title.ru.trim(), en: title.en.trim() },
      yearFrom: from,
      yearTo: to,
    });
  };
  const shown = (message: string | undefined) => (checked ? message : undefined);

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('work.plans.create')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-new-plan-form>
        <Stack>
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          {national ? (
            <AgencySelect
              label={t('work.plans.agency')}
              value={agencyId}
              onChange={setAgencyId}
              error={shown(errors.agency)}
            />
          ) : (
            <div>
              <Text size="sm" fw={500}>
                {t('work.plans.agency')}
              </Text>
              <Text size="sm">{localize(user.agencyName, language)}</Text>
            </div>
          )}
          <NativeSelect
            label={t('work.plans.kind')}
            data={PLAN_KINDS.map((k) => ({ value: k, label: t(`rating.planKinds.${k}`) }))}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as PlanKind)}
            required
          />
          <Fieldset legend={t('work.plans.titleLegend')}>
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
          <SimpleGrid cols={2}>
            <NumberInput
              label={t('work.plans.yearFrom')}
              required
              min={MIN_YEAR}
              max={MAX_YEAR}
              allowDecimal={false}
              allowNegative={false}
              value={yearFrom}
              onChange={setYearFrom}
              error={shown(errors.yearFrom)}
            />
            <NumberInput
              label={t('work.plans.yearTo')}
              required
              min={MIN_YEAR}
              max={MAX_YEAR}
              allowDecimal={false}
              allowNegative={false}
              value={yearTo}
              onChange={setYearTo}
              error={shown(errors.yearTo)}
            />
          </SimpleGrid>
          <FormActions
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={t('work.plans.create')}
            mt="sm"
          />
        </Stack>
      </form>
    </Modal>
  );
}
