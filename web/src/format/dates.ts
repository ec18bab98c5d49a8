import type { Language } from '../i18n/languages.ts';

const TIME_ZONE = 'Asia/Bishkek';
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Language, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, {
      timeZone: TIME_ZONE,
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** A UTC timestamp shown as date and time in Bishkek. */
export function formatDateTime(iso: string | null | undefined, lang: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter(lang, true).format(date);
}

/** A UTC timestamp shown as a date in Bishkek. */
export function formatDate(iso: string | null | undefined, lang: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter(lang, false).format(date);
}
