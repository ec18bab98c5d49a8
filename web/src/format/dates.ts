import type { Language } from '../i18n/languages.ts';

const TIME_ZONE = 'Asia/Bishkek';

/**
 * Kyrgyz and Russian use the day.month.year digits usual in Kyrgyzstan (browsers' Kyrgyz
 * calendar data is thin); English gets "25 Nov 2026".
 */
export const LOCALES: Record<Language, string> = { ky: 'ru-RU', ru: 'ru-RU', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Language, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    const date: Intl.DateTimeFormatOptions =
      lang === 'en'
        ? { day: 'numeric', month: 'short', year: 'numeric' }
        : { day: '2-digit', month: '2-digit', year: 'numeric' };
    const time: Intl.DateTimeFormatOptions = withTime
      ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
      : {};
    f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: TIME_ZONE, ...date, ...time });
    formatters.set(key, f);
  }
  return f;
}

function format(iso: string | null | undefined, lang: Language, withTime: boolean): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter(lang, withTime).format(date);
}

/** A UTC timestamp shown as date and time in Bishkek. */
export const formatDateTime = (iso: string | null | undefined, lang: Language) =>
  format(iso, lang, true);

/** A UTC timestamp shown as a date in Bishkek. */
export const formatDate = (iso: string | null | undefined, lang: Language) =>
  format(iso, lang, false);
