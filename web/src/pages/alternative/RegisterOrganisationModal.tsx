import { Fieldset, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrganisationInput, registerOrganisation } from '../../api/endpoints.ts';
import { FormActions } from '../../components/FormActions.tsx';
import type { LocalizedText } from '../../format/localized.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { refreshAlternative } from './queries.ts';

const BLANK: LocalizedText = { ky: '', ru: '', en: '' };

/** Registers an organisation from the Ministry of Justice register: names, number, web site. */
export function RegisterOrganisationModal({
  onClose,
  onRegistered,
}: {
  onClose: () => void;
  onRegistered: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState<LocalizedText>(BLANK);
  const [registrationNumber, setRegistrationNumber] = useState('');
  const [website, setWebsite] = useState('');
  const [checked, setChecked] = useState(false);

  const mutation = useMutation({
    mutationFn: (input: OrganisationInput) => registerOrganisation(input),
    onSuccess: async () => {
      await refreshAlternative(queryClient);
      onRegistered();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!registrationNumber.trim() || LANGUAGES.some((l) => !name[l].trim())) return;
    mutation.mutate({
      name: { ky: name.ky.trim(), ru: name.ru.trim(), en: name.en.trim() },
      registrationNumber: registrationNumber.trim(),
      website: website.trim() || null,
    });
  };
  const missing = (value: string) => (checked && !value.trim() ? t('common.required') : undefined);

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('alternative.admin.register')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-register-organisation>
        <Stack>
          <Fieldset legend={t('alternative.admin.name')}>
            <Stack gap="sm">
              {LANGUAGES.map((lang) => (
                <TextInput
                  key={lang}
                  label={t('alternative.admin.nameIn', { language: t(`languages.${lang}`) })}
                  lang={lang}
                  required
                  value={name[lang]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setName((n) => ({ ...n, [lang]: value }));
                  }}
                  error={missing(name[lang])}
                  data-field={`name-${lang}`}
                />
              ))}
            </Stack>
          </Fieldset>
          <TextInput
            label={t('alternative.admin.registrationNumber')}
            description={t('alternative.admin.registrationHint')}
            required
            autoCapitalize="none"
            spellCheck={false}
            value={registrationNumber}
            onChange={(e) => setRegistrationNumber(e.currentTarget.value)}
            error={missing(registrationNumber)}
            data-field="registration-number"
          />
          <TextInput
            label={t('alternative.admin.website')}
            description={t('alternative.form.evidenceHint')}
            type="url"
            inputMode="url"
            autoCapitalize="none"
            spellCheck={false}
            value={website}
            onChange={(e) => setWebsite(e.currentTarget.value)}
            data-field="website"
          />
          <FormActions
            error={mutation.error}
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={t('alternative.admin.register')}
            submitProps={{ 'data-submit-organisation': true }}
          />
        </Stack>
      </form>
    </Modal>
  );
}
