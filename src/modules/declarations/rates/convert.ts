import { parseAmount } from '../../../platform/money.ts';
import type { DeclarationContent } from '../content.ts';
import type { SubmittedContent, SubmittedMoney } from '../submitted.ts';
import type { FieldProblem } from '../validate.ts';
import type { RateTable } from './table.ts';

/**
 * Adds the value in som to every amount of a validated declaration, at the official rate of the
 * amount's own date: acquisitions, spending, gifts and loans at the day they happened; balances,
 * holdings, debts and the year's income at 31 December of the declaration year. An amount whose
 * currency had no rate on its date is a problem of that field.
 */
export function convertToSom(
  content: DeclarationContent,
  year: number,
  rates: RateTable,
): { content: SubmittedContent; problems: FieldProblem[] } {
  const yearEnd = `${year}-12-31`;
  const problems: FieldProblem[] = [];
  const som = (
    path: (string | number)[],
    money: { amount: string; currency: string },
    date: string,
  ): SubmittedMoney => {
    const tyiyn = parseAmount(money.amount) ?? 0n;
    const converted = rates.toSom(tyiyn, money.currency, date || yearEnd);
    if (converted === null) problems.push({ path: [...path, 'currency'], reason: 'rate_missing' });
    return { amount: money.amount, currency: money.currency, som: Number(converted ?? 0n) };
  };
  const converted: SubmittedContent = {
    ...content,
    relatives: content.relatives.map((r) => ({ ...r })),
    incomes: content.incomes.map((x, i) => ({
      ...x,
      amount: som(['incomes', i, 'amount'], x.amount, yearEnd),
    })),
    realEstate: content.realEstate.map((x, i) => ({
      ...x,
      price: x.price ? som(['realEstate', i, 'price'], x.price, x.acquiredOn) : null,
    })),
    vehicles: content.vehicles.map((x, i) => ({
      ...x,
      price: x.price ? som(['vehicles', i, 'price'], x.price, x.acquiredOn) : null,
    })),
    accounts: content.accounts.map((x, i) => ({
      ...x,
      balance: som(['accounts', i, 'balance'], x.balance, yearEnd),
    })),
    securities: content.securities.map((x, i) => ({
      ...x,
      value: som(['securities', i, 'value'], x.value, yearEnd),
    })),
    liabilities: content.liabilities.map((x, i) => ({
      ...x,
      outstanding: som(['liabilities', i, 'outstanding'], x.outstanding, yearEnd),
      receivedInYear: som(['liabilities', i, 'receivedInYear'], x.receivedInYear, x.receivedOn),
    })),
    loansGiven: content.loansGiven.map((x, i) => ({
      ...x,
      outstanding: som(['loansGiven', i, 'outstanding'], x.outstanding, yearEnd),
    })),
    spending: content.spending.map((x, i) => ({
      ...x,
      amount: som(['spending', i, 'amount'], x.amount, x.spentOn),
    })),
    gifts: content.gifts.map((x, i) => ({
      ...x,
      value: som(['gifts', i, 'value'], x.value, x.receivedOn),
    })),
  };
  return { content: converted, problems };
}
