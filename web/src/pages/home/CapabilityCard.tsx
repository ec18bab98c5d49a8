import { Anchor, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Capability } from '../../capabilities.ts';
import { Tag } from '../../components/Tag.tsx';

/** One capability: a link to its page once landed, else marked as in development. */
export function CapabilityCard({ capability, number }: { capability: Capability; number: number }) {
  const { t } = useTranslation();
  const title = t(`capabilities.${capability.id}.title`);
  return (
    <Card withBorder padding="md" h="100%" data-capability={capability.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={6}>
        <Text size="sm" fw={700} c="dimmed" aria-hidden="true">
          {number}
        </Text>
        {capability.path ? (
          <Tag color="green">{t('home.available')}</Tag>
        ) : (
          <Tag color="gray">{t('home.inDevelopment')}</Tag>
        )}
      </Group>
      <Title order={3} fz="md" mb={6}>
        {capability.path ? (
          <Anchor component={Link} to={capability.path}>
            {title}
          </Anchor>
        ) : (
          title
        )}
      </Title>
      <Text size="sm">{t(`capabilities.${capability.id}.summary`)}</Text>
      <Text size="xs" c="dimmed" mt="auto" pt="sm">
        {t('home.planItems', { items: capability.planItems })}
      </Text>
    </Card>
  );
}
