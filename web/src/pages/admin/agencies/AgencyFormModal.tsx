import { Fieldset, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgencyInput, createAgency, updateAgency } from '../../../api/endpoints.ts';
import { AGENCY_KINDS, type Agency, type AgencyKind } from '../../../api/types.ts';
import { AgencySelect } from '../../../components/AgencySelect.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import type { LocalizedText } from '../../../format/localized.ts';
import { LANGUAGES } from '../../../i18n/languages.ts';

type Form = Omit<AgencyInput, 'kind'> & { kind: AgencyKind | null };

const BLANK: LocalizedText = { ky: '', ru: '', en: '' };

function formOf(agency: Agency | null): Form {
  return {
    code: agency?.code ?? '',
    kind: agency?.kind ?? null,
    name: { ...(agency?.name ?? BLANK) },
    shortName: { ...(agency?.shortName ?? BLANK) },
    parentId: agency?.parentId ?? null,
  };
}

const filled = (text: LocalizedText) => LANGUAGES.every((l) => text[l].trim() !== '');
const trimmed = (text: LocalizedText): LocalizedText => ({
  ky: text.ky.trim(),
  ru: text.ru.trim(),
  en: text.en.trim(),
});

/** Create (agency null) or edit an agency: code, kind, names in three languages, parent. */
export function AgencyFormModal({
  agency,
  onClose,
  onSaved,
}: {
  agency: Agency | null;
  onClose: () => void;
  onSaved: (created: boolean) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>(formOf(agency));
  const [checked, setChecked] = useState(false);

  const mutation = useMutation({
    mutationFn: (input: AgencyInput) =>
      agency ? updateAgency(agency.id, input) : createAgency(input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['agencies'] });
      onSaved(agency === null);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const { kind } = form;
    if (!form.code.trim() || !kind || !filled(form.name) || !filled(form.shortName)) return;
    mutation.mutate({
      code: form.code.trim(),
      kind,
      name: trimmed(form.name),
      shortName: trimmed(form.shortName),
      parentId: form.parentId,
    });
  };

  const missing = (value: string | null) =>
    checked && !value?.trim() ? t('common.required') : undefined;

  const textFields = (field: 'name' | 'shortName', labelKey: 'nameIn' | 'shortNameIn') =>
    LANGUAGES.map((lang) => (
      <TextInput
        key={`${field}-${lang}`}
        label={t(`agencies.${labelKey}`, { language: t(`languages.${lang}`) })}
        lang={lang}
        required
        value={form[field][lang]}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setForm((f) => ({ ...f, [field]: { ...f[field], [lang]: value } }));
        }}
        error={missing(form[field][lang])}
      />
    ));

  return (
    <Modal
      opened
      onClose={onClose}
      title={agency ? t('agencies.edit') : t('agencies.create')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('agencies.code')}
              required
              autoCapitalize="none"
              spellCheck={false}
              value={form.code}
              onChange={(e) => setForm({ ...form, code: e.currentTarget.value })}
              error={missing(form.code)}
            />
            <Select
              label={t('agencies.kind')}
              required
              data={AGENCY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              value={form.kind}
              onChange={(value) => setForm({ ...form, kind: value as AgencyKind | null })}
              error={missing(form.kind)}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <Fieldset legend={t('agencies.name')}>
            <Stack gap="sm">{textFields('name', 'nameIn')}</Stack>
          </Fieldset>
          <Fieldset legend={t('agencies.shortName')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {textFields('shortName', 'shortNameIn')}
            </SimpleGrid>
          </Fieldset>
          <AgencySelect
            label={t('agencies.parent')}
            value={form.parentId}
            onChange={(parentId) => setForm({ ...form, parentId })}
            excludeId={agency?.id}
          />
          <FormActions
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={t('common.save')}
            mt="sm"
          />
        </Stack>
      </form>
    </Modal>
  );
}
