import type { Language } from '../../i18n/languages.ts';

/** Assessments are written in Kyrgyz and/or Russian: the interface language if there, else the other. */
export function writtenIn(text: { ky?: string; ru?: string }, language: Language) {
  const order: ('ky' | 'ru')[] = language === 'ru' ? ['ru', 'ky'] : ['ky', 'ru'];
  for (const lang of order) {
    const written = text[lang]?.trim();
    if (written) return { lang, text: written };
  }
  return null;
}
