import { DECLARANT } from '../content.ts';
import type { SubmittedContent } from '../submitted.ts';
import { num, som } from './explain.ts';
import { knownOwner } from './facts.ts';
import { finding, type Rule } from './rule.ts';

/** A share sum within this of 100 is rounding (three owners of 33.33 %), not an error. */
const SHARE_EPSILON = 0.01;

/**
 * logic.shares_over_100: the family's shares of one property (same cadastral number) or of one
 * company (same issuer id) add up to more than 100 %. Quadratic over a section, but sections are
 * a handful of items and this allocates nothing for the usual declaration.
 */
export const sharesOver100: Rule = (f, _s, out) => {
  const estates = f.content.realEstate;
  for (let i = 0; i < estates.length; i++) {
    const key = estates[i]!.registryId;
    if (!key) continue;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = estates[j]!.registryId === key;
    if (seen) continue;
    let total = 0;
    for (let j = i; j < estates.length; j++) {
      if (estates[j]!.registryId === key) total += estates[j]!.sharePercent;
    }
    if (total <= 100 + SHARE_EPSILON) continue;
    const records: string[] = [];
    for (const e of estates) if (e.registryId === key) records.push(`realEstate:${e.id}`);
    out.push(overShares(total, key, records));
  }
  const securities = f.content.securities;
  for (let i = 0; i < securities.length; i++) {
    const key = securities[i]!.issuerId;
    if (!key) continue;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = securities[j]!.issuerId === key;
    if (seen) continue;
    let total = 0;
    for (let j = i; j < securities.length; j++) {
      const x = securities[j]!;
      if (x.issuerId === key && x.sharePercent !== null) total += x.sharePercent;
    }
    if (total <= 100 + SHARE_EPSILON) continue;
    const records: string[] = [];
    for (const x of securities) if (x.issuerId === key) records.push(`securities:${x.id}`);
    out.push(overShares(total, key, records));
  }
};

function overShares(total: number, key: string, records: string[]) {
  const t = num(total);
  return finding('logic.shares_over_100', 'medium', null, records, {
    ky: `${key} боюнча үй-бүлөнүн үлүштөрүнүн суммасы ${t.ky} %, 100 %дан ашат.`,
    ru: `Сумма долей семьи в ${key} составляет ${t.ru} %, больше 100 %.`,
    en: `The family's shares of ${key} add up to ${t.en} %, more than 100 %.`,
  });
}

/** Dated items: section, the date field's value and the amount at stake. */
type Dated = { id: string; date: string; som: number | null };
const DATED: readonly [string, (c: SubmittedContent) => Iterable<Dated>][] = [
  [
    'realEstate',
    (c) => c.realEstate.map((x) => ({ id: x.id, date: x.acquiredOn, som: x.price?.som ?? null })),
  ],
  [
    'vehicles',
    (c) => c.vehicles.map((x) => ({ id: x.id, date: x.acquiredOn, som: x.price?.som ?? null })),
  ],
  [
    'liabilities',
    (c) => c.liabilities.map((x) => ({ id: x.id, date: x.receivedOn, som: x.receivedInYear.som })),
  ],
  [
    'loansGiven',
    (c) => c.loansGiven.map((x) => ({ id: x.id, date: x.givenOn, som: x.outstanding.som })),
  ],
  ['spending', (c) => c.spending.map((x) => ({ id: x.id, date: x.spentOn, som: x.amount.som }))],
  ['gifts', (c) => c.gifts.map((x) => ({ id: x.id, date: x.receivedOn, som: x.value.som }))],
];

/**
 * logic.date_after_year: an item dated after 31 December of the declaration year belongs to a
 * later declaration. The fast path reads the dates without building anything; only a
 * declaration that has such a date walks the sections again to report them.
 */
export const dateAfterYear: Rule = (f, _s, out) => {
  const c = f.content;
  const end = f.yearEnd;
  let any = false;
  for (const x of c.realEstate) if (x.acquiredOn > end) any = true;
  for (const x of c.vehicles) if (x.acquiredOn > end) any = true;
  for (const x of c.liabilities) if (x.receivedOn > end) any = true;
  for (const x of c.loansGiven) if (x.givenOn > end) any = true;
  for (const x of c.spending) if (x.spentOn > end) any = true;
  for (const x of c.gifts) if (x.receivedOn > end) any = true;
  if (!any) return;
  for (const [section, items] of DATED) {
    for (const x of items(c)) {
      if (x.date <= end) continue;
      const amount = x.som === null ? null : som(x.som);
      const ky = amount ? ` (${amount.ky})` : '';
      const ru = amount ? ` (${amount.ru})` : '';
      const en = amount ? ` (${amount.en})` : '';
      out.push(
        finding('logic.date_after_year', 'low', x.som, [`${section}:${x.id}`], {
          ky: `Күнү ${x.date}${ky} ${f.year}-жылдын аягынан (${end}) кийин: бул декларациялык жылга кирбейт.`,
          ru: `Дата ${x.date}${ru} позже конца ${f.year} года (${end}): она не относится к отчётному году.`,
          en: `The date ${x.date}${en} is after the end of ${f.year} (${end}): it is outside the declaration year.`,
        }),
      );
    }
  }
};

type Owned = { id: string; owner: string; som: number | null };
const OWNED: readonly [string, (c: SubmittedContent) => Owned[]][] = [
  ['incomes', (c) => c.incomes.map((x) => ({ id: x.id, owner: x.owner, som: x.amount.som }))],
  [
    'realEstate',
    (c) => c.realEstate.map((x) => ({ id: x.id, owner: x.owner, som: x.price?.som ?? null })),
  ],
  [
    'vehicles',
    (c) => c.vehicles.map((x) => ({ id: x.id, owner: x.owner, som: x.price?.som ?? null })),
  ],
  ['accounts', (c) => c.accounts.map((x) => ({ id: x.id, owner: x.owner, som: x.balance.som }))],
  ['securities', (c) => c.securities.map((x) => ({ id: x.id, owner: x.owner, som: x.value.som }))],
  [
    'liabilities',
    (c) => c.liabilities.map((x) => ({ id: x.id, owner: x.owner, som: x.outstanding.som })),
  ],
  [
    'loansGiven',
    (c) => c.loansGiven.map((x) => ({ id: x.id, owner: x.owner, som: x.outstanding.som })),
  ],
  ['spending', (c) => c.spending.map((x) => ({ id: x.id, owner: x.owner, som: x.amount.som }))],
  ['gifts', (c) => c.gifts.map((x) => ({ id: x.id, owner: x.owner, som: x.value.som }))],
];

/**
 * logic.unknown_owner: an item whose owner is neither the declarant nor one of the declared
 * relatives. Same fast path as the dates: nothing is built unless an owner is unknown.
 */
export const unknownOwner: Rule = (f, _s, out) => {
  const c = f.content;
  let any = false;
  for (const x of c.incomes) if (!knownOwner(f, x.owner)) any = true;
  for (const x of c.realEstate) if (!knownOwner(f, x.owner)) any = true;
  for (const x of c.vehicles) if (!knownOwner(f, x.owner)) any = true;
  for (const x of c.accounts) if (!knownOwner(f, x.owner)) any = true;
  for (const x of c.securities) if (!knownOwner(f, x.owner)) any = true;
  for (const x of c.liabilities) if (!knownOwner(f, x.owner)) any = true;
  for (const x of c.loansGiven) if (!knownOwner(f, x.owner)) any = true;
  for (const x of c.spending) if (!knownOwner(f, x.owner)) any = true;
  for (const x of c.gifts) if (!knownOwner(f, x.owner)) any = true;
  if (!any) return;
  for (const [section, items] of OWNED) {
    for (const x of items(c)) {
      if (knownOwner(f, x.owner)) continue;
      const amount = x.som === null ? null : som(x.som);
      const ky = amount ? `, суммасы ${amount.ky}` : '';
      const ru = amount ? `, сумма ${amount.ru}` : '';
      const en = amount ? `, amount ${amount.en}` : '';
      out.push(
        finding('logic.unknown_owner', 'medium', x.som, [`${section}:${x.id}`], {
          ky: `Ээси «${x.owner}» декларант да, декларацияланган тууган да эмес${ky}.`,
          ru: `Владелец «${x.owner}» не является ни декларантом, ни указанным родственником${ru}.`,
          en: `The owner "${x.owner}" is neither the declarant nor a declared relative${en}.`,
        }),
      );
    }
  }
};

/** logic.no_salary: the declarant holds a post but declares no salary from it. */
export const noSalary: Rule = (f, _s, out) => {
  for (const x of f.content.incomes) if (x.owner === DECLARANT && x.kind === 'salary') return;
  out.push(
    finding('logic.no_salary', 'low', null, [], {
      ky: 'Декларант кызмат ордунан эмгек акы көрсөткөн эмес.',
      ru: 'Декларант не указал заработную плату по должности.',
      en: 'The declarant declares no salary from the post.',
    }),
  );
};
