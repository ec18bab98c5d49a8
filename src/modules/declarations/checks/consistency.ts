import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { parseAmount } from '../../../platform/money.ts';
import type { SubmittedMoney } from '../submitted.ts';
import { change, joinTexts, som } from './explain.ts';
import { finding, type Rule } from './rule.ts';
import type { Finding, Severity } from './types.ts';

/** What consistency compares of a property or vehicle, whichever section it is in. */
interface Held {
  id: string;
  registryId?: string | undefined;
  acquiredOn: string;
  price: SubmittedMoney | null;
}

/**
 * Consistency with last year's declaration (only when it is for the year just before):
 * - consistency.property_disappeared: real estate or a vehicle declared last year is missing
 *   this year and no income from a property sale explains it;
 * - consistency.property_changed: the same item now has another acquisition date or price.
 * Items match by registry id, else by kind + address (real estate) or make + model (vehicles),
 * compared trimmed and case-insensitively; each current item matches one previous item at most.
 */
export const consistency: Rule = (f, _s, out) => {
  const prev = f.previous;
  if (!prev) return;
  const c = f.content;
  let sold = false;
  for (const x of c.incomes) if (x.kind === 'property_sale') sold = true;
  compare('realEstate', prev.realEstate, c.realEstate, estateKey, sold, out);
  compare('vehicles', prev.vehicles, c.vehicles, vehicleKey, sold, out);
};

const estateKey = (x: { kind: string; address: string }) =>
  `${x.kind}|${x.address.trim().toLowerCase()}`;
const vehicleKey = (x: { make: string; model: string }) =>
  `${x.make.trim().toLowerCase()}|${x.model.trim().toLowerCase()}`;

function compare<T extends Held>(
  section: 'realEstate' | 'vehicles',
  before: readonly T[],
  now: readonly T[],
  keyOf: (x: T) => string,
  sold: boolean,
  out: Finding[],
) {
  if (before.length === 0) return;
  const taken = new Uint8Array(now.length);
  let nowKeys: string[] | null = null;
  for (const p of before) {
    let at = -1;
    if (p.registryId) {
      for (let i = 0; i < now.length && at < 0; i++) {
        if (!taken[i] && now[i]!.registryId === p.registryId) at = i;
      }
    }
    if (at < 0) {
      nowKeys ??= now.map(keyOf);
      const key = keyOf(p);
      for (let i = 0; i < now.length && at < 0; i++) {
        // An item with another registry id is another property, whatever its address says.
        const other = p.registryId && now[i]!.registryId && now[i]!.registryId !== p.registryId;
        if (!taken[i] && !other && nowKeys[i] === key) at = i;
      }
    }
    if (at < 0) {
      if (!sold) out.push(disappeared(section, p));
      continue;
    }
    taken[at] = 1;
    const changed = changedFinding(section, p, now[at]!);
    if (changed) out.push(changed);
  }
}

const WHAT: Record<'realEstate' | 'vehicles', LocalizedText> = {
  realEstate: { ky: 'Кыймылсыз мүлк', ru: 'Недвижимость', en: 'Real estate' },
  vehicles: { ky: 'Транспорт каражаты', ru: 'Транспортное средство', en: 'A vehicle' },
};

function disappeared(section: 'realEstate' | 'vehicles', p: Held): Finding {
  const w = WHAT[section];
  const price = p.price ? som(p.price.som) : null;
  const pky = price ? ` (алынган баасы ${price.ky})` : '';
  const pru = price ? ` (цена приобретения ${price.ru})` : '';
  const pen = price ? ` (acquired for ${price.en})` : '';
  return finding(
    'consistency.property_disappeared',
    'medium',
    p.price?.som ?? null,
    [`previous:${section}:${p.id}`],
    {
      ky: `${w.ky}${pky} мурунку жылдын декларациясында бар эле, быйыл жок, бирок мүлктү сатуудан киреше көрсөтүлгөн эмес.`,
      ru: `В этой декларации нет того, что было в декларации за прошлый год: ${w.ru.toLowerCase()}${pru}; дохода от продажи имущества не указано.`,
      en: `${w.en}${pen} was declared last year and is missing this year, with no income from a property sale.`,
    },
  );
}

function samePrice(a: SubmittedMoney | null, b: SubmittedMoney | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.currency !== b.currency) return a.som === b.som;
  return a.amount === b.amount || parseAmount(a.amount) === parseAmount(b.amount);
}

function changedFinding(section: 'realEstate' | 'vehicles', p: Held, n: Held): Finding | null {
  const dateChanged = p.acquiredOn !== n.acquiredOn;
  const priceChanged = !samePrice(p.price, n.price);
  if (!dateChanged && !priceChanged) return null;
  // Filling in what was blank last year is a correction; changing a stated value is not.
  const bothDated = p.acquiredOn !== '' && n.acquiredOn !== '';
  const bothPriced = p.price !== null && n.price !== null;
  const severity: Severity =
    (dateChanged && bothDated) || (priceChanged && bothPriced) ? 'medium' : 'low';
  const parts: LocalizedText[] = [];
  if (dateChanged) parts.push(change('acquiredOn', p.acquiredOn, n.acquiredOn));
  if (priceChanged) {
    parts.push(change('price', p.price && som(p.price.som), n.price && som(n.price.som)));
  }
  const w = WHAT[section];
  const amount = bothPriced && priceChanged ? Math.abs(p.price!.som - n.price!.som) : null;
  if (amount !== null) {
    const d = som(amount);
    parts.push({ ky: `айырмасы ${d.ky}`, ru: `разница ${d.ru}`, en: `a difference of ${d.en}` });
  }
  const what = joinTexts(parts);
  return finding(
    'consistency.property_changed',
    severity,
    amount,
    [`${section}:${n.id}`, `previous:${section}:${p.id}`],
    {
      ky: `${w.ky} мурунку жылдын декларациясына салыштырмалуу өзгөргөн: ${what.ky}.`,
      ru: `Сведения (${w.ru.toLowerCase()}) изменились по сравнению с декларацией за прошлый год: ${what.ru}.`,
      en: `${w.en} changed since last year's declaration: ${what.en}.`,
    },
  );
}
