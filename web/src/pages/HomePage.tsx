import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CAPABILITIES } from '../capabilities.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { CapabilityCard } from './home/CapabilityCard.tsx';

const TARGETS = ['cpi', 'trust', 'declarations', 'dismantling', 'courts', 'budget'] as const;

export function HomePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <section aria-labelledby="home-title">
        <PageTitle id="home-title">{t('home.title')}</PageTitle>
        <Stack gap="sm" maw={820}>
          <Text size="lg">{t('home.intro1')}</Text>
          <Text>{t('home.intro2')}</Text>
          <Text>{t('home.intro3')}</Text>
        </Stack>
      </section>

      <section aria-labelledby="targets-title">
        <Title order={2} id="targets-title" mb="sm" fz={{ base: 20, sm: 24 }}>
          {t('home.targetsTitle')}
        </Title>
        <List spacing="xs" maw={820}>
          {TARGETS.map((target) => (
            <List.Item key={target}>{t(`home.targets.${target}`)}</List.Item>
          ))}
        </List>
      </section>

      <section aria-labelledby="capabilities-title">
        <Title order={2} id="capabilities-title" mb="sm" fz={{ base: 20, sm: 24 }}>
          {t('home.capabilitiesTitle')}
        </Title>
        <ul className="akniet-plain-list akniet-card-grid">
          {CAPABILITIES.map((capability, index) => (
            <li key={capability.id}>
              <CapabilityCard capability={capability} number={index + 1} />
            </li>
          ))}
        </ul>
      </section>
    </Stack>
  );
}
