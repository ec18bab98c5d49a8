import { LOCALES } from '../../../format/dates.ts';
import type { Language } from '../../../i18n/languages.ts';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Language, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}:${min}-${max}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * An amount in som from the API ("1536000.00") as digits only, for columns whose heading says
 * "som": "1 536 000"; the tyiyn only when there are any ("12 500,50").
 */
export function formatSom(amount: string, lang: Language): string {
  const whole = /\.0*$/.test(amount) || !amount.includes('.');
  return (whole ? formatter(lang, 0, 0) : formatter(lang, 2, 2)).format(amount as `${number}`);
}

/** The amount as a number, for drawing only; the text beside a drawing keeps the exact value. */
export const somValue = (amount: string): number => Number(amount);

export type CompactUnit = 'thousand' | 'million' | 'billion';

/**
 * A large amount shortened to fit a narrow column ("1,5" million): the number and its unit,
 * which the caller words in the reader's language. Below a thousand the number is written whole.
 */
export function compactSom(
  value: number,
  lang: Language,
): { value: string; unit: CompactUnit | null } {
  const f = formatter(lang, 0, 1);
  const abs = Math.abs(value);
  if (abs >= 1e9) return { value: f.format(value / 1e9), unit: 'billion' };
  if (abs >= 1e6) return { value: f.format(value / 1e6), unit: 'million' };
  if (abs >= 1e3) return { value: f.format(value / 1e3), unit: 'thousand' };
  return { value: f.format(value), unit: null };
}

/** An area or a share: up to two decimals, in the reader's digit style ("136", "12,5"). */
export const formatDecimal = (n: number, lang: Language): string => formatter(lang, 0, 2).format(n);
