import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n/index.ts';
import { isLanguage, LANGUAGES, type Language } from '../i18n/languages.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

const SHORT: Record<Language, string> = { ky: 'КЫР', ru: 'РУС', en: 'ENG' };

/** ky / ru / en, remembered on this device; server answers are reloaded in the new language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();

  const choose = async (value: string) => {
    if (!isLanguage(value) || value === language) return;
    await switchLanguage(value);
    await queryClient.invalidateQueries();
  };

  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={language}
      onChange={(value) => void choose(value)}
      data={LANGUAGES.map((lang) => ({
        value: lang,
        label: (
          <>
            <span aria-hidden="true">{SHORT[lang]}</span>
            <VisuallyHidden lang={lang}>{t(`languages.${lang}`)}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
