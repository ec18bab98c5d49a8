import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { ky, type Messages } from './ky.ts';
import { isLanguage, type Language, rememberedLanguage, rememberLanguage } from './languages.ts';
import { ru } from './ru.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    ky: { translation: ky },
    ru: { translation: ru },
    en: { translation: en },
  },
  lng: rememberedLanguage(),
  fallbackLng: 'ky',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
}

applyToDocument(currentLanguage());

/** The language of the interface now; sent to the server as Accept-Language. */
export function currentLanguage(): Language {
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lang) ? lang : 'ky';
}

export async function switchLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18n.changeLanguage(language);
  applyToDocument(language);
}
