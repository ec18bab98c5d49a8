import type { TFunction } from 'i18next';
import { ky } from '../../i18n/ky.ts';

export const tenderPath = (ocid: string) => `/procurement/tenders/${encodeURIComponent(ocid)}`;
export const buyerPath = (id: string) => `/procurement/buyers/${encodeURIComponent(id)}`;
export const supplierPath = (id: string) => `/procurement/suppliers/${encodeURIComponent(id)}`;
/** The public list filtered to one buyer's tenders, or to the tenders a supplier won. */
export const tendersOf = (filter: { buyer: string } | { supplier: string }) =>
  `/procurement?${new URLSearchParams(filter).toString()}`;
/** The barred-entities register searched for an INN. */
export const registerSearchPath = (identifier: string) =>
  `/barred-entities?${new URLSearchParams({ q: identifier }).toString()}`;

/** The OCDS procurementMethod values, as the tender list filters them. */
export const METHODS = ['open', 'selective', 'limited', 'direct'] as const;

// Every language has the same keys as Kyrgyz: the Kyrgyz texts tell which codes have words.
const texts = ky.procurement;
type Method = keyof typeof texts.methods;
type MethodDetails = keyof typeof texts.methodDetails;
type Status = keyof typeof texts.statuses;
type Division = keyof typeof texts.categories;
const has = <K extends string>(map: Record<K, string>, key: string): key is K =>
  Object.hasOwn(map, key);

/** "Open, one-stage": the method and, when published, the Kyrgyz portal's details, in words. */
export function methodText(t: TFunction, method: string | null, details: string | null): string {
  const parts: string[] = [];
  if (method !== null)
    parts.push(has<Method>(texts.methods, method) ? t(`procurement.methods.${method}`) : method);
  if (details !== null)
    parts.push(
      has<MethodDetails>(texts.methodDetails, details)
        ? t(`procurement.methodDetails.${details}`)
        : details,
    );
  return parts.length ? parts.join(', ') : t('procurement.unknown');
}

/** An OCDS status (of a tender, bid, award or contract) in words, or as published. */
export function statusText(t: TFunction, status: string | null): string {
  if (status === null) return t('procurement.unknown');
  return has<Status>(texts.statuses, status) ? t(`procurement.statuses.${status}`) : status;
}

/** A CPV division ("45") with its name when the texts have one. */
export function categoryText(t: TFunction, code: string | null): string {
  if (code === null) return t('procurement.unknown');
  return has<Division>(texts.categories, code)
    ? t('procurement.categoryNamed', { code, name: t(`procurement.categories.${code}`) })
    : t('procurement.category', { code });
}

/** The main procurement category (goods, works, services) in words. */
export function mainCategoryText(t: TFunction, category: string | null): string | null {
  if (category === null) return null;
  return has<keyof typeof texts.tender.mainCategories>(texts.tender.mainCategories, category)
    ? t(`procurement.tender.mainCategories.${category}`)
    : category;
}
