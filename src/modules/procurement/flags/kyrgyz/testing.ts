import type { RedFlag } from '../flag.ts';
import { kyrgyzRedFlags } from './engine.ts';
import { type KyrgyzSettingsOverrides, kyrgyzSettings } from './settings.ts';

/** Test helpers: small Kyrgyz-shaped compiled releases and a one-call engine run. */

export type Json = Record<string, unknown>;

export function runFlags(
  releases: unknown[],
  overrides: KyrgyzSettingsOverrides = {},
  now?: string,
): RedFlag[] {
  const engine = kyrgyzRedFlags(kyrgyzSettings(overrides), now);
  // biome-ignore lint/suspicious/noExplicitAny: tests feed deliberately loose JSON
  for (const release of releases) engine.add(release as any);
  return engine.finish();
}

export function flagsOf(flags: RedFlag[], code: string): RedFlag[] {
  return flags.filter((flag) => flag.code === code);
}

export type BidSpec = {
  tenderer: string;
  amount?: number;
  status?: string;
  lot?: string;
};

export type ProcessSpec = {
  ocid: string;
  buyer?: string;
  region?: string;
  method?: string;
  details?: string;
  rationale?: string;
  status?: string;
  published?: string;
  date?: string;
  codes?: string[];
  value?: number;
  bids?: BidSpec[];
  winner?: string;
  awardValue?: number;
  awardDate?: string;
  tenderers?: Json[];
  extra?: Json;
  tenderExtra?: Json;
};

export function party(id: string, roles: string[], extra: Json = {}): Json {
  return { id, name: id, roles, ...extra };
}

/** A compiled release of the shape the Kyrgyz portal publishes. */
export function process(spec: ProcessSpec): Json {
  const buyer = spec.buyer ?? 'buyer-1';
  const parties: Json[] = [
    party(buyer, ['buyer', 'procuringEntity'], {
      address: { region: spec.region ?? 'Чуйская область' },
    }),
    ...(spec.tenderers ?? []),
  ];
  const tender: Json = {
    id: spec.ocid,
    status: spec.status ?? 'complete',
    procurementMethod: spec.method ?? (spec.details === 'singleSource' ? 'direct' : 'open'),
    procurementMethodDetails: spec.details ?? 'oneStage',
    datePublished: spec.published ?? '2024-03-01T10:00:00+06:00',
    items: (spec.codes ?? ['30192700']).map((code, i) => ({
      id: `${spec.ocid}-item-${i}`,
      classification: { scheme: 'OKGZ', id: code },
    })),
    ...spec.tenderExtra,
  };
  if (spec.rationale !== undefined) tender.procurementMethodRationale = spec.rationale;
  if (spec.value !== undefined) tender.value = { amount: spec.value, currency: 'KGS' };
  if (spec.date !== undefined) tender.date = spec.date;
  const release: Json = {
    ocid: spec.ocid,
    id: `${spec.ocid}-1`,
    date: spec.date ?? spec.published ?? '2024-03-01T10:00:00+06:00',
    tag: ['compiled'],
    buyer: { id: buyer },
    parties,
    tender,
    ...spec.extra,
  };
  if (spec.bids !== undefined) {
    release.bids = {
      details: spec.bids.map((bid, i) => ({
        id: `${spec.ocid}-bid-${i}`,
        status: bid.status ?? 'valid',
        tenderers: [{ id: bid.tenderer }],
        ...(bid.lot === undefined
          ? bid.amount === undefined
            ? {}
            : { value: { amount: bid.amount, currency: 'KGS' } }
          : { relatedLots: [{ id: bid.lot, value: { amount: bid.amount, currency: 'KGS' } }] }),
      })),
    };
  }
  if (spec.winner !== undefined) {
    release.awards = [
      {
        id: `${spec.ocid}-award`,
        status: 'active',
        date: spec.awardDate ?? spec.published ?? '2024-03-10T10:00:00+06:00',
        value: { amount: spec.awardValue ?? spec.value ?? 100_000, currency: 'KGS' },
        suppliers: [{ id: spec.winner }],
      },
    ];
  }
  return release;
}
