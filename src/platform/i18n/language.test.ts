import { describe, expect, it } from 'vitest';
import { localize, pickLanguage } from './language.ts';
import { messages } from './messages.ts';

describe('language', () => {
  it('is Kyrgyz unless the caller asks otherwise', () => {
    expect(pickLanguage({})).toBe('ky');
    expect(pickLanguage({ acceptLanguage: 'de-DE,fr;q=0.8' })).toBe('ky');
  });

  it('follows ?lang=, then the cookie, then Accept-Language by weight', () => {
    expect(pickLanguage({ query: { lang: 'en' }, cookie: 'ru', acceptLanguage: 'ky' })).toBe('en');
    expect(pickLanguage({ query: { lang: 'xx' }, cookie: 'ru' })).toBe('ru');
    expect(pickLanguage({ acceptLanguage: 'en;q=0.5, ru-RU;q=0.9, de' })).toBe('ru');
    expect(pickLanguage({ acceptLanguage: 'ru;q=0, en' })).toBe('en');
  });

  it('falls back ky -> ru -> en when a translation is missing', () => {
    expect(localize({ ky: '', ru: 'рус', en: 'eng' }, 'ky')).toBe('рус');
    expect(localize({ ky: 'кыр', ru: '', en: 'eng' }, 'ru')).toBe('кыр');
    expect(localize(null, 'en')).toBe('');
  });

  it('every server message exists in all three languages', () => {
    for (const [code, text] of Object.entries(messages)) {
      for (const lang of ['ky', 'ru', 'en'] as const)
        expect(text[lang].length, `${code}.${lang}`).toBeGreaterThan(5);
    }
  });
});
