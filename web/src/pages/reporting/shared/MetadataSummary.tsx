import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttachmentMetadata } from '../../../api/reporting.ts';
import { metadataLabel } from './terms.ts';

/** What was removed from one file before it was stored, and what could not be. */
export function MetadataSummary({ file }: { file: AttachmentMetadata }) {
  const { t } = useTranslation();
  const n = 'reporting.files' as const;
  return (
    <div data-metadata={file.name}>
      {file.removed.length > 0 ? (
        <>
          <Text size="sm" fw={600}>
            {t(`${n}.removed`)}
          </Text>
          <List size="sm" data-removed>
            {file.removed.map((code) => (
              <List.Item key={code} data-code={code}>
                {metadataLabel(t, code)}
              </List.Item>
            ))}
          </List>
        </>
      ) : (
        <Text size="sm">{t(`${n}.nothingFound`)}</Text>
      )}
      {file.notRemoved.length > 0 && (
        <>
          <Text size="sm" fw={600} mt={6} c="red.9">
            {t(`${n}.notRemoved`)}
          </Text>
          <List size="sm" data-not-removed>
            {file.notRemoved.map((code) => (
              <List.Item key={code} data-code={code}>
                {metadataLabel(t, code)}
              </List.Item>
            ))}
          </List>
          <Text size="xs" c="gray.7">
            {t(`${n}.notRemovedHint`)}
          </Text>
        </>
      )}
    </div>
  );
}
