import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../declarations/form/NumberField.tsx';
import {
  type FormItem,
  fieldDomId,
  formLabel,
  type InterestField,
  type InterestSection,
  OPTION_LISTS,
} from './interestModel.ts';

export type HolderOption = { value: string; label: string };

/** One field of one item, as its spec says: text, digits (PIN, registration number), date, choice, share. */
export function InterestFieldInput({
  section,
  index,
  item,
  spec,
  holders,
  error,
  onChange,
}: {
  section: InterestSection;
  index: number;
  item: FormItem;
  spec: InterestField;
  holders: HolderOption[];
  /** The translated problem of this field, when the server refused it. */
  error: string | undefined;
  onChange: (name: string, value: string | number | null) => void;
}) {
  const { t } = useTranslation();
  const name = spec.name;
  const id = fieldDomId(section, index, name);
  const label = formLabel(t, `fields.${section}.${name}`);
  const hint =
    'hint' in spec && spec.hint ? formLabel(t, `fields.${section}.${name}Hint`) : undefined;
  const text = (item[name] as string | null | undefined) ?? '';
  const common = { id, label, description: hint, error, 'data-field': name };

  switch (spec.kind) {
    case 'text':
      return spec.long ? (
        <Textarea
          {...common}
          withAsterisk={!spec.optional}
          maxLength={spec.max}
          autosize
          minRows={2}
          maxRows={6}
          value={text}
          onChange={(e) => onChange(name, e.currentTarget.value)}
        />
      ) : (
        <TextInput
          {...common}
          withAsterisk={!spec.optional}
          maxLength={spec.max}
          value={text}
          onChange={(e) => onChange(name, e.currentTarget.value)}
        />
      );
    case 'digits':
      return (
        <TextInput
          {...common}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          value={text}
          onChange={(e) => onChange(name, e.currentTarget.value)}
        />
      );
    case 'date':
      return (
        <TextInput
          {...common}
          type="date"
          withAsterisk={!spec.optional}
          min="1900-01-01"
          value={text}
          onChange={(e) => onChange(name, e.currentTarget.value)}
        />
      );
    case 'enum':
      return (
        <NativeSelect
          {...common}
          value={text}
          data={OPTION_LISTS[spec.options].map((value) => ({
            value,
            label: (t as unknown as (key: string) => string)(
              `conflictTerms.${spec.options}.${value}`,
            ),
          }))}
          onChange={(e) => onChange(name, e.currentTarget.value)}
        />
      );
    case 'holder': {
      // A holder whose relative was removed stays visible until the declarant picks another.
      const data = holders.some((h) => h.value === text)
        ? holders
        : [...holders, { value: text, label: formLabel(t, 'holderRemoved') }];
      return (
        <NativeSelect
          {...common}
          value={text}
          data={data}
          onChange={(e) => onChange(name, e.currentTarget.value)}
        />
      );
    }
    case 'percent':
      return (
        <NumberField
          id={id}
          label={label}
          description={hint}
          error={error}
          nullable
          value={(item[name] as number | null | undefined) ?? null}
          onChange={(value) => onChange(name, value)}
          onBlur={() => {}}
        />
      );
  }
}
