import {
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HandlerView, recordReward, recordRewardPayment } from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatMoney } from '../../../format/numbers.ts';
import type { Language } from '../../../i18n/languages.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useRefreshReporting } from '../shared/queries.ts';
import { RewardSummaryView } from '../shared/RewardSummaryView.tsx';
import { todayInBishkek } from '../shared/terms.ts';

/** The reward decision (once), then the payment when it is made. */
export function RewardSection({ report }: { report: HandlerView }) {
  const { reward } = report;
  return (
    <Stack gap="md">
      {reward && <RewardSummaryView reward={reward} />}
      {!reward && <DecisionForm reportId={report.id} />}
      {reward?.status === 'pending' && <PaymentForm reportId={report.id} />}
    </Stack>
  );
}

/** Resolution No. 274: 10% of the sum recovered to the state, at most 1,000,000 som. */
const REWARD_SHARE = 0.1;
const REWARD_CAP_SOM = 1_000_000;
export const rewardLimit = (recoveredSom: number) =>
  Math.min(Math.floor(recoveredSom * REWARD_SHARE), REWARD_CAP_SOM);

function DecisionForm({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const refresh = useRefreshReporting();
  const [eligible, setEligible] = useState(false);
  const [recovered, setRecovered] = useState<number | ''>('');
  const [amount, setAmount] = useState<number | ''>('');
  const [basis, setBasis] = useState('');
  const [paymentDue, setPaymentDue] = useState('');
  const [checked, setChecked] = useState(false);
  const n = 'reporting.reward' as const;
  const decide = useMutation({
    mutationFn: () =>
      recordReward(reportId, {
        eligible,
        basis: basis.trim(),
        ...(eligible && recovered !== '' ? { recoveredSom: recovered } : {}),
        ...(eligible && amount !== '' ? { amountSom: amount } : {}),
        ...(eligible && paymentDue ? { paymentDue } : {}),
      }),
    onSuccess: () => refresh(),
  });
  const limit = recovered === '' ? null : rewardLimit(recovered);
  const recoveredMissing = eligible && recovered === '';
  const amountError = !eligible
    ? null
    : amount === '' || amount <= 0
      ? t('common.required')
      : limit !== null && amount > limit
        ? t(`${n}.overLimit`, { limit: formatSom(limit, language) })
        : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (basis.trim().length < 3 || recoveredMissing || amountError) return;
    decide.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate data-reward-form>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t(`${n}.decide`)}
          </Title>
          <Text size="sm" c="gray.7">
            {t(`${n}.rule`)}
          </Text>
          <Switch
            label={t(`${n}.eligible`)}
            checked={eligible}
            onChange={(e) => setEligible(e.currentTarget.checked)}
          />
          {eligible && (
            <Group grow align="flex-start" wrap="wrap" preventGrowOverflow={false}>
              <NumberInput
                label={t(`${n}.recovered`)}
                required
                min={0}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator=" "
                value={recovered}
                onChange={(v) => setRecovered(typeof v === 'number' ? v : '')}
                error={checked && recoveredMissing ? t('common.required') : null}
                miw={200}
              />
              <NumberInput
                label={t(`${n}.amountInput`)}
                description={
                  limit !== null
                    ? t(`${n}.limitHint`, { limit: formatSom(limit, language) })
                    : undefined
                }
                required
                min={1}
                max={REWARD_CAP_SOM}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator=" "
                value={amount}
                onChange={(v) => setAmount(typeof v === 'number' ? v : '')}
                error={checked ? amountError : null}
                miw={200}
              />
              <TextInput
                type="date"
                label={t(`${n}.paymentDue`)}
                description={t(`${n}.paymentDueHint`)}
                min={todayInBishkek()}
                value={paymentDue}
                onChange={(e) => setPaymentDue(e.currentTarget.value)}
                miw={200}
              />
            </Group>
          )}
          <Textarea
            label={t(`${n}.basis`)}
            description={t(`${n}.basisHint`)}
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={basis}
            onChange={(e) => setBasis(e.currentTarget.value)}
            error={checked && basis.trim().length < 3 ? t('common.required') : null}
          />
          {decide.isError && <ErrorAlert error={decide.error} />}
          <Group justify="flex-end">
            <Button type="submit" loading={decide.isPending}>
              {t(`${n}.record`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

const formatSom = (som: number, language: Language) =>
  formatMoney({ amount: String(som), currency: 'KGS' }, language);

function PaymentForm({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const refresh = useRefreshReporting();
  const [paidOn, setPaidOn] = useState('');
  const [reference, setReference] = useState('');
  const [checked, setChecked] = useState(false);
  const n = 'reporting.reward' as const;
  const pay = useMutation({
    mutationFn: () => recordRewardPayment(reportId, paidOn, reference.trim()),
    onSuccess: () => refresh(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!paidOn || !reference.trim()) return;
    pay.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate data-payment-form>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t(`${n}.payment`)}
          </Title>
          <Group grow align="flex-start" wrap="wrap" preventGrowOverflow={false}>
            <TextInput
              type="date"
              label={t(`${n}.paidOn`)}
              required
              max={todayInBishkek()}
              value={paidOn}
              onChange={(e) => setPaidOn(e.currentTarget.value)}
              error={checked && !paidOn ? t('common.required') : null}
              miw={200}
            />
            <TextInput
              label={t(`${n}.paymentReference`)}
              required
              maxLength={200}
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
              error={checked && !reference.trim() ? t('common.required') : null}
              miw={200}
            />
          </Group>
          {pay.isError && <ErrorAlert error={pay.error} />}
          <Group justify="flex-end">
            <Button type="submit" loading={pay.isPending}>
              {t(`${n}.recordPayment`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
