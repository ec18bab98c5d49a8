import { Modal, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError.ts';
import { fileConflictNotification } from '../../../api/endpoints.ts';
import type { MyConflictCase } from '../../../api/types.ts';
import { FormActions } from '../../../components/FormActions.tsx';
import { fieldsInError, refused } from '../../registers/serverFields.ts';
import { useRefreshMine } from './queries.ts';

/** The server's limits (routes/notifications.ts). */
export const DESCRIPTION_MAX = 5000;
export const RELATED_PARTY_MAX = 500;

/**
 * The declarant tells the head of their body about a (possible) conflict of interest: what it
 * is, with whom, and, when the State Personnel Service has opened a case about it, which case.
 */
export function NotificationModal({
  cases,
  caseId,
  onClose,
  onFiled,
}: {
  /** The declarant's open cases, any of which the notification may answer. */
  cases: readonly MyConflictCase[];
  /** The case the declarant chose to answer, if they came from one. */
  caseId: string | null;
  onClose: () => void;
  onFiled: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshMine();
  const [description, setDescription] = useState('');
  const [relatedParty, setRelatedParty] = useState('');
  const [chosenCase, setChosenCase] = useState(caseId ?? '');
  const [checked, setChecked] = useState(false);

  const mutation = useMutation({
    mutationFn: fileConflictNotification,
    onSuccess: async () => {
      await refresh();
      onFiled();
    },
  });
  const serverFields = fieldsInError(mutation.error);
  // A case refused by the server (closed meanwhile, or not found) is named as {field: 'caseId'}.
  const details = isApiError(mutation.error)
    ? (mutation.error.details as { field?: unknown } | null)
    : null;
  if (typeof details?.field === 'string') serverFields.add(details.field);
  const errorOf = (name: 'description' | 'relatedParty' | 'caseId', value: string) => {
    if (checked && name !== 'caseId' && !value.trim()) return t('common.required');
    return refused(serverFields, name)
      ? t(`myConflicts.notificationForm.invalid.${name}`)
      : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!description.trim() || !relatedParty.trim()) return;
    mutation.mutate({
      description: description.trim(),
      relatedParty: relatedParty.trim(),
      ...(chosenCase ? { caseId: chosenCase } : {}),
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('myConflicts.notificationForm.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-notification-form>
        <Stack>
          <Text size="sm" className="akniet-reading">
            {t('myConflicts.notificationForm.intro')}
          </Text>
          <Textarea
            label={t('myConflicts.notificationForm.description')}
            description={t('myConflicts.notificationForm.descriptionHint')}
            required
            autosize
            minRows={4}
            maxRows={12}
            maxLength={DESCRIPTION_MAX}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errorOf('description', description)}
            data-field="description"
          />
          <TextInput
            label={t('myConflicts.notificationForm.relatedParty')}
            description={t('myConflicts.notificationForm.relatedPartyHint')}
            required
            maxLength={RELATED_PARTY_MAX}
            value={relatedParty}
            onChange={(e) => setRelatedParty(e.currentTarget.value)}
            error={errorOf('relatedParty', relatedParty)}
            data-field="related-party"
          />
          <NativeSelect
            label={t('myConflicts.notificationForm.case')}
            description={t('myConflicts.notificationForm.caseHint')}
            value={chosenCase}
            onChange={(e) => setChosenCase(e.currentTarget.value)}
            error={errorOf('caseId', chosenCase)}
            data={[
              { value: '', label: t('myConflicts.notificationForm.noCase') },
              ...cases.map((c) => ({ value: c.id, label: c.summary })),
            ]}
            data-field="case"
          />
          <FormActions
            error={mutation.error}
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={t('myConflicts.notificationForm.submit')}
            submitProps={{ 'data-file-notification': true }}
          />
        </Stack>
      </form>
    </Modal>
  );
}
