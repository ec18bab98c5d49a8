import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { parseAmount } from '../../../platform/money.ts';
import type { RegistryOrigin } from '../content.ts';
import { change, joinTexts, num, REGISTRY, who } from './explain.ts';
import { finding, type Rule } from './rule.ts';
import type { Finding, Severity } from './types.ts';

/**
 * Descriptive fields: correcting them (a typo in an address, a model name) changes nothing at
 * stake, so the finding is "info"; any other corrected field (area, share, kind, dates, price,
 * year, owner) makes it "low".
 */
const DESCRIPTIVE: ReadonlySet<string> = new Set([
  'address',
  'make',
  'model',
  'registrationNumber',
  'issuer',
]);

/**
 * registry.prefill_corrected: an item pre-filled from a registry (it has `origin`) whose current
 * values differ from what the registry said at pre-fill time. The issue asks that every difference
 * be kept as a finding; correcting the registry openly is not suspicious in itself, hence the low
 * severity, but the verifier sees each one.
 */
export const prefillCorrected: Rule = (f, _s, out) => {
  const c = f.content;
  const rel = c.relatives;
  for (const x of c.realEstate) if (x.origin) compare('realEstate', x, x.origin, rel, out);
  for (const x of c.vehicles) if (x.origin) compare('vehicles', x, x.origin, rel, out);
  for (const x of c.securities) if (x.origin) compare('securities', x, x.origin, rel, out);
};

function compare(
  section: string,
  item: { id: string },
  origin: RegistryOrigin,
  relatives: readonly { id: string; relation: string }[],
  out: Finding[],
) {
  let parts: LocalizedText[] | null = null;
  let severity: Severity = 'info';
  for (const key in origin.original) {
    const before = origin.original[key] ?? null;
    const now = comparable(valueAt(item, key), before);
    if (same(before, now)) continue;
    if (parts === null) parts = [];
    parts.push(
      key === 'owner'
        ? change(key, who(String(before), relatives), who(String(now), relatives))
        : key === 'price.amount'
          ? change(key, amountShown(before), amountShown(now))
          : change(key, before, now),
    );
    if (!DESCRIPTIVE.has(key)) severity = 'low';
  }
  if (!parts) return;
  const what = joinTexts(parts);
  const from = REGISTRY[origin.registry] ?? {
    ky: origin.registry,
    ru: origin.registry,
    en: origin.registry,
  };
  out.push(
    finding(
      'registry.prefill_corrected',
      severity,
      null,
      [
        `${section}:${item.id}`,
        `registry:${section === 'securities' ? 'companyRoles' : section}:${origin.recordId}`,
      ],
      {
        ky: `Декларант реестрден (${from.ky}, ${origin.recordId}) алдын ала толтурулган маалыматты оңдогон (реестр → декларация): ${what.ky}.`,
        ru: `Декларант исправил сведения, заполненные из реестра (${from.ru}, ${origin.recordId}) (реестр → декларация): ${what.ru}.`,
        en: `The declarant corrected values pre-filled from the registry (${from.en}, ${origin.recordId}) (registry → declaration): ${what.en}.`,
      },
    ),
  );
}

/** "1500000.00" as 1 500 000 (the currency is its own field); anything else as given. */
function amountShown(value: unknown): unknown {
  const tyiyn = typeof value === 'string' ? parseAmount(value) : null;
  return tyiyn === null ? value : num(Number(tyiyn) / 100);
}

/** An item's field by the key pre-fill used: "area", or a path such as "price.amount". */
function valueAt(item: object, key: string): unknown {
  const values = item as Record<string, unknown>;
  const dot = key.indexOf('.');
  if (dot < 0) return values[key];
  const inner = values[key.slice(0, dot)];
  return inner && typeof inner === 'object'
    ? (inner as Record<string, unknown>)[key.slice(dot + 1)]
    : undefined;
}

/**
 * The item's value in the registry's terms: money as its amount (the registry keeps the amount as
 * a string), with the currency when the original carried one ("1000 USD").
 */
function comparable(value: unknown, original: unknown): unknown {
  if (value && typeof value === 'object' && 'amount' in value && 'currency' in value) {
    const m = value as { amount: string; currency: string };
    return typeof original === 'string' && original.includes(' ')
      ? `${m.amount} ${m.currency}`
      : m.amount;
  }
  return value ?? null;
}

/** Blank is blank whatever its spelling; numbers and their text compare equal ("54.20" and 54.2). */
function same(a: unknown, b: unknown): boolean {
  const blankA = a === null || a === undefined || a === '';
  const blankB = b === null || b === undefined || b === '';
  if (blankA || blankB) return blankA && blankB;
  const sa = String(a).trim();
  const sb = String(b).trim();
  if (sa === sb) return true;
  const na = Number(sa);
  const nb = Number(sb);
  return !Number.isNaN(na) && !Number.isNaN(nb) && na === nb;
}

/** The declarant changed this field after pre-fill (so it is reported as prefill_corrected). */
export function correctedAfterPrefill(
  item: { origin?: RegistryOrigin | undefined },
  key: string,
): boolean {
  const original = item.origin?.original;
  if (!original || !(key in original)) return false;
  const before = original[key] ?? null;
  return !same(before, comparable(valueAt(item, key), before));
}
