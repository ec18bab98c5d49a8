import { Checkbox, NativeSelect, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldSpec, OPTION_LISTS } from './fields.ts';
import { specLabel } from './labels.ts';
import { MoneyField } from './MoneyField.tsx';
import type { Item, Money, Origin, SectionKey } from './model.ts';
import { NumberField } from './NumberField.tsx';
import { fieldDomId } from './problems.ts';

export type OwnerOption = { value: string; label: string };

/** One field of one item, as its spec says: text, select, owner, money, date, number or flag. */
export function FieldInput({
  section,
  index,
  item,
  spec,
  owners,
  origin,
  errorOf,
  onChange,
  onTouch,
}: {
  section: SectionKey;
  index: number;
  item: Item;
  spec: FieldSpec;
  owners: OwnerOption[];
  origin: Origin | null;
  /** The translated problem of a field key ("amount.amount"), when it is to be shown. */
  errorOf: (field: string) => string | undefined;
  onChange: (name: string, value: unknown) => void;
  onTouch: (field: string) => void;
}) {
  const { t } = useTranslation();
  const name = spec.name;
  const id = (field: string) => fieldDomId(section, index, field);
  const label = specLabel(t, `fields.${section}.${name}`);
  const hint =
    'hint' in spec && spec.hint ? specLabel(t, `fields.${section}.${name}Hint`) : undefined;
  const optionLabel = (list: keyof typeof OPTION_LISTS, value: string) =>
    specLabel(t, `options.${list}.${value}`);

  // What the registry said, where the declarant's value differs from it now.
  const registryKey = spec.kind === 'money' ? `${name}.amount` : name;
  const registryValue = origin?.original[registryKey];
  const current =
    spec.kind === 'money' ? ((item[name] as Money | null)?.amount ?? null) : item[name];
  const differs =
    origin !== null &&
    registryValue !== undefined &&
    String(registryValue ?? '') !== String(current ?? '');
  const registryText = (() => {
    if (!differs) return null;
    if (registryValue === null || registryValue === '') return t('common.none');
    const raw = String(registryValue);
    if (spec.kind === 'enum') return optionLabel(spec.options, raw);
    if (spec.kind === 'owner') return owners.find((o) => o.value === raw)?.label ?? raw;
    return raw;
  })();
  const note: ReactNode =
    hint || registryText ? (
      <>
        {hint}
        {hint && registryText ? <br /> : null}
        {registryText ? (
          <span data-registry-value>
            {t('declarationForm.registry.inRegistry', { value: registryText })}
          </span>
        ) : null}
      </>
    ) : undefined;

  switch (spec.kind) {
    case 'text':
      return (
        <TextInput
          id={id(name)}
          label={label}
          description={note}
          withAsterisk={!spec.optional}
          maxLength={spec.max}
          value={(item[name] as string | undefined) ?? ''}
          error={errorOf(name)}
          onChange={(event) => onChange(name, event.currentTarget.value)}
          onBlur={() => onTouch(name)}
        />
      );
    case 'country':
      return (
        <TextInput
          id={id(name)}
          label={specLabel(t, `fields.${section}.country`)}
          title={t('declarationForm.countryHint')}
          placeholder="KG"
          withAsterisk
          maxLength={2}
          autoComplete="off"
          value={(item[name] as string | undefined) ?? ''}
          error={errorOf(name)}
          onChange={(event) => onChange(name, event.currentTarget.value.toUpperCase())}
          onBlur={() => onTouch(name)}
        />
      );
    case 'enum': {
      const value = String(item[name] ?? '');
      return (
        <NativeSelect
          id={id(name)}
          label={label}
          description={note}
          data={OPTION_LISTS[spec.options].map((v) => ({
            value: v,
            label: optionLabel(spec.options, v),
          }))}
          value={value}
          error={errorOf(name)}
          onChange={(event) => onChange(name, event.currentTarget.value)}
          onBlur={() => onTouch(name)}
        />
      );
    }
    case 'owner': {
      const value = String(item.owner ?? '');
      const data = owners.some((o) => o.value === value)
        ? owners
        : [...owners, { value, label: t('declarationForm.owners.unknown', { id: value }) }];
      return (
        <NativeSelect
          id={id(name)}
          label={label}
          description={note}
          data={data}
          value={value}
          error={errorOf(name)}
          onChange={(event) => onChange(name, event.currentTarget.value)}
          onBlur={() => onTouch(name)}
        />
      );
    }
    case 'money':
      return (
        <MoneyField
          id={{ amount: id(`${name}.amount`), currency: id(`${name}.currency`) }}
          label={label}
          note={note}
          nullable={spec.nullable}
          value={(item[name] as Money | null | undefined) ?? null}
          amountError={errorOf(`${name}.amount`)}
          currencyError={errorOf(`${name}.currency`)}
          onChange={(value) => onChange(name, value)}
          onBlur={(part) => onTouch(`${name}.${part}`)}
        />
      );
    case 'date':
      return (
        <TextInput
          id={id(name)}
          type="date"
          label={label}
          description={note}
          withAsterisk
          min="1900-01-01"
          value={(item[name] as string | undefined) ?? ''}
          error={errorOf(name)}
          onChange={(event) => onChange(name, event.currentTarget.value)}
          onBlur={() => onTouch(name)}
        />
      );
    case 'number':
      return (
        <NumberField
          id={id(name)}
          label={label}
          description={note}
          required={!spec.nullable}
          nullable={spec.nullable}
          value={(item[name] as number | null | undefined) ?? null}
          error={errorOf(name)}
          onChange={(value) => onChange(name, value)}
          onBlur={() => onTouch(name)}
        />
      );
    case 'flag':
      return (
        <Checkbox
          id={id(name)}
          label={label}
          checked={item[name] === true}
          error={errorOf(name)}
          onChange={(event) => onChange(name, event.currentTarget.checked)}
          onBlur={() => onTouch(name)}
        />
      );
  }
}
