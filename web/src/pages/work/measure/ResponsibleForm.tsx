import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMeasure } from '../../../api/endpoints.ts';
import type { Measure } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { ResponsibleSelect, useAgencyOfficers } from './ResponsibleSelect.tsx';

/** Entrusting the measure to another officer of its agency (the overdue notices go to them). */
export function ResponsibleForm({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const officers = useAgencyOfficers(measure.agencyId);
  const [value, setValue] = useState(measure.responsibleUserId ?? '');
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: (responsibleUserId: string | null) =>
      updateMeasure(measure.id, { responsibleUserId }),
    onSuccess: (updated) => {
      queryClient.setQueryData(['measures', measure.id, 'one'], updated);
      setSaved(true);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    mutation.mutate(value || null);
  };
  const headingId = `responsible-${measure.id}`;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <form onSubmit={submit} noValidate data-responsible-form>
        <Stack gap="sm">
          <Title order={2} size="h4" id={headingId}>
            {t('work.measures.responsible')}
          </Title>
          {officers.isError && (
            <ErrorAlert error={officers.error} onRetry={() => officers.refetch()} />
          )}
          <ResponsibleSelect
            officers={officers.data?.items ?? []}
            value={value}
            onChange={setValue}
            disabled={officers.isPending}
          />
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          <SuccessNotice
            message={saved ? t('work.measures.responsibleSaved') : null}
            onClose={() => setSaved(false)}
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={mutation.isPending}
              disabled={value === (measure.responsibleUserId ?? '')}
            >
              {t('work.measures.saveResponsible')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
