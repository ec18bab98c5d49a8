import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type LocalizedText, localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

/** A titled part of a Plan item (its goals, its tasks): the texts as a readable list. */
export function TextList({
  id,
  title,
  texts,
}: {
  id: string;
  title: string;
  texts: readonly LocalizedText[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby={id}>
      <Title order={2} id={id} mb="xs" fz={{ base: 20, sm: 24 }}>
        {title}
      </Title>
      {texts.length === 0 ? (
        <Text c="dimmed">{t('strategy.item.notStated')}</Text>
      ) : (
        <ul className="akniet-reading akniet-reading-list">
          {texts.map((text, index) => (
            // The Plan's texts have no ids; their order is fixed by the Decree.
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed, never reordered list
            <li key={index}>{localize(text, language)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
