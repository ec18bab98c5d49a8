import { parseAmount } from '../../platform/money.ts';
import { DECLARANT, type DeclarationContent } from './content.ts';

/** Why a field's value is refused; the form translates the reason next to the field. */
export type ProblemReason =
  | 'required'
  | 'amount_invalid'
  | 'negative'
  | 'currency_unknown'
  | 'date_invalid'
  | 'date_future'
  | 'date_too_old'
  | 'share_range'
  | 'area_range'
  | 'year_made_range'
  | 'owner_unknown'
  | 'duplicate_id'
  | 'pin_invalid'
  | 'country_invalid'
  | 'rate_missing';

export interface FieldProblem {
  /** Path of the field in the declaration content, e.g. ["realEstate", 2, "area"]. */
  path: (string | number)[];
  reason: ProblemReason;
}

export interface ValidationContext {
  /** The declaration year. */
  year: number;
  /** Today in Asia/Bishkek, yyyy-mm-dd: nothing can be acquired after it. */
  today: string;
  /** Currencies the rates table knows; KGS always. */
  currencies: ReadonlySet<string>;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PIN = /^[12]\d{13}$/;
/** The largest area anyone declares in good faith is far below this; a typo is not. */
const MAX_AREA = 10_000_000;
/** 10^13 som: keeps tyiyn exact as numbers in the checks. */
const MAX_TYIYN = 10n ** 15n;

/**
 * Every problem of every field, in form order; empty when the declaration may be submitted.
 * Pure: the service supplies today and the known currencies.
 */
export function validateContent(
  content: DeclarationContent,
  ctx: ValidationContext,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = (path: (string | number)[], reason: ProblemReason) => problems.push({ path, reason });
  const owners = new Set<string>([DECLARANT]);
  const ids = new Set<string>();

  const checkId = (path: (string | number)[], id: string) => {
    if (ids.has(id)) at([...path, 'id'], 'duplicate_id');
    ids.add(id);
  };
  const checkText = (path: (string | number)[], value: string) => {
    if (value.trim() === '') at(path, 'required');
  };
  const checkDate = (path: (string | number)[], value: string, required: boolean) => {
    if (value === '') {
      if (required) at(path, 'required');
      return;
    }
    const m = ISO_DATE.exec(value);
    const d = m ? new Date(`${value}T00:00:00Z`) : null;
    if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
      at(path, 'date_invalid');
    } else if (value > ctx.today) at(path, 'date_future');
    else if (value < '1900-01-01') at(path, 'date_too_old');
  };
  const checkMoney = (path: (string | number)[], money: { amount: string; currency: string }) => {
    if (money.amount.trim() === '') at([...path, 'amount'], 'required');
    else {
      const tyiyn = parseAmount(money.amount);
      if (tyiyn === null || tyiyn >= MAX_TYIYN || tyiyn <= -MAX_TYIYN)
        at([...path, 'amount'], 'amount_invalid');
      else if (tyiyn < 0n) at([...path, 'amount'], 'negative');
    }
    if (money.currency !== 'KGS' && !ctx.currencies.has(money.currency)) {
      at([...path, 'currency'], 'currency_unknown');
    }
  };
  const checkOwner = (path: (string | number)[], owner: string) => {
    if (!owners.has(owner)) at([...path, 'owner'], 'owner_unknown');
  };
  const checkCountry = (path: (string | number)[], value: string) => {
    if (!/^[A-Z]{2}$/.test(value)) at(path, 'country_invalid');
  };

  content.relatives.forEach((r, i) => {
    const p = ['relatives', i];
    checkId(p, r.id);
    owners.add(r.id);
    checkText([...p, 'fullName'], r.fullName);
    if (r.pin !== undefined && r.pin !== '' && !PIN.test(r.pin)) at([...p, 'pin'], 'pin_invalid');
    checkDate([...p, 'birthDate'], r.birthDate, true);
  });
  content.incomes.forEach((x, i) => {
    const p = ['incomes', i];
    checkId(p, x.id);
    checkOwner(p, x.owner);
    checkText([...p, 'source'], x.source);
    checkMoney([...p, 'amount'], x.amount);
  });
  content.realEstate.forEach((x, i) => {
    const p = ['realEstate', i];
    checkId(p, x.id);
    checkOwner(p, x.owner);
    if (!Number.isFinite(x.area) || x.area <= 0 || x.area > MAX_AREA)
      at([...p, 'area'], 'area_range');
    if (!Number.isFinite(x.sharePercent) || x.sharePercent <= 0 || x.sharePercent > 100) {
      at([...p, 'sharePercent'], 'share_range');
    }
    checkText([...p, 'address'], x.address);
    checkCountry([...p, 'country'], x.country);
    checkDate([...p, 'acquiredOn'], x.acquiredOn, true);
    if (x.price) checkMoney([...p, 'price'], x.price);
  });
  content.vehicles.forEach((x, i) => {
    const p = ['vehicles', i];
    checkId(p, x.id);
    checkOwner(p, x.owner);
    checkText([...p, 'make'], x.make);
    const thisYear = Number(ctx.today.slice(0, 4));
    if (!Number.isInteger(x.yearMade) || x.yearMade < 1900 || x.yearMade > thisYear + 1) {
      at([...p, 'yearMade'], 'year_made_range');
    }
    checkCountry([...p, 'country'], x.country);
    checkDate([...p, 'acquiredOn'], x.acquiredOn, true);
    if (x.price) checkMoney([...p, 'price'], x.price);
  });
  content.accounts.forEach((x, i) => {
    const p = ['accounts', i];
    checkId(p, x.id);
    checkOwner(p, x.owner);
    if (x.kind !== 'cash') checkText([...p, 'institution'], x.institution);
    checkCountry([...p, 'country'], x.country);
    checkMoney([...p, 'balance'], x.balance);
  });
  content.securities.forEach((x, i) => {
    const p = ['securities', i];
    checkId(p, x.id);
    checkOwner(p, x.owner);
    checkText([...p, 'issuer'], x.issuer);
    if (
      x.sharePercent !== null &&
      (!Number.isFinite(x.sharePercent) || x.sharePercent <= 0 || x.sharePercent > 100)
    ) {
      at([...p, 'sharePercent'], 'share_range');
    }
    checkCountry([...p, 'country'], x.country);
    checkMoney([...p, 'value'], x.value);
  });
  content.liabilities.forEach((x, i) => {
    const p = ['liabilities', i];
    checkId(p, x.id);
    checkOwner(p, x.owner);
    checkText([...p, 'creditor'], x.creditor);
    checkMoney([...p, 'outstanding'], x.outstanding);
    checkMoney([...p, 'receivedInYear'], x.receivedInYear);
    checkDate([...p, 'receivedOn'], x.receivedOn, true);
  });
  content.loansGiven.forEach((x, i) => {
    const p = ['loansGiven', i];
    checkId(p, x.id);
    checkOwner(p, x.owner);
    checkText([...p, 'borrower'], x.borrower);
    checkMoney([...p, 'outstanding'], x.outstanding);
    checkDate([...p, 'givenOn'], x.givenOn, true);
  });
  content.spending.forEach((x, i) => {
    const p = ['spending', i];
    checkId(p, x.id);
    checkOwner(p, x.owner);
    checkText([...p, 'description'], x.description);
    checkMoney([...p, 'amount'], x.amount);
    checkDate([...p, 'spentOn'], x.spentOn, true);
  });
  content.gifts.forEach((x, i) => {
    const p = ['gifts', i];
    checkId(p, x.id);
    checkOwner(p, x.owner);
    checkText([...p, 'description'], x.description);
    checkMoney([...p, 'value'], x.value);
    checkDate([...p, 'receivedOn'], x.receivedOn, true);
  });
  const stated = content.statedTotals?.income;
  if (stated !== undefined && stated !== '' && parseAmount(stated) === null) {
    at(['statedTotals', 'income'], 'amount_invalid');
  }
  return problems;
}
