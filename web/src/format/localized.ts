import type { Language } from '../i18n/languages.ts';

export type LocalizedText = { ky: string; ru: string; en: string };

/** The current language, else Kyrgyz, else Russian, else English. */
export function localize(text: Partial<LocalizedText> | null | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] || text.ky || text.ru || text.en || '';
}
