import { formatScore } from '../../format/numbers.ts';
import type { Language } from '../../i18n/languages.ts';

/** A share in percent with at most one decimal: "91,3%" in Kyrgyz and Russian, "91.3%" in English. */
export const formatPercent = (value: number, language: Language) =>
  `${formatScore(value, language)}%`;

/** part of whole in percent, one decimal; null when the whole is zero. */
export const percentOf = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
