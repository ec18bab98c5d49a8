import { Button, Fieldset, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type HolderOption, InterestFieldInput } from './InterestFieldInput.tsx';
import {
  type FormItem,
  fieldDomId,
  formLabel,
  type InterestSection,
  itemLabelOf,
  SECTION_FIELDS,
} from './interestModel.ts';

export const sectionTitleId = (section: InterestSection) => `interest-section-${section}-title`;
export const itemDomId = (section: InterestSection, index: number) =>
  `interest-${section}-${index}`;

/** One part of the declaration: its items with add and remove, each field with its problem. */
export function InterestSectionEditor({
  section,
  items,
  holders,
  errorOf,
  onItems,
  onAdd,
}: {
  section: InterestSection;
  items: FormItem[];
  holders: HolderOption[];
  errorOf: (itemId: string, field: string) => string | undefined;
  onItems: (items: FormItem[]) => void;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const title = formLabel(t, `sections.${section}.title`);
  const focusLast = useRef(false);
  const addRef = useRef<HTMLButtonElement>(null);
  const specs = SECTION_FIELDS[section];

  useEffect(() => {
    if (!focusLast.current) return;
    focusLast.current = false;
    const first = specs[0];
    if (items.length > 0 && first) {
      document.getElementById(fieldDomId(section, items.length - 1, first.name))?.focus();
    } else {
      addRef.current?.focus();
    }
  });

  return (
    <section aria-labelledby={sectionTitleId(section)} data-interest-section={section}>
      <Stack gap="sm">
        <div>
          <Title order={2} fz="xl" id={sectionTitleId(section)} tabIndex={-1}>
            {title}
          </Title>
          <Text size="sm" c="gray.8" className="akniet-reading" mt={4}>
            {formLabel(t, `sections.${section}.hint`)}
          </Text>
        </div>
        {items.length === 0 && (
          <Text size="sm" c="dimmed" data-section-empty={section}>
            {formLabel(t, `sections.${section}.none`)}
          </Text>
        )}
        {items.map((item, index) => {
          const label = itemLabelOf(t, section, index);
          const itemError = errorOf(item.id, 'id');
          return (
            <Fieldset
              key={item.id}
              id={itemDomId(section, index)}
              legend={label}
              data-item={item.id}
              styles={{ legend: { fontWeight: 700 } }}
              p={{ base: 'sm', sm: 'md' }}
            >
              <Stack gap="sm">
                {itemError && (
                  <Text c="red.8" size="sm" role="alert">
                    {itemError}
                  </Text>
                )}
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="sm">
                  {specs.map((spec) => (
                    <InterestFieldInput
                      key={spec.name}
                      section={section}
                      index={index}
                      item={item}
                      spec={spec}
                      holders={holders}
                      error={errorOf(item.id, spec.name)}
                      onChange={(name, value) =>
                        onItems(items.map((i, k) => (k === index ? { ...i, [name]: value } : i)))
                      }
                    />
                  ))}
                </SimpleGrid>
                <Group justify="flex-end">
                  <Button
                    variant="subtle"
                    color="red"
                    c="red.9"
                    size="compact-sm"
                    onClick={() => {
                      focusLast.current = true;
                      onItems(items.filter((_, k) => k !== index));
                    }}
                    aria-label={formLabel(t, 'removeItem', { item: label })}
                  >
                    {formLabel(t, 'remove')}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        <Group>
          <Button
            ref={addRef}
            variant="light"
            onClick={() => {
              focusLast.current = true;
              onAdd();
            }}
            data-add={section}
          >
            {formLabel(t, `sections.${section}.add`)}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
