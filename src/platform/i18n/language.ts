import { z } from 'zod';

export const LANGUAGES = ['ky', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Multilingual text as stored everywhere: Kyrgyz first, Russian and English beside it. */
export const localizedText = z.object({
  ky: z.string().trim().min(1).max(2000),
  ru: z.string().trim().min(1).max(2000),
  en: z.string().trim().min(1).max(2000),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** Picks the caller's language: explicit ?lang=, then the lang cookie, then Accept-Language; Kyrgyz by default. */
export function pickLanguage(input: {
  query?: unknown;
  cookie?: string | undefined;
  acceptLanguage?: string | undefined;
}): Language {
  const q = (input.query as { lang?: unknown } | undefined)?.lang;
  for (const candidate of [q, input.cookie]) {
    if (typeof candidate === 'string' && isLanguage(candidate)) return candidate;
  }
  if (input.acceptLanguage) {
    const ranked = input.acceptLanguage
      .split(',')
      .map((part) => {
        const [tag = '', ...params] = part.trim().split(';');
        const qParam = params.find((p) => p.trim().startsWith('q='));
        return { tag: tag.toLowerCase().slice(0, 2), q: qParam ? Number(qParam.split('=')[1]) : 1 };
      })
      .filter((x) => isLanguage(x.tag) && x.q > 0)
      .sort((a, b) => b.q - a.q);
    if (ranked[0]) return ranked[0].tag as Language;
  }
  return 'ky';
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The UI rule: the wanted language, else Kyrgyz, else Russian, else English. */
export function localize(text: Partial<LocalizedText> | null | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] || text.ky || text.ru || text.en || '';
}
