import { z } from 'zod';
import type { CompiledRelease } from './release.ts';

/** ISO 4217 codes as the ICU data in Node knows them (Intl.supportedValuesOf). */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

const dateTime = z
  .string()
  .refine((text) => !Number.isNaN(Date.parse(text)), 'a date-time such as 2024-03-01T09:00:00Z');

const value = z.looseObject({
  amount: z.number().finite().nullish(),
  currency: z
    .string()
    .refine((code) => CURRENCIES.has(code), 'an ISO 4217 currency code such as KGS')
    .nullish(),
});

const period = z.looseObject({ startDate: dateTime.nullish(), endDate: dateTime.nullish() });
const id = z.union([z.string().min(1), z.number()]);
const reference = z.looseObject({ id: id.optional(), name: z.string().nullish() });
const party = z.looseObject({
  id,
  name: z.string().nullish(),
  roles: z.array(z.string()).nullish(),
});

/**
 * What a release must be for the platform to store it: the fields it reads have the types OCDS
 * gives them (unknown fields pass through untouched). A release that fails is refused whole,
 * with every problem named by its path, so nothing half-right is stored.
 */
const releaseSchema = z.looseObject({
  ocid: z.string().regex(/^ocds-[a-z0-9]{6}-\S+$/, 'an OCID such as ocds-h7i0z4-123'),
  id,
  date: dateTime.nullish(),
  tag: z.array(z.string()).nullish(),
  buyer: reference.nullish(),
  parties: z.array(party).nullish(),
  planning: z
    .looseObject({ budget: z.looseObject({ amount: value.nullish() }).nullish() })
    .nullish(),
  tender: z
    .looseObject({
      status: z.string().nullish(),
      procurementMethod: z.string().nullish(),
      procurementMethodDetails: z.string().nullish(),
      value: value.nullish(),
      tenderPeriod: period.nullish(),
      awardPeriod: period.nullish(),
      datePublished: dateTime.nullish(),
      procuringEntity: reference.nullish(),
      tenderers: z.array(reference).nullish(),
      lots: z.array(z.looseObject({ value: value.nullish() })).nullish(),
      items: z.array(z.looseObject({})).nullish(),
    })
    .nullish(),
  bids: z
    .looseObject({
      details: z
        .array(
          z.looseObject({
            id: id.optional(),
            date: dateTime.nullish(),
            status: z.string().nullish(),
            value: value.nullish(),
            tenderers: z.array(reference).nullish(),
          }),
        )
        .nullish(),
    })
    .nullish(),
  awards: z
    .array(
      z.looseObject({
        id,
        status: z.string().nullish(),
        date: dateTime.nullish(),
        value: value.nullish(),
        suppliers: z.array(reference).nullish(),
      }),
    )
    .nullish(),
  contracts: z
    .array(
      z.looseObject({
        id,
        status: z.string().nullish(),
        value: value.nullish(),
        dateSigned: dateTime.nullish(),
      }),
    )
    .nullish(),
});

export type ReleaseCheck = { ok: true; release: CompiledRelease } | { ok: false; problem: string };

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Checks one parsed release; the problem lists every wrong field by its path. */
export function checkRelease(candidate: unknown): ReleaseCheck {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    return { ok: false, problem: 'not a JSON object' };
  }
  const parsed = releaseSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, release: candidate as CompiledRelease };
  const problems = parsed.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.join('.');
    const missing = valueAt(candidate, issue.path) === undefined;
    return `${path || 'release'}: ${missing ? 'missing' : issue.message}`;
  });
  const more = parsed.error.issues.length - problems.length;
  return { ok: false, problem: problems.join('; ') + (more > 0 ? `; and ${more} more` : '') };
}
