import type { Money } from '../../../api/types.ts';
import type { Language } from '../../../i18n/languages.ts';

/**
 * How much of the planned budget has been spent, in percent (over 100 when overspent); null when
 * there is nothing to compare: no executed or planned budget, a zero plan, or other currencies.
 */
export function executedShare(planned: Money | null, executed: Money | null): number | null {
  if (!planned || !executed || planned.currency !== executed.currency) return null;
  const plan = Number(planned.amount);
  return plan > 0 ? (Number(executed.amount) / plan) * 100 : null;
}

/** An API amount ("75000.50") as a person types it back: "75000,50" in Kyrgyz and Russian. */
export function amountForInput(money: Money | null, language: Language): string {
  if (!money) return '';
  const plain = money.amount.replace(/\.00$/, '');
  return language === 'en' ? plain : plain.replace('.', ',');
}
