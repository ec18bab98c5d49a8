import { Anchor, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Which Plan item a register implements and what the Plan requires of it. */
export function PlanRequirement({ item, requirement }: { item: number; requirement: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" bg="gray.0" data-plan-requirement={item}>
      <Anchor component={Link} to={`/strategy/items/${item}`} fw={700} size="sm">
        {t('registers.planItem', { number: item })}
      </Anchor>
      <Text mt={4} className="akniet-reading">
        <Text span inherit fw={600}>
          {t('registers.requirement')}:
        </Text>{' '}
        <span data-requirement>{requirement}</span>
      </Text>
    </Paper>
  );
}
