import { Fieldset, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../format/localized.ts';
import { LANGUAGES } from '../../i18n/languages.ts';

export const BLANK_TEXT: LocalizedText = { ky: '', ru: '', en: '' };

/** Trimmed text in all three languages, null when none is written, 'partial' when only some are. */
export function filledText(text: LocalizedText): LocalizedText | null | 'partial' {
  const trimmed = { ky: text.ky.trim(), ru: text.ru.trim(), en: text.en.trim() };
  const written = LANGUAGES.filter((l) => trimmed[l]).length;
  if (written === 0) return null;
  return written === LANGUAGES.length ? trimmed : 'partial';
}

/**
 * One text in Kyrgyz, Russian and English (the API keeps all three): a labelled group of three
 * fields, each marked in its own language, with the error of each shown under it.
 */
export function LocalizedFields({
  legend,
  label,
  description,
  value,
  onChange,
  required,
  errorOf,
  name,
}: {
  legend: string;
  /** The label of one language's field ("Agenda (Kyrgyz)"). */
  label: (languageName: string) => string;
  description?: string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  required?: boolean;
  errorOf: (language: keyof LocalizedText) => string | undefined;
  name: string;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
        {LANGUAGES.map((lang) => (
          <Textarea
            key={lang}
            label={label(t(`languages.${lang}`))}
            lang={lang}
            required={required}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            value={value[lang]}
            onChange={(e) => onChange({ ...value, [lang]: e.currentTarget.value })}
            error={errorOf(lang)}
            data-field={`${name}-${lang}`}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}
