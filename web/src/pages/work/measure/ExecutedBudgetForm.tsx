import { Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMeasure } from '../../../api/endpoints.ts';
import type { Measure, Money } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { formatMoney } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { formatPercent } from '../../strategy/indicators/formatIndicatorValue.ts';
import { parseAmount } from '../plans/money.ts';
import { amountForInput, executedShare } from './budget.ts';

/**
 * Plan item 20: the budget spent on the measure so far, kept by its agency's officers and the
 * coordinators. It is in the planned budget's currency, so without a planned budget there is
 * nothing to record it against and the form stays disabled.
 */
export function ExecutedBudgetForm({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const planned = measure.plannedBudget;
  const [text, setText] = useState(() => amountForInput(measure.executedBudget, language));
  const [checked, setChecked] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (executedBudget: Money) => updateMeasure(measure.id, { executedBudget }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(['measures', measure.id, 'one'], updated);
      const share = executedShare(updated.plannedBudget, updated.executedBudget);
      const amount = updated.executedBudget ? formatMoney(updated.executedBudget, language) : '';
      setNotice(
        share === null
          ? t('work.budget.saved', { amount })
          : t('work.budget.savedShare', { amount, share: formatPercent(share, language) }),
      );
      // Plan pages list the budgets, and the rating weighs the money spent.
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      await queryClient.invalidateQueries({ queryKey: ['strategy', 'scores'] });
    },
  });

  const amount = text.trim() ? parseAmount(text) : null;
  const error = !text.trim()
    ? t('work.budget.amountRequired')
    : amount === null
      ? t('work.measures.budgetInvalid')
      : undefined;
  const currency = planned
    ? planned.currency === 'KGS'
      ? t('work.measures.som')
      : planned.currency
    : t('work.measures.som');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setNotice(null);
    if (error || amount === null || !planned) return;
    mutation.mutate({ amount, currency: planned.currency });
  };

  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby={`executed-budget-${measure.id}`}
      data-executed-budget={measure.id}
    >
      <Title order={2} fz="lg" id={`executed-budget-${measure.id}`} mb="xs">
        {t('work.budget.title')}
      </Title>
      <Stack gap="sm">
        {planned ? (
          <Text size="sm" c="dimmed" className="akniet-reading">
            {t('work.budget.intro')}
          </Text>
        ) : (
          <Text size="sm" className="akniet-reading" data-no-planned-budget>
            {t('work.budget.noPlanned')}
          </Text>
        )}
        <SuccessNotice message={notice} onClose={() => setNotice(null)} />
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <form onSubmit={submit} noValidate data-executed-budget-form>
          <Stack gap="sm" align="flex-start">
            <TextInput
              label={t('work.budget.amount')}
              description={
                planned ? t('work.budget.currencyFixed', { currency }) : t('work.budget.disabled')
              }
              inputMode="decimal"
              autoComplete="off"
              required
              disabled={!planned}
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                setNotice(null);
              }}
              rightSection={currency}
              rightSectionWidth={48}
              error={checked ? error : undefined}
              w={{ base: '100%', xs: 320 }}
              maw="100%"
            />
            <Button
              type="submit"
              disabled={!planned}
              loading={mutation.isPending}
              data-action="save-executed-budget"
            >
              {t('work.budget.save')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
