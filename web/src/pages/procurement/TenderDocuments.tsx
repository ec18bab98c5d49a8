import { Anchor, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TenderDetail } from '../../api/types.ts';

/** Only links on the web, to the publisher's own copy: a document URL is shown only if it is http(s). */
const isWebLink = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

/** The tender's documents as published, linking to the portal's copies. */
export function TenderDocuments({ documents }: { documents: TenderDetail['documents'] }) {
  const { t } = useTranslation();
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby="tender-documents">
      <Title order={3} fz="md" id="tender-documents" mb="xs">
        {t('procurement.tender.documents')}
      </Title>
      <ul className="akniet-reading-list">
        {documents.map((doc, i) => {
          const title = doc.title ?? doc.type ?? doc.id ?? t('common.none');
          return (
            <li key={doc.id ?? i}>
              {isWebLink(doc.url) ? (
                <Anchor href={doc.url} target="_blank" rel="noopener noreferrer" size="sm">
                  {title}
                </Anchor>
              ) : (
                <Text span size="sm">
                  {title}
                </Text>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
