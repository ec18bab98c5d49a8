import { Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OpenDataLinks } from './OpenDataLinks.tsx';

const NEVER = ['otherPosts', 'notPublished', 'identifiers'] as const;

/** What the list of notifications shows, why, what it never shows, and where to download it. */
export function PublicationNote() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} data-publication-note>
      <Title order={2} id={titleId} fz={{ base: 20, sm: 22 }} mb="sm">
        {t('publicConflicts.notifications.aboutTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Card withBorder padding="md">
          <Title order={3} fz="md" mb="xs">
            {t('publicConflicts.notifications.whatTitle')}
          </Title>
          <Text size="sm">{t('publicConflicts.notifications.what')}</Text>
        </Card>
        <Card withBorder padding="md">
          <Title order={3} fz="md" mb="xs">
            {t('publicConflicts.notifications.neverTitle')}
          </Title>
          <List size="sm" spacing={4}>
            {NEVER.map((key) => (
              <List.Item key={key}>{t(`publicConflicts.notifications.never.${key}`)}</List.Item>
            ))}
          </List>
        </Card>
        <Card withBorder padding="md" data-open-data>
          <Title order={3} fz="md" mb="xs">
            {t('publicConflicts.openDataTitle')}
          </Title>
          <OpenDataLinks
            prefix="conflict-notification"
            intro={t('publicConflicts.notifications.openData')}
          />
        </Card>
      </SimpleGrid>
    </section>
  );
}
