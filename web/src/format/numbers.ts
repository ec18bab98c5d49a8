import type { Language } from '../i18n/languages.ts';
import { LOCALES } from './dates.ts';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Language, fractionDigits: [number, number]): Intl.NumberFormat {
  const key = `${lang}:${fractionDigits.join('-')}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: fractionDigits[0],
      maximumFractionDigits: fractionDigits[1],
    });
    formatters.set(key, f);
  }
  return f;
}

/** A score out of 100 with at most one decimal: "97,8" in Kyrgyz and Russian, "97.8" in English. */
export const formatScore = (score: number, lang: Language) => formatter(lang, [0, 1]).format(score);

/** A whole count with the digit grouping of the language. */
export const formatCount = (n: number, lang: Language) => formatter(lang, [0, 0]).format(n);

// The som sign (U+20C0) is missing from most fonts people have, so the word is written out.
const SOM: Record<Language, string> = { ky: 'сом', ru: 'сом', en: 'som' };

/**
 * An amount from the API ("1082469.50", never a float) with its currency: "1 082 469,50 сом";
 * whole amounts without the tyiyn. Other currencies keep their ISO code.
 */
export function formatMoney(money: { amount: string; currency: string }, lang: Language): string {
  const amount = money.amount as `${number}`;
  const digits: [number, number] = /\.0*$/.test(amount) || !amount.includes('.') ? [0, 0] : [2, 2];
  const number = formatter(lang, digits).format(amount);
  return money.currency === 'KGS' ? `${number} ${SOM[lang]}` : `${number} ${money.currency}`;
}

const SIZE_UNITS: Record<Language, [string, string, string]> = {
  ky: ['байт', 'КБ', 'МБ'],
  ru: ['байт', 'КБ', 'МБ'],
  en: ['bytes', 'KB', 'MB'],
};

/** A file size in bytes, KB or MB (1 KB = 1024 bytes). */
export function formatFileSize(bytes: number, lang: Language): string {
  const [b, kb, mb] = SIZE_UNITS[lang];
  if (bytes < 1024) return `${formatCount(bytes, lang)} ${b}`;
  if (bytes < 1024 * 1024) return `${formatter(lang, [0, 1]).format(bytes / 1024)} ${kb}`;
  return `${formatter(lang, [0, 1]).format(bytes / (1024 * 1024))} ${mb}`;
}
