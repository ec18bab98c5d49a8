import { formatMoney } from '../../../format/numbers.ts';
import type { Language } from '../../../i18n/languages.ts';

/**
 * Integer tyiyn (what the checks compute in) as a decimal som string, "1090314000" -> "10903140.00",
 * without floating point: 100 tyiyn make one som.
 */
export function somFromTyiyn(tyiyn: number): string {
  const sign = tyiyn < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(tyiyn));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** An amount in tyiyn written in som: "10 903 140 сом". */
export const formatTyiyn = (tyiyn: number, lang: Language): string =>
  formatMoney({ amount: somFromTyiyn(tyiyn), currency: 'KGS' }, lang);
