import type { Language } from '../i18n/languages.ts';

export type LocalizedText = { ky: string; ru: string; en: string };

/** The current language, else Kyrgyz, else Russian, else English. */
export function localize(text: Partial<LocalizedText> | null | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] || text.ky || text.ru || text.en || '';
}

/**
 * Texts people write in Kyrgyz and/or Russian (report narratives, civil-society assessments): the
 * interface language if written, else the other one, with the language it is in.
 */
export function writtenIn(text: { ky?: string; ru?: string }, language: Language) {
  const order: ('ky' | 'ru')[] = language === 'ru' ? ['ru', 'ky'] : ['ky', 'ru'];
  for (const lang of order) {
    const written = text[lang]?.trim();
    if (written) return { lang, text: written };
  }
  return null;
}
