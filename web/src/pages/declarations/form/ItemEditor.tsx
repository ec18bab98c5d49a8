import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FieldInput, type OwnerOption } from './FieldInput.tsx';
import { SECTION_FIELDS } from './fields.ts';
import { type Item, originOf, type SectionKey } from './model.ts';
import { RegistryBar } from './RegistryBar.tsx';

export const itemDomId = (section: SectionKey, index: number) => `declaration-${section}-${index}`;

/** One item of a section: its fields, where it came from, and the way to remove it. */
export function ItemEditor({
  section,
  index,
  item,
  label,
  owners,
  errorOf,
  onChange,
  onRemove,
  onTouch,
}: {
  section: SectionKey;
  index: number;
  item: Item;
  /** "Income no. 2" */
  label: string;
  owners: OwnerOption[];
  errorOf: (field: string) => string | undefined;
  onChange: (item: Item) => void;
  onRemove: () => void;
  onTouch: (field: string) => void;
}) {
  const { t } = useTranslation();
  const origin = originOf(item);
  const specs = SECTION_FIELDS[section];
  const itemError = errorOf('id');

  const set = (name: string, value: unknown) => {
    const next: Item = { ...item, [name]: value };
    // Correcting a pre-filled item is looking at it: the registry's values stay in `original`.
    if (origin && !origin.confirmed) next.origin = { ...origin, confirmed: true };
    onChange(next);
  };
  const field = (spec: (typeof specs)[number]) => (
    <FieldInput
      key={spec.name}
      section={section}
      index={index}
      item={item}
      spec={spec}
      owners={owners}
      origin={origin}
      errorOf={errorOf}
      onChange={set}
      onTouch={onTouch}
    />
  );

  return (
    <Fieldset
      id={itemDomId(section, index)}
      legend={label}
      data-item={item.id}
      data-section-item={section}
      styles={{ legend: { fontWeight: 700 } }}
      p={{ base: 'sm', sm: 'md' }}
    >
      <Stack gap="sm">
        {origin && (
          <RegistryBar
            origin={origin}
            itemLabel={label}
            onConfirm={() => onChange({ ...item, origin: { ...origin, confirmed: true } })}
          />
        )}
        {itemError && (
          <Text c="red.8" size="sm" role="alert">
            {itemError}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="sm">
          {specs.filter((s) => s.kind !== 'flag').map(field)}
        </SimpleGrid>
        {specs.filter((s) => s.kind === 'flag').map(field)}
        <Group justify="flex-end">
          <Button
            variant="subtle"
            color="red"
            c="red.9"
            size="compact-sm"
            onClick={onRemove}
            aria-label={t('declarationForm.removeItem', { item: label })}
          >
            {t('declarationForm.remove')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
