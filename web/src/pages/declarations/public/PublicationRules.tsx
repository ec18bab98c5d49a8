import { Anchor, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const NEVER = [
  'identifiers',
  'addresses',
  'minors',
  'accounts',
  'privatePersons',
  'notPublished',
] as const;

/** The open datasets with the same published data (names as the open data catalogue has them). */
const DATASETS = [
  { name: 'declarations', label: 'declarations' },
  { name: 'declaration-property', label: 'property' },
  { name: 'declaration-check-results', label: 'checks' },
] as const;

/** What a published declaration shows, what it never shows, and where to download it all. */
export function PublicationRules() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} data-publication-rules>
      <Title order={2} id={titleId} fz={{ base: 20, sm: 22 }} mb="sm">
        {t('publicDeclarations.aboutTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Card withBorder padding="md">
          <Title order={3} fz="md" mb="xs">
            {t('publicDeclarations.publishedTitle')}
          </Title>
          <Text size="sm">{t('publicDeclarations.published')}</Text>
        </Card>
        <Card withBorder padding="md" data-never-published>
          <Title order={3} fz="md" mb="xs">
            {t('publicDeclarations.neverTitle')}
          </Title>
          <List size="sm" spacing={4}>
            {NEVER.map((key) => (
              <List.Item key={key}>{t(`publicDeclarations.never.${key}`)}</List.Item>
            ))}
          </List>
        </Card>
        <Card withBorder padding="md" data-open-data>
          <Title order={3} fz="md" mb="xs">
            {t('publicDeclarations.openDataTitle')}
          </Title>
          <Stack gap="xs">
            <Text size="sm">
              {t('publicDeclarations.openData')}{' '}
              <Anchor component={Link} to="/opendata" size="sm">
                {t('publicDeclarations.openDataLink')}
              </Anchor>
            </Text>
            <List size="sm" spacing={4}>
              {DATASETS.map((d) => {
                const title = t(`publicDeclarations.datasets.${d.label}`);
                return (
                  <List.Item key={d.name}>
                    <Anchor
                      href={`/api/opendata/${d.name}.csv`}
                      download
                      size="sm"
                      aria-label={t('publicDeclarations.downloadCsv', { title })}
                      data-dataset-link={d.name}
                    >
                      {title}
                    </Anchor>{' '}
                    <Text span size="xs" c="dimmed">
                      (CSV)
                    </Text>
                  </List.Item>
                );
              })}
            </List>
          </Stack>
        </Card>
      </SimpleGrid>
    </section>
  );
}
