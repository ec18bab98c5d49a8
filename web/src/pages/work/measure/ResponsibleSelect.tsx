import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type AgencyOfficer, listAgencyOfficers } from '../../../api/endpoints.ts';

/** The agency's active officers, whom a measure may be entrusted to. */
export function useAgencyOfficers(agencyId: string) {
  return useQuery({
    queryKey: ['agency-officers', agencyId],
    queryFn: () => listAgencyOfficers(agencyId),
  });
}

/** Who answers for a measure: one of its agency's officers, or nobody named yet. */
export function ResponsibleSelect({
  officers,
  value,
  onChange,
  disabled,
}: {
  officers: readonly AgencyOfficer[];
  value: string;
  onChange: (userId: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('work.measures.responsible')}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: '', label: t('work.measures.nobodyResponsible') },
        ...officers.map((o) => ({ value: o.id, label: o.displayName })),
      ]}
      data-responsible-select
    />
  );
}
