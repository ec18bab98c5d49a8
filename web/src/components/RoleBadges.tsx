import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types.ts';
import { Tag } from './Tag.tsx';

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Tag key={role} color={role === 'admin' ? 'red' : 'blue'}>
          {t(`roles.${role}`)}
        </Tag>
      ))}
    </Group>
  );
}
