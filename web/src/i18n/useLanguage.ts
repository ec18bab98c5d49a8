import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './languages.ts';

/** The current interface language; components re-render when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lang) ? lang : 'ky';
}
