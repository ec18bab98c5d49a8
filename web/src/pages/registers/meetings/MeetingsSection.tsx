import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeCouncilMeeting } from '../../../api/endpoints.ts';
import type { CouncilMeeting } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { ConfirmModal } from '../../work/ConfirmModal.tsx';
import { PlanRequirement } from '../PlanRequirement.tsx';
import { refreshRegister, useCouncilMeetings, useMayKeepRegisters } from '../queries.ts';
import { YearSelect } from '../YearSelect.tsx';
import { parseYear } from '../years.ts';
import { MeetingCard } from './MeetingCard.tsx';
import { MeetingModal } from './MeetingModal.tsx';
import { MeetingsPerYear } from './MeetingsPerYear.tsx';

const PAGE_SIZE = 10;

/** Plan item 9: the Anti-Corruption Council's meetings, per year against the Plan and one by one. */
export function MeetingsSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const list = useListParams({ sort: '' });
  const year = parseYear(list.filter('year'));
  const meetings = useCouncilMeetings({
    ...(year ? { year } : {}),
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  const mayKeep = useMayKeepRegisters();
  const [editing, setEditing] = useState<CouncilMeeting | 'new' | null>(null);
  const [removing, setRemoving] = useState<CouncilMeeting | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const data = meetings.data;

  const removal = useMutation({
    mutationFn: (meeting: CouncilMeeting) => removeCouncilMeeting(meeting.id),
    onSuccess: async () => {
      await refreshRegister(queryClient, 'meetings');
      setRemoving(null);
      setNotice(t('registers.meetings.removed'));
    },
  });

  // The last meeting of the last page removed: step back to a page that has some.
  const { setPage } = list;
  useEffect(() => {
    if (data && data.items.length === 0 && data.total > 0 && list.page > 1) {
      setPage(Math.ceil(data.total / data.pageSize));
    }
  }, [data, list.page, setPage]);

  return (
    <Stack gap="lg">
      <Title order={2} fz={{ base: 20, sm: 24 }}>
        {t('registers.meetings.title')}
      </Title>
      <PlanRequirement item={9} requirement={t('registers.meetings.requirement')} />
      {meetings.isPending && <Loading />}
      {meetings.isError && <ErrorAlert error={meetings.error} onRetry={() => meetings.refetch()} />}
      {data && <MeetingsPerYear perYear={data.perYear} required={data.requiredPerYear} />}

      <section aria-labelledby="meetings-list-title">
        <Title order={3} id="meetings-list-title" fz={{ base: 18, sm: 20 }} mb="sm">
          {t('registers.meetings.listTitle')}
        </Title>
        <Group justify="space-between" align="flex-end" gap="md" mb="md">
          <YearSelect
            value={year}
            onChange={(y) => list.setFilter('year', y === null ? null : String(y))}
            allLabel={t('registers.allYears')}
          />
          {mayKeep && (
            <Button
              onClick={() => {
                setNotice(null);
                setEditing('new');
              }}
              data-record-meeting
            >
              {t('registers.meetings.record')}
            </Button>
          )}
        </Group>
        <SuccessNotice message={notice} onClose={() => setNotice(null)} />
        {data && (
          <div aria-busy={meetings.isFetching || undefined}>
            {data.items.length === 0 ? (
              <Text c="dimmed" mt="sm" data-meetings-empty>
                {year ? t('registers.meetings.emptyYear', { year }) : t('registers.meetings.empty')}
              </Text>
            ) : (
              <ol className="akniet-plain-list akniet-stack" data-meeting-list>
                {data.items.map((meeting) => (
                  <li key={meeting.id}>
                    <MeetingCard
                      meeting={meeting}
                      {...(mayKeep
                        ? {
                            onEdit: () => {
                              setNotice(null);
                              setEditing(meeting);
                            },
                            onRemove: () => {
                              setNotice(null);
                              removal.reset();
                              setRemoving(meeting);
                            },
                          }
                        : {})}
                    />
                  </li>
                ))}
              </ol>
            )}
            <ListFooter
              total={data.total}
              page={data.page}
              pageSize={data.pageSize}
              onPage={list.setPage}
            />
          </div>
        )}
      </section>

      {editing && (
        <MeetingModal
          key={editing === 'new' ? 'new' : editing.id}
          meeting={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setNotice(
              editing === 'new'
                ? t('registers.meetings.recorded')
                : t('registers.meetings.updated'),
            );
            setEditing(null);
          }}
        />
      )}
      {removing && (
        <ConfirmModal
          title={t('registers.meetings.removeNamed', {
            date: formatDate(removing.heldOn, language),
          })}
          text={t('registers.meetings.removeConfirm', {
            date: formatDate(removing.heldOn, language),
          })}
          confirmLabel={t('registers.meetings.removeYes')}
          color="red"
          loading={removal.isPending}
          error={removal.error}
          onConfirm={() => removal.mutate(removing)}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  );
}
