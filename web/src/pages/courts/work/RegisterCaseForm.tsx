import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { registerCourtCase } from '../../../api/endpoints.ts';
import type { CourtDetail, NewCourtCase, RegisteredCase } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useRefreshCourts } from '../queries.ts';
import { casePath, judgeNameOf } from '../terms.ts';
import { identifierValid, newParty, PartiesEditor, type PartyRow } from './PartiesEditor.tsx';

const MAX_CLAIM = 2000;
const initialParties = () => [newParty('claimant'), newParty('defendant')];

/**
 * Registers a case; the system allocates it at once by lot among the eligible judges and the
 * answer says to whom and among how many, or why no judge could take it.
 */
export function RegisterCaseForm({ court }: { court: CourtDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const refresh = useRefreshCourts();
  const r = 'courts.work.register' as const;
  const [category, setCategory] = useState('');
  const [claim, setClaim] = useState('');
  const [parties, setParties] = useState<PartyRow[]>(initialParties);
  const [earlier, setEarlier] = useState('');
  const [checked, setChecked] = useState(false);
  const [result, setResult] = useState<RegisteredCase | null>(null);

  const register = useMutation({
    mutationFn: (input: NewCourtCase) => registerCourtCase(court.code, input),
    onSuccess: (registered) => {
      setResult(registered);
      setCategory('');
      setClaim('');
      setParties(initialParties());
      setEarlier('');
      setChecked(false);
      void refresh();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const partiesValid = parties.every((p) => p.name.trim() && identifierValid(p.identifier));
    if (!category || !claim.trim() || !partiesValid) return;
    setResult(null);
    register.mutate({
      category,
      claim: claim.trim(),
      parties: parties.map((p) => ({
        role: p.role,
        name: p.name.trim(),
        ...(p.identifier.trim() ? { identifier: p.identifier.trim() } : {}),
      })),
      ...(earlier.trim() ? { earlierCaseNumber: earlier.trim() } : {}),
    });
  };

  return (
    <Stack gap="md">
      {result && (
        <RegistrationResult result={result} court={court} onClose={() => setResult(null)} />
      )}
      <form onSubmit={submit} noValidate data-register-form>
        <Stack gap="md" maw={860}>
          <NativeSelect
            label={t(`${r}.category`)}
            required
            value={category}
            onChange={(e) => setCategory(e.currentTarget.value)}
            data={[
              { value: '', label: t(`${r}.chooseCategory`) },
              ...court.categories.map((c) => ({
                value: c.code,
                label: localize(c.name, language),
              })),
            ]}
            error={checked && !category ? t(`${r}.categoryRequired`) : null}
            w={{ base: '100%', sm: 420 }}
            data-field="category"
          />
          <Textarea
            label={t(`${r}.claim`)}
            description={t(`${r}.claimHint`)}
            required
            autosize
            minRows={3}
            maxLength={MAX_CLAIM}
            value={claim}
            onChange={(e) => setClaim(e.currentTarget.value)}
            error={checked && !claim.trim() ? t('common.required') : null}
            data-field="claim"
          />
          <PartiesEditor rows={parties} onChange={setParties} showErrors={checked} />
          <TextInput
            label={t(`${r}.earlier`)}
            description={t(`${r}.earlierHint`)}
            value={earlier}
            maxLength={100}
            onChange={(e) => setEarlier(e.currentTarget.value)}
            w={{ base: '100%', sm: 420 }}
            data-field="earlier"
          />
          {register.isError && <ErrorAlert error={register.error} />}
          <Group>
            <Button type="submit" loading={register.isPending} data-register>
              {t(`${r}.submit`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function RegistrationResult({
  result,
  court,
  onClose,
}: {
  result: RegisteredCase;
  court: CourtDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const r = 'courts.work.register' as const;
  const allocated = result.allocation;
  const judge = allocated ? judgeNameOf(allocated.judge, court.judges) : undefined;
  return (
    <Alert
      role="status"
      color={allocated ? 'green' : 'orange'}
      variant="light"
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('common.close')}
      title={t(allocated ? `${r}.allocatedTitle` : `${r}.failedTitle`, {
        number: result.case.number,
      })}
      styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
      data-registered={result.case.number}
      data-allocated-judge={judge}
      data-allocated-judge-id={
        allocated
          ? typeof allocated.judge === 'string'
            ? allocated.judge
            : allocated.judge.id
          : undefined
      }
    >
      {allocated
        ? t(`${r}.allocatedText`, { judge, count: allocated.eligibleCount })
        : t(`${r}.failedText`)}{' '}
      <Anchor
        component={Link}
        to={casePath(result.case.id)}
        fw={600}
        // Blue on the pale green or orange tint is below AA contrast; near-black is not.
        c="gray.9"
        underline="always"
      >
        {t(`${r}.openCase`)}
      </Anchor>
    </Alert>
  );
}
