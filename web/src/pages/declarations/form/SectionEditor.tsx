import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import type { OwnerOption } from './FieldInput.tsx';
import { keysOf, SECTION_FIELDS, TOTAL_FIELD } from './fields.ts';
import { ItemEditor } from './ItemEditor.tsx';
import { specLabel } from './labels.ts';
import type { Item, SectionKey } from './model.ts';
import { fieldDomId } from './problems.ts';
import { sumByCurrency } from './totals.ts';

export const sectionDomId = (section: SectionKey) => `declaration-section-${section}`;

/** "Income no. 2": how an item is named in legends, buttons and the problem summary. */
export const itemLabelOf = (
  t: Parameters<typeof specLabel>[0],
  section: SectionKey,
  index: number,
) =>
  t('declarationForm.itemN', {
    item: specLabel(t, `sections.${section}.item`),
    n: index + 1,
  });

/**
 * One section of the form: its items with add and remove. A removed item can be brought back
 * (undo) until the next add or removal; the draft is saved either way.
 */
export function SectionEditor({
  section,
  items,
  owners,
  errorOf,
  onItems,
  onAdd,
  onTouch,
}: {
  section: SectionKey;
  items: Item[];
  owners: OwnerOption[];
  errorOf: (itemId: string, field: string) => string | undefined;
  onItems: (update: (items: Item[]) => Item[]) => void;
  /** Adds a blank item and answers its id. */
  onAdd: () => void;
  onTouch: (itemId: string, field: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [removed, setRemoved] = useState<{ item: Item; index: number } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'undo' | 'last' | null>(null);
  const title = specLabel(t, `sections.${section}.title`);
  const totalField = TOTAL_FIELD[section];
  const sums = totalField ? sumByCurrency(items, totalField) : [];
  // Ids are unique unless an import broke that (the server names it); keys must be unique anyway.
  const seen = new Map<string, number>();
  const keys = items.map((i) => {
    const n = seen.get(i.id) ?? 0;
    seen.set(i.id, n + 1);
    return n === 0 ? i.id : `${i.id}#${n}`;
  });

  useEffect(() => {
    if (focusAfter.current === 'undo') undoRef.current?.focus();
    if (focusAfter.current === 'last' && items.length > 0) {
      const first = SECTION_FIELDS[section][0];
      const key = first ? (keysOf(first)[0] ?? first.name) : '';
      document.getElementById(fieldDomId(section, items.length - 1, key))?.focus();
    }
    focusAfter.current = null;
  });

  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    setRemoved({ item, index });
    focusAfter.current = 'undo';
    onItems((all) => all.filter((i, k) => !(k === index && i.id === item.id)));
  };
  const undo = () => {
    if (!removed) return;
    const { item, index } = removed;
    setRemoved(null);
    onItems((all) => [...all.slice(0, index), item, ...all.slice(index)]);
  };

  return (
    <section aria-labelledby={`${sectionDomId(section)}-title`} data-section={section}>
      <Stack gap="sm">
        <div>
          <Title order={2} fz="xl" id={`${sectionDomId(section)}-title`} tabIndex={-1}>
            {title}
          </Title>
          <Text size="sm" c="gray.8" className="akniet-reading" mt={4}>
            {specLabel(t, `sections.${section}.hint`)}
          </Text>
          {sums.length > 0 && (
            <Text size="sm" fw={600} mt={4} data-section-total>
              {t('declarationForm.total', {
                sums: sums.map((m) => formatMoney(m, language)).join('; '),
              })}
            </Text>
          )}
        </div>
        {removed && (
          <Alert color="gray" variant="light" role="status" py="xs">
            <Group gap="sm" justify="space-between">
              <Text size="sm">
                {t('declarationForm.removed', {
                  item: itemLabelOf(t, section, removed.index),
                })}
              </Text>
              <Button ref={undoRef} size="compact-sm" variant="default" onClick={undo}>
                {t('declarationForm.undo')}
              </Button>
            </Group>
          </Alert>
        )}
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" data-empty-section>
            {t('declarationForm.noItems')}
          </Text>
        ) : (
          items.map((item, index) => (
            <ItemEditor
              key={keys[index]}
              section={section}
              index={index}
              item={item}
              label={itemLabelOf(t, section, index)}
              owners={owners}
              errorOf={(field) => errorOf(item.id, field)}
              onChange={(next) =>
                onItems((all) => all.map((i, k) => (k === index && i.id === item.id ? next : i)))
              }
              onRemove={() => remove(index)}
              onTouch={(field) => onTouch(item.id, field)}
            />
          ))
        )}
        <Group>
          <Button
            variant="light"
            onClick={() => {
              setRemoved(null);
              focusAfter.current = 'last';
              onAdd();
            }}
          >
            {specLabel(t, `sections.${section}.add`)}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
