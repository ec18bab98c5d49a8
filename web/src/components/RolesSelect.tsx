import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../api/types.ts';

export function RolesSelect({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      label={label}
      data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      value={value}
      onChange={(values) => onChange(values.filter((v): v is Role => ROLES.includes(v as Role)))}
      required
      error={error}
      searchable
      comboboxProps={{ withinPortal: true }}
    />
  );
}
