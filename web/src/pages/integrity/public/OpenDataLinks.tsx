import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useOpenDataCatalogue } from './queries.ts';

/**
 * Where to download the same data: the datasets of the open data catalogue whose names start
 * with `prefix`, each as CSV, and the catalogue itself.
 */
export function OpenDataLinks({ prefix, intro }: { prefix: string; intro: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const catalogue = useOpenDataCatalogue();
  const datasets = (catalogue.data?.datasets ?? []).filter((d) => d.name.startsWith(prefix));
  return (
    <>
      <Text size="sm">
        {intro}{' '}
        <Anchor component={Link} to="/opendata" size="sm">
          {t('publicConflicts.openDataLink')}
        </Anchor>
      </Text>
      {datasets.length > 0 && (
        <List size="sm" spacing={4} mt="xs">
          {datasets.flatMap((d) => {
            const title = localize(d.title, language);
            return d.resources
              .filter((r) => r.format === 'csv')
              .map((r) => (
                <List.Item key={`${d.name}-${r.format}`}>
                  <Anchor
                    href={r.path}
                    download
                    size="sm"
                    aria-label={t('publicConflicts.downloadCsv', { title })}
                    data-dataset-link={d.name}
                  >
                    {title}
                  </Anchor>{' '}
                  <Text span size="xs" c="dimmed">
                    (CSV)
                  </Text>
                </List.Item>
              ));
          })}
        </List>
      )}
    </>
  );
}
