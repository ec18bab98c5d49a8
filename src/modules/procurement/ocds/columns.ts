import type { CompiledRelease, OcdsParty, OcdsValue } from './release.ts';

/** The fields of a compiled release that lists, filters and dashboards read, as columns. */
export type ProcessColumns = {
  title: string | null;
  buyerId: string | null;
  buyerName: string | null;
  region: string | null;
  method: string | null;
  methodDetails: string | null;
  classification: string | null;
  status: string | null;
  valueTyiyn: number | null;
  currency: string | null;
  bidders: number | null;
  publishedAt: Date | null;
  releasedAt: Date | null;
  supplierIds: string[];
};

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const idOf = (value: unknown) =>
  typeof value === 'number' ? String(value) : typeof value === 'string' ? value : null;
const dateOf = (value: unknown) => {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? null : new Date(time);
};

/** Amounts arrive as decimal major units; stored as integer minor units (tyiyn for KGS). */
export const minorUnits = (value: OcdsValue | undefined | null) =>
  typeof value?.amount === 'number' && Number.isFinite(value.amount)
    ? Math.round(value.amount * 100)
    : null;

/** Awards that stand (not cancelled or unsuccessful). */
const LAPSED_AWARDS = new Set(['cancelled', 'unsuccessful']);

export function partyOf(release: CompiledRelease, id: string | null): OcdsParty | undefined {
  if (id === null) return undefined;
  return release.parties?.find((party) => idOf(party?.id) === id);
}

export function processColumns(release: CompiledRelease): ProcessColumns {
  const tender = release.tender ?? {};
  const buyerId = idOf(release.buyer?.id) ?? idOf(tender.procuringEntity?.id);
  const buyer = partyOf(release, buyerId);
  const item = tender.items?.[0];
  const bidders = new Set<string>();
  for (const bid of release.bids?.details ?? []) {
    for (const tenderer of bid?.tenderers ?? []) {
      const id = idOf(tenderer?.id);
      if (id) bidders.add(id);
    }
  }
  const suppliers = new Set<string>();
  for (const award of release.awards ?? []) {
    if (LAPSED_AWARDS.has(award?.status ?? '')) continue;
    for (const supplier of award?.suppliers ?? []) {
      const id = idOf(supplier?.id);
      if (id) suppliers.add(id);
    }
  }
  const numberOfTenderers =
    typeof tender.numberOfTenderers === 'number' ? tender.numberOfTenderers : null;
  return {
    title: text(tender.title),
    buyerId,
    buyerName: text(release.buyer?.name) ?? text(buyer?.name) ?? text(tender.procuringEntity?.name),
    region: text(buyer?.address?.region),
    method: text(tender.procurementMethod),
    methodDetails: text(tender.procurementMethodDetails),
    classification: idOf(item?.classification?.id) ?? idOf(tender.classification?.id),
    status: text(tender.status),
    valueTyiyn: minorUnits(tender.value),
    currency: text(tender.value?.currency),
    bidders: bidders.size > 0 ? bidders.size : numberOfTenderers,
    publishedAt: dateOf(tender.datePublished) ?? dateOf(tender.tenderPeriod?.startDate),
    releasedAt: dateOf(release.date),
    supplierIds: [...suppliers],
  };
}
