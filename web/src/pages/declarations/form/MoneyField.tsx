import { Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, type Money } from './model.ts';
import { normaliseAmount } from './totals.ts';

/**
 * An amount with its currency. Where the amount may be blank (a price not known), blank stores
 * null and the chosen currency waits here for the amount.
 */
export function MoneyField({
  id,
  label,
  note,
  amountError,
  currencyError,
  value,
  nullable = false,
  onChange,
  onBlur,
}: {
  /** Ids of the two inputs, for labels and the problem summary's links. */
  id: { amount: string; currency: string };
  label: string;
  /** The hint and the registry's value, under both inputs. */
  note?: ReactNode;
  amountError?: string;
  currencyError?: string;
  value: Money | null;
  nullable?: boolean;
  onChange: (value: Money | null) => void;
  onBlur: (field: 'amount' | 'currency') => void;
}) {
  const { t } = useTranslation();
  const [pendingCurrency, setPendingCurrency] = useState('KGS');
  const currency = value?.currency ?? pendingCurrency;
  const known = (CURRENCIES as readonly string[]).includes(currency);
  const options = [
    ...CURRENCIES.map((c) => ({ value: c, label: c === 'KGS' ? t('declarationForm.som') : c })),
    // A code typed elsewhere (an import) is shown as it is, with its problem.
    ...(known ? [] : [{ value: currency, label: currency || '—' }]),
  ];
  const noteId = `${id.amount}-note`;

  return (
    <div>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          id={id.amount}
          label={label}
          withAsterisk={!nullable}
          inputMode="decimal"
          autoComplete="off"
          value={value?.amount ?? ''}
          error={amountError}
          aria-describedby={note ? noteId : undefined}
          style={{ flex: 1, minWidth: 0 }}
          onChange={(event) => {
            const amount = normaliseAmount(event.currentTarget.value);
            onChange(nullable && amount === '' ? null : { amount, currency });
          }}
          onBlur={() => onBlur('amount')}
        />
        <NativeSelect
          id={id.currency}
          label={t('declarationForm.currency')}
          aria-label={t('declarationForm.currencyOf', { field: label })}
          data={options}
          value={currency}
          error={currencyError}
          w={112}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (value) onChange({ ...value, currency: next });
            else setPendingCurrency(next);
          }}
          onBlur={() => onBlur('currency')}
        />
      </Group>
      {note && (
        <Text id={noteId} size="xs" c="gray.7" mt={4} component="div">
          {note}
        </Text>
      )}
    </div>
  );
}
