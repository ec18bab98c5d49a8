import { Anchor, Button, Card, Code, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../api/types.ts';
import { formatDateTime } from '../../format/dates.ts';
import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

export function DatasetCard({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = localize(dataset.title, language);
  const headingId = `dataset-${dataset.name}`;

  return (
    <Card
      withBorder
      padding="lg"
      component="article"
      aria-labelledby={headingId}
      data-dataset={dataset.name}
    >
      <Group justify="space-between" align="flex-start" gap="xs">
        <Title order={2} fz="lg" id={headingId}>
          {title}
        </Title>
        <Code>{dataset.name}</Code>
      </Group>
      <Text mt="xs">{localize(dataset.description, language)}</Text>
      <dl className="akniet-facts">
        <dt>{t('opendata.license')}</dt>
        <dd>
          <Anchor href={dataset.license.path} target="_blank" rel="noopener noreferrer">
            {dataset.license.title || dataset.license.name}
          </Anchor>
        </dd>
        <dt>{t('opendata.source')}</dt>
        <dd>{dataset.source}</dd>
        <dt>{t('opendata.schedule')}</dt>
        <dd>{t(`opendata.schedules.${dataset.updateSchedule}`)}</dd>
        <dt>{t('opendata.updated')}</dt>
        <dd>
          {dataset.updatedAt ? formatDateTime(dataset.updatedAt, language) : t('opendata.never')}
        </dd>
      </dl>
      <Group gap="sm" mt="md">
        {dataset.resources.map((resource) => (
          <Button
            key={resource.format}
            component="a"
            href={resource.path}
            download
            variant="light"
            size="sm"
            data-format={resource.format}
            aria-label={t('opendata.downloadFormat', {
              format: resource.format.toUpperCase(),
              title,
            })}
          >
            {resource.format.toUpperCase()}
          </Button>
        ))}
        <Button
          component="a"
          href={dataset.datapackage}
          variant="default"
          size="sm"
          data-format="datapackage"
          aria-label={t('opendata.downloadFormat', { format: 'datapackage.json', title })}
        >
          {t('opendata.datapackage')}
        </Button>
      </Group>
    </Card>
  );
}
