import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signInWithReceipt } from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PreparingNotice } from '../shared/PreparingNotice.tsx';
import { normaliseReceipt } from '../shared/receipt.ts';
import { useProofOfWork } from '../shared/useProofOfWork.ts';

/** The receipt, typed back however it was written down; a wrong one gets the server's answer. */
export function ReceiptLogin({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState('');
  const [checked, setChecked] = useState(false);
  const { prove, progress } = useProofOfWork();
  const n = 'reporting.followUp' as const;
  const normalised = normaliseReceipt(receipt);
  const signIn = useMutation({
    mutationFn: async () => signInWithReceipt(normalised as string, await prove()),
    onSuccess: (session) => {
      setReceipt('');
      onSignedIn(session.token);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!normalised) return;
    signIn.mutate();
  };
  const error = !receipt.trim() ? t('common.required') : normalised ? null : t(`${n}.receiptShape`);

  return (
    <Paper withBorder p="md" maw={560}>
      <form onSubmit={submit} noValidate data-receipt-form>
        <Stack>
          <TextInput
            label={t(`${n}.receipt`)}
            description={t(`${n}.receiptHint`)}
            required
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            className="akniet-receipt-input"
            placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
            value={receipt}
            onChange={(e) => setReceipt(e.currentTarget.value)}
            error={checked ? error : null}
            data-field="receipt"
          />
          <PreparingNotice progress={progress} />
          {signIn.isError && <ErrorAlert error={signIn.error} />}
          <Group justify="flex-end">
            <Button type="submit" loading={signIn.isPending} data-open-report>
              {t(`${n}.open`)}
            </Button>
          </Group>
          <Text size="xs" c="gray.7">
            {t(`${n}.lostReceipt`)}
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
