import { Text } from '@mantine/core';
import type { OfficialPost } from '../../../api/types.ts';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

/** An official's post and, under it, the agency they serve in. */
export function OfficialPostText({ official }: { official: OfficialPost }) {
  const language = useLanguage();
  return (
    <>
      <Text size="sm">{official.post}</Text>
      {official.agency && (
        <Text size="xs" c="gray.7">
          {localize(official.agency.name, language)}
        </Text>
      )}
    </>
  );
}
