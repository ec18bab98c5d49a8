import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { revealMyIdentity } from '../../../api/reporting.ts';
import { ConfirmModal } from '../../work/ConfirmModal.tsx';
import {
  EMPTY_IDENTITY,
  type IdentityDraft,
  IdentityFields,
  identityMissing,
  identityOf,
} from './IdentityFields.tsx';

/**
 * A reporter who stayed anonymous may later say who they are. It cannot be taken back, so it is
 * asked once more; a handler sees it only after a custodian approves.
 */
export function RevealIdentityForm({
  token,
  disclosed,
  onDone,
}: {
  token: string;
  disclosed: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<IdentityDraft>(EMPTY_IDENTITY);
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const n = 'reporting.identity' as const;
  const reveal = useMutation({
    mutationFn: () => revealMyIdentity(token, identityOf(draft)),
    onSuccess: () => {
      setConfirming(false);
      setDraft(EMPTY_IDENTITY);
      onDone();
    },
  });

  if (disclosed) {
    return (
      <Alert color="blue" variant="light" data-identity-disclosed>
        {t(`${n}.disclosed`)}
      </Alert>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (identityMissing(draft)) return;
    reveal.reset();
    setConfirming(true);
  };

  return (
    <form onSubmit={submit} noValidate data-identity-form>
      <Stack gap="sm">
        <Text size="sm">{t(`${n}.howProtected`)}</Text>
        <IdentityFields value={draft} onChange={setDraft} checked={checked} />
        <Group justify="flex-end">
          <Button type="submit" variant="default" data-reveal-identity>
            {t(`${n}.reveal`)}
          </Button>
        </Group>
      </Stack>
      {confirming && (
        <ConfirmModal
          title={t(`${n}.confirmTitle`)}
          text={t(`${n}.confirmText`)}
          confirmLabel={t(`${n}.reveal`)}
          loading={reveal.isPending}
          error={reveal.error}
          onConfirm={() => reveal.mutate()}
          onClose={() => setConfirming(false)}
        />
      )}
    </form>
  );
}
