import { Alert, Button, Group, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { formatCount } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { addDays, today } from '../terms.ts';
import { runVerification, type VerificationStage } from './runVerification.ts';
import { VerificationResult } from './VerificationResult.tsx';
import { WhatIsChecked } from './WhatIsChecked.tsx';

/**
 * Public verification of the allocations (Plan item 17): the browser downloads the published log
 * and recomputes every allocation of the chosen days itself, so that nobody has to take the
 * server's word for it.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const v = 'courts.verify' as const;
  const [from, setFrom] = useState(() => addDays(today(), -6));
  const [to, setTo] = useState(() => today());
  const [stage, setStage] = useState<VerificationStage | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const invalid = !from || !to || from > to;

  const verify = useMutation({
    mutationFn: () => {
      abort.current?.abort();
      abort.current = new AbortController();
      return runVerification({ from, to, today: today() }, setStage, abort.current.signal);
    },
    onSettled: () => setStage(null),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    verify.mutate();
  };

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t(`${v}.title`)}</PageTitle>
        <Text className="akniet-reading">{t(`${v}.intro`)}</Text>
      </div>
      <form onSubmit={submit} noValidate data-verify-form>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            type="date"
            label={t('courts.from')}
            value={from}
            max={to || undefined}
            required
            onChange={(e) => setFrom(e.currentTarget.value)}
            w={{ base: '100%', xs: 180 }}
            data-range="from"
          />
          <TextInput
            type="date"
            label={t('courts.to')}
            value={to}
            min={from || undefined}
            required
            onChange={(e) => setTo(e.currentTarget.value)}
            error={invalid ? t(`${v}.rangeInvalid`) : null}
            w={{ base: '100%', xs: 180 }}
            data-range="to"
          />
          <Button type="submit" loading={verify.isPending} disabled={invalid} data-verify>
            {t(`${v}.submit`)}
          </Button>
        </Group>
      </form>
      <div aria-live="polite">
        {verify.isPending && stage && (
          <Stack gap={4} data-verify-progress>
            <Text size="sm">
              {stage.stage === 'loading'
                ? t(`${v}.loading`, { loaded: formatCount(stage.loaded, language) })
                : t(`${v}.checking`, { count: formatCount(stage.entries, language) })}
            </Text>
            {/* The log's length is known only at its end: the bar shows work, not a share. */}
            <Progress value={100} striped animated aria-label={t(`${v}.progressLabel`)} />
          </Stack>
        )}
        {verify.isError &&
          (isApiError(verify.error) ? (
            <ErrorAlert error={verify.error} title={t(`${v}.errorTitle`)} />
          ) : (
            // Not the server: the browser could not run the check (e.g. WebAssembly refused).
            <Alert role="alert" color="red" variant="light" title={t(`${v}.errorTitle`)}>
              {t(`${v}.failed`, { message: String((verify.error as Error).message ?? '') })}
            </Alert>
          ))}
        {verify.data && <VerificationResult report={verify.data} />}
      </div>
      <section aria-labelledby="verify-checked">
        <Title order={2} fz="lg" id="verify-checked" mb="xs">
          {t(`${v}.checkedTitle`)}
        </Title>
        <WhatIsChecked />
      </section>
    </Stack>
  );
}
