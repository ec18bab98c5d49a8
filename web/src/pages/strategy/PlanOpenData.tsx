import { Anchor, Button, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const CSV = {
  activities: '/api/opendata/strategy-plan-activities.csv',
  indicators: '/api/opendata/strategy-plan-indicators.csv',
} as const;

/** Downloads of the Plan's two open datasets, and the way to the whole catalogue. */
export function PlanOpenData() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="strategy-opendata-title">
      <Title order={2} id="strategy-opendata-title" mb="sm" fz={{ base: 20, sm: 24 }}>
        {t('strategy.openDataTitle')}
      </Title>
      <Text className="akniet-reading">{t('strategy.openDataText')}</Text>
      <Group gap="sm" mt="md">
        <Button component="a" href={CSV.activities} download variant="light" data-csv="activities">
          {t('strategy.activitiesCsv')}
        </Button>
        <Button component="a" href={CSV.indicators} download variant="light" data-csv="indicators">
          {t('strategy.indicatorsCsv')}
        </Button>
      </Group>
      <Anchor component={Link} to="/opendata" display="inline-block" mt="sm">
        {t('strategy.allDatasets')}
      </Anchor>
    </section>
  );
}
