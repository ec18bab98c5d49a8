import { LOCALES } from '../../format/dates.ts';
import { formatScore } from '../../format/numbers.ts';
import type { Language } from '../../i18n/languages.ts';

/** A share 0..1 as a percentage with at most one decimal: "41,7%". */
export const formatShare = (share: number, language: Language) =>
  `${formatScore(Math.round(share * 1000) / 10, language)}%`;

const plain = new Map<Language, Intl.NumberFormat>();

/** A flag's value or threshold as the engines give it: up to four decimals, grouped digits. */
export function formatFlagNumber(value: number, language: Language): string {
  let f = plain.get(language);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 4 });
    plain.set(language, f);
  }
  return f.format(value);
}
