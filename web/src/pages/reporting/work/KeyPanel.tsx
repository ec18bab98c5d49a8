import {
  Alert,
  Anchor,
  Button,
  CopyButton,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  lockReportingKey,
  recoverReportingKey,
  setUpReportingKey,
  unlockReportingKey,
} from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useRefreshReporting, useReportingKey } from '../shared/queries.ts';

/**
 * The handler's or custodian's reporting key, before any report: set it up once (and keep the
 * recovery code), unlock it with the account password to work, lock it when done.
 */
export function KeyPanel() {
  const { t } = useTranslation();
  const key = useReportingKey();
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const n = 'reporting.key' as const;

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="reporting-key-title"
      data-key-panel={
        key.data
          ? key.data.hasKey
            ? key.data.unlocked
              ? 'unlocked'
              : 'locked'
            : 'none'
          : 'loading'
      }
    >
      <Title order={2} size="h4" id="reporting-key-title" mb="xs">
        {t(`${n}.title`)}
      </Title>
      {key.isPending && <Loading />}
      {key.isError && <ErrorAlert error={key.error} onRetry={() => key.refetch()} />}
      {recoveryCode && (
        <RecoveryCodeNotice code={recoveryCode} onDone={() => setRecoveryCode(null)} />
      )}
      {key.data && !recoveryCode && (
        <>
          {!key.data.hasKey && <SetUpKey onCreated={setRecoveryCode} />}
          {key.data.hasKey && !key.data.unlocked && <UnlockKey onRecovered={setRecoveryCode} />}
          {key.data.hasKey && key.data.unlocked && <LockKey createdAt={key.data.createdAt} />}
        </>
      )}
    </Paper>
  );
}

function PasswordForm({
  label,
  submitLabel,
  marker,
  run,
  intro,
}: {
  label: string;
  submitLabel: string;
  marker: `data-${string}`;
  run: (password: string) => Promise<unknown>;
  intro: string;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);
  const action = useMutation({
    mutationFn: () => run(password),
    onSuccess: () => setPassword(''),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!password) return;
    action.mutate();
  };
  return (
    <form onSubmit={submit} noValidate {...{ [marker]: true }}>
      <Stack gap="sm">
        <Text size="sm" className="akniet-reading">
          {intro}
        </Text>
        <Group align="flex-end" gap="sm">
          <PasswordInput
            label={label}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={checked && !password ? t('common.required') : null}
            w={{ base: '100%', xs: 280 }}
            data-field="key-password"
          />
          <Button type="submit" loading={action.isPending}>
            {submitLabel}
          </Button>
        </Group>
        {action.isError && <ErrorAlert error={action.error} />}
      </Stack>
    </form>
  );
}

function SetUpKey({ onCreated }: { onCreated: (code: string) => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshReporting();
  const n = 'reporting.key' as const;
  return (
    <PasswordForm
      intro={t(`${n}.setUpIntro`)}
      label={t(`${n}.password`)}
      submitLabel={t(`${n}.setUp`)}
      marker="data-key-setup"
      run={async (password) => {
        const { recoveryCode } = await setUpReportingKey(password);
        onCreated(recoveryCode);
        await refresh();
      }}
    />
  );
}

function UnlockKey({ onRecovered }: { onRecovered: (code: string) => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshReporting();
  const [recovering, setRecovering] = useState(false);
  const n = 'reporting.key' as const;
  return (
    <Stack gap="sm">
      <PasswordForm
        intro={t(`${n}.lockedIntro`)}
        label={t(`${n}.password`)}
        submitLabel={t(`${n}.unlock`)}
        marker="data-key-unlock"
        run={async (password) => {
          await unlockReportingKey(password);
          await refresh();
        }}
      />
      {recovering ? (
        <RecoverKey
          onRecovered={(code) => {
            setRecovering(false);
            onRecovered(code);
          }}
        />
      ) : (
        <div>
          <Anchor
            component="button"
            type="button"
            size="sm"
            ta="left"
            onClick={() => setRecovering(true)}
          >
            {t(`${n}.recoverLink`)}
          </Anchor>
        </div>
      )}
    </Stack>
  );
}

function RecoverKey({ onRecovered }: { onRecovered: (code: string) => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshReporting();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);
  const n = 'reporting.key' as const;
  const recover = useMutation({
    mutationFn: () => recoverReportingKey(code.trim(), password),
    onSuccess: async ({ recoveryCode }) => {
      onRecovered(recoveryCode);
      await refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!code.trim() || !password) return;
    recover.mutate();
  };
  return (
    <form onSubmit={submit} noValidate data-key-recover>
      <Stack gap="sm">
        <Text size="sm">{t(`${n}.recoverIntro`)}</Text>
        <PasswordInput
          label={t(`${n}.recoveryCode`)}
          autoComplete="off"
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={checked && !code.trim() ? t('common.required') : null}
        />
        <PasswordInput
          label={t(`${n}.currentPassword`)}
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={checked && !password ? t('common.required') : null}
        />
        {recover.isError && <ErrorAlert error={recover.error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={recover.isPending}>
            {t(`${n}.recover`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function LockKey({ createdAt }: { createdAt: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const refresh = useRefreshReporting();
  const n = 'reporting.key' as const;
  const lock = useMutation({ mutationFn: lockReportingKey, onSuccess: () => refresh() });
  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="sm">
        <Text size="sm" role="status">
          {t(`${n}.unlockedText`)}
          {createdAt ? ` ${t(`${n}.createdOn`, { date: formatDate(createdAt, language) })}` : ''}
        </Text>
        <Button
          variant="default"
          onClick={() => lock.mutate()}
          loading={lock.isPending}
          data-key-lock
        >
          {t(`${n}.lock`)}
        </Button>
      </Group>
      {lock.isError && <ErrorAlert error={lock.error} />}
    </Stack>
  );
}

/** The recovery code, shown once: the only way back to the key if the password is reset. */
function RecoveryCodeNotice({ code, onDone }: { code: string; onDone: () => void }) {
  const { t } = useTranslation();
  const n = 'reporting.key' as const;
  return (
    <Stack gap="sm" data-recovery-code={code}>
      <Alert color="red" variant="light" role="alert" title={t(`${n}.recoveryTitle`)}>
        {t(`${n}.recoveryWarning`)}
      </Alert>
      <Text className="akniet-receipt" component="p">
        {code}
      </Text>
      <Group>
        <CopyButton value={code}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'light' : 'default'}
              color={copied ? 'green' : undefined}
              onClick={copy}
            >
              {copied ? t('reporting.receipt.copied') : t('reporting.receipt.copy')}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone} data-recovery-saved>
          {t(`${n}.recoverySaved`)}
        </Button>
      </Group>
    </Stack>
  );
}
