import type { TFunction } from 'i18next';
import type { IndicatorUnit } from '../../../api/types.ts';
import { LOCALES } from '../../../format/dates.ts';
import { formatCount, formatMoney } from '../../../format/numbers.ts';
import type { Language } from '../../../i18n/languages.ts';

// Unit words ("22 күн", "22 дня") come from the language's own plural rules.
const UNIT_LOCALES: Record<Language, string> = { ky: 'ky-KG', ru: 'ru-RU', en: 'en-GB' };

const formatters = new Map<string, Intl.NumberFormat>();
function cached(key: string, make: () => Intl.NumberFormat) {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** A share in percent as the language writes it: "31,7 %" in Kyrgyz and Russian, "31.7%" in English. */
export const formatPercent = (value: number, language: Language) =>
  cached(
    `percent:${language}`,
    () =>
      new Intl.NumberFormat(LOCALES[language], {
        style: 'unit',
        unit: 'percent',
        maximumFractionDigits: 1,
      }),
  ).format(value);

/**
 * An indicator value as its unit writes it: "45,5 %", "1 200", "Ооба"/"Жок", "126-орун",
 * "1 000 000 сом", "14 күн".
 */
export function formatIndicatorValue(
  value: number,
  unit: IndicatorUnit,
  language: Language,
  t: TFunction,
): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, language);
    case 'yes_no':
      return value >= 1 ? t('common.yes') : t('common.no');
    case 'rank':
      return t('dashboard.indicators.rank', { value: formatCount(value, language) });
    case 'som':
      return formatMoney({ amount: value.toFixed(2), currency: 'KGS' }, language);
    case 'days':
      return cached(
        `days:${language}`,
        () =>
          new Intl.NumberFormat(UNIT_LOCALES[language], {
            style: 'unit',
            unit: 'day',
            unitDisplay: 'long',
            maximumFractionDigits: 1,
          }),
      ).format(value);
    default:
      return cached(
        `count:${language}`,
        () => new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }),
      ).format(value);
  }
}
