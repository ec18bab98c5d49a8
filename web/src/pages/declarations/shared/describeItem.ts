import type { TFunction } from 'i18next';
import type { SubmittedContent } from '../../../api/types.ts';
import { formatMoney } from '../../../format/numbers.ts';
import type { Language } from '../../../i18n/languages.ts';
import type { ContentItem, ContentSection } from './findingRecords.ts';

const joined = (parts: (string | null | undefined | false)[]) =>
  parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(', ');

/**
 * One declared item in a few words, the way a verifier would name it: "Apartment, 134 m²,
 * г. Бишкек, пр. Чуй 85". Amounts as declared, in their currency.
 */
export function describeItem<S extends ContentSection>(
  section: S,
  item: ContentItem<S>,
  t: TFunction,
  lang: Language,
): string {
  const money = (m: { amount: string; currency: string } | null | undefined) =>
    m?.amount ? formatMoney(m, lang) : null;
  const n = 'declarationChecks' as const;
  switch (section) {
    case 'relatives': {
      const x = item as ContentItem<'relatives'>;
      return joined([t(`${n}.relations.${x.relation}`), x.fullName]);
    }
    case 'incomes': {
      const x = item as ContentItem<'incomes'>;
      return joined([t(`${n}.incomeKinds.${x.kind}`), x.source, money(x.amount)]);
    }
    case 'realEstate': {
      const x = item as ContentItem<'realEstate'>;
      return joined([
        t(`${n}.realEstateKinds.${x.kind}`),
        t(`${n}.records.area`, { area: x.area }),
        x.sharePercent < 100 && t(`${n}.records.share`, { share: x.sharePercent }),
        x.address,
      ]);
    }
    case 'vehicles': {
      const x = item as ContentItem<'vehicles'>;
      return joined([
        t(`${n}.vehicleKinds.${x.kind}`),
        `${x.make} ${x.model}`.trim(),
        x.yearMade ? String(x.yearMade) : null,
      ]);
    }
    case 'accounts': {
      const x = item as ContentItem<'accounts'>;
      return joined([t(`${n}.accountKinds.${x.kind}`), x.institution, money(x.balance)]);
    }
    case 'securities': {
      const x = item as ContentItem<'securities'>;
      return joined([t(`${n}.securityKinds.${x.kind}`), x.issuer, money(x.value)]);
    }
    case 'liabilities': {
      const x = item as ContentItem<'liabilities'>;
      return joined([x.creditor, t(`${n}.creditorKinds.${x.creditorKind}`), money(x.outstanding)]);
    }
    case 'loansGiven': {
      const x = item as ContentItem<'loansGiven'>;
      return joined([x.borrower, money(x.outstanding)]);
    }
    case 'spending': {
      const x = item as ContentItem<'spending'>;
      return joined([t(`${n}.spendingCategories.${x.category}`), x.description, money(x.amount)]);
    }
    case 'gifts': {
      const x = item as ContentItem<'gifts'>;
      return joined([x.description, x.donor, money(x.value)]);
    }
    default:
      return '';
  }
}

/** The owner of an item: the declarant or a relative, by name. */
export function ownerName(
  owner: string,
  content: SubmittedContent | null | undefined,
  t: TFunction,
): string {
  if (owner === 'declarant') return t('declarationChecks.owners.declarant');
  const relative = content?.relatives.find((r) => r.id === owner);
  if (!relative) return t('declarationChecks.owners.unknown', { id: owner });
  return `${relative.fullName} (${t(`declarationChecks.relations.${relative.relation}`)})`;
}
