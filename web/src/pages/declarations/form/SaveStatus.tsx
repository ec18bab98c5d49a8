import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../format/dates.ts';
import type { Language } from '../../../i18n/languages.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import type { SaveState } from './useDraft.ts';

/** "10:42" in Bishkek. */
export const formatTime = (date: Date, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Bishkek',
  }).format(date);

/** Where the draft stands: saving, saved at hh:mm, not saved, or changed since. Announced politely. */
export function SaveStatus({
  save,
  dirty,
  live = true,
}: {
  save: SaveState;
  dirty: boolean;
  /** One status on the page is announced; a repeat of it further down is not. */
  live?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text =
    save.state === 'saving'
      ? t('declarationForm.saving')
      : save.state === 'failed'
        ? t('declarationForm.saveFailed')
        : dirty
          ? t('declarationForm.unsaved')
          : save.state === 'saved'
            ? t('declarationForm.savedAt', { time: formatTime(save.at, language) })
            : '';
  return (
    <Text
      size="sm"
      c={save.state === 'failed' ? 'red.8' : 'gray.8'}
      role={live ? 'status' : undefined}
      data-save-status={save.state}
    >
      {text}
    </Text>
  );
}
