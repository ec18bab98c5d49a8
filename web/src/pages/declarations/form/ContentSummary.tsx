import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SubmittedContent } from '../../../api/types.ts';
import { formatDate, LOCALES } from '../../../format/dates.ts';
import { formatMoney } from '../../../format/numbers.ts';
import type { Language } from '../../../i18n/languages.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { type FieldSpec, SECTION_FIELDS, TOTAL_FIELD } from './fields.ts';
import { specLabel } from './labels.ts';
import { DECLARANT, type Item, itemsOf, SECTIONS, type SectionKey } from './model.ts';
import { itemLabelOf } from './SectionEditor.tsx';
import { somTotal, tyiynToDecimal } from './totals.ts';

type SubmittedMoney = { amount: string; currency: string; som?: number };

/** A field's value as read, or null when there is nothing to show. */
function shownValue(
  t: TFunction,
  language: Language,
  spec: FieldSpec,
  item: Item,
  ownerName: (id: string) => string,
): string | null {
  const value = item[spec.name];
  if (value === null || value === undefined || value === '' || value === false) return null;
  switch (spec.kind) {
    case 'enum':
      return specLabel(t, `options.${spec.options}.${String(value)}`);
    case 'owner':
      return ownerName(String(value));
    case 'money': {
      const money = value as SubmittedMoney;
      const typed = formatMoney(money, language);
      return money.currency !== 'KGS' && typeof money.som === 'number'
        ? `${typed} (${formatMoney({ amount: tyiynToDecimal(money.som), currency: 'KGS' }, language)})`
        : typed;
    }
    case 'date':
      return formatDate(String(value), language);
    case 'number':
      // A year is not a quantity: no digit grouping ("2009", not "2 009").
      return new Intl.NumberFormat(LOCALES[language], {
        maximumFractionDigits: 2,
        useGrouping: !spec.integer,
      }).format(Number(value));
    case 'flag':
      return t('common.yes');
    default:
      return String(value);
  }
}

/** A submitted version, read only: each section that has items, with its total in som. */
export function ContentSummary({ content }: { content: SubmittedContent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const relatives = new Map(content.relatives.map((r) => [r.id, r.fullName]));
  const ownerName = (id: string) =>
    id === DECLARANT ? t('declarationForm.owners.declarant') : (relatives.get(id) ?? id);
  const filled = SECTIONS.filter((s) => itemsOf(content, s).length > 0);
  if (filled.length === 0) {
    return <Text c="dimmed">{t('declarationForm.view.nothingDeclared')}</Text>;
  }

  const total = (section: SectionKey) => {
    const field = TOTAL_FIELD[section];
    const sum = field ? somTotal(itemsOf(content, section), field) : null;
    return sum === null ? null : formatMoney({ amount: sum, currency: 'KGS' }, language);
  };

  return (
    <Stack gap="lg" data-content-summary>
      {filled.map((section) => {
        const sum = total(section);
        return (
          <section key={section} aria-labelledby={`summary-${section}`}>
            <Title order={3} fz="lg" id={`summary-${section}`}>
              {specLabel(t, `sections.${section}.title`)}
            </Title>
            {sum && (
              <Text size="sm" fw={600} mb="xs">
                {t('declarationForm.totalSom', { sum })}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" mt="xs">
              {itemsOf(content, section).map((item, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list; ids may repeat in an import
                <Card key={`${item.id}-${index}`} withBorder padding="sm">
                  <Text fw={700} size="sm">
                    {itemLabelOf(t, section, index)}
                  </Text>
                  <dl className="akniet-facts">
                    {SECTION_FIELDS[section].map((spec) => {
                      const value = shownValue(t, language, spec, item, ownerName);
                      if (value === null) return null;
                      return (
                        <div key={spec.name} style={{ display: 'contents' }}>
                          <dt>{specLabel(t, `fields.${section}.${spec.name}`)}</dt>
                          <dd style={{ overflowWrap: 'anywhere' }}>{value}</dd>
                        </div>
                      );
                    })}
                  </dl>
                </Card>
              ))}
            </SimpleGrid>
          </section>
        );
      })}
    </Stack>
  );
}
