import { Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type NewPublicCouncil, registerPublicCouncil } from '../../../api/endpoints.ts';
import { AgencySelect } from '../../../components/AgencySelect.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { refreshRegister } from '../queries.ts';
import { fieldsInError, isDuplicate, refused } from '../serverFields.ts';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const MAX_MEMBERS = 500;

/** Registers the public council of a state body: the body, when it was set up, its size, its site. */
export function RegisterCouncilModal({
  onClose,
  onRegistered,
}: {
  onClose: () => void;
  onRegistered: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [establishedOn, setEstablishedOn] = useState('');
  const [members, setMembers] = useState<number | string>('');
  const [website, setWebsite] = useState('');
  const [checked, setChecked] = useState(false);

  const mutation = useMutation({
    mutationFn: (input: NewPublicCouncil) => registerPublicCouncil(input),
    onSuccess: async () => {
      await refreshRegister(queryClient, 'councils');
      onRegistered();
    },
  });
  const serverFields = fieldsInError(mutation.error);
  const invalid = (name: string) =>
    refused(serverFields, name) ? t('registers.fieldInvalid') : undefined;

  const errors = {
    agency: agencyId === null ? t('registers.councils.agencyRequired') : undefined,
    establishedOn: !isDay(establishedOn) ? t('registers.dateRequired') : undefined,
    members:
      typeof members !== 'number' || members < 1 || members > MAX_MEMBERS
        ? t('registers.councils.membersRange', { max: MAX_MEMBERS })
        : undefined,
  };
  const shown = (message: string | undefined) => (checked ? message : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (errors.agency || errors.establishedOn || errors.members) return;
    mutation.mutate({
      agencyId: agencyId as string,
      establishedOn,
      membersCount: members as number,
      website: website.trim() || null,
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('registers.councils.register')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-council-form>
        <Stack>
          <AgencySelect
            label={t('registers.councils.agency')}
            value={agencyId}
            onChange={setAgencyId}
            error={
              shown(errors.agency) ??
              (isDuplicate(mutation.error)
                ? t('registers.councils.alreadyRegistered')
                : invalid('agencyId'))
            }
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t('registers.councils.established')}
              required
              value={establishedOn}
              onChange={(e) => setEstablishedOn(e.currentTarget.value)}
              error={shown(errors.establishedOn) ?? invalid('establishedOn')}
              data-field="established-on"
            />
            <NumberInput
              label={t('registers.councils.members')}
              required
              min={1}
              max={MAX_MEMBERS}
              allowDecimal={false}
              allowNegative={false}
              value={members}
              onChange={setMembers}
              error={shown(errors.members) ?? invalid('membersCount')}
              data-field="members"
            />
          </SimpleGrid>
          <TextInput
            label={t('registers.councils.websiteOptional')}
            description={t('registers.urlHint')}
            type="url"
            inputMode="url"
            autoCapitalize="none"
            spellCheck={false}
            value={website}
            onChange={(e) => setWebsite(e.currentTarget.value)}
            error={invalid('website')}
            data-field="website"
          />
          <FormActions
            error={mutation.error}
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={t('registers.councils.register')}
            submitProps={{ 'data-save-council': true }}
          />
        </Stack>
      </form>
    </Modal>
  );
}
