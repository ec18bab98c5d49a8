import { Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listPersonMatches } from '../../../../api/endpoints.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { Loading } from '../../../../components/Loading.tsx';
import { PageTitle } from '../../../../components/PageTitle.tsx';
import { SuccessNotice } from '../../../../components/SuccessNotice.tsx';
import { ListFooter } from '../../../../components/table/ListFooter.tsx';
import { useListParams } from '../../../../components/table/useListParams.ts';
import { CONFLICTS_KEY } from '../queries.ts';
import { MatchCard } from './MatchCard.tsx';

const PAGE_SIZE = 10;

/**
 * Person records the name matcher could not settle alone: both side by side with the score and
 * every reason behind it, for a verifier to confirm (merge) or reject.
 */
export function PersonMatchesPage() {
  const { t } = useTranslation();
  const list = useListParams({ sort: '' });
  const [done, setDone] = useState<string | null>(null);
  const n = 'conflictWork.matches' as const;
  const matches = useQuery({
    queryKey: [...CONFLICTS_KEY, 'matches', list.page],
    queryFn: () => listPersonMatches({ state: 'pending', page: list.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <PageTitle>{t(`${n}.title`)}</PageTitle>
      <Text className="akniet-reading">{t(`${n}.intro`)}</Text>
      <SuccessNotice message={done} onClose={() => setDone(null)} />
      {matches.isError && <ErrorAlert error={matches.error} onRetry={() => matches.refetch()} />}
      {matches.isPending && <Loading />}
      {matches.data &&
        (matches.data.items.length === 0 ? (
          <Text c="dimmed" data-empty>
            {t(`${n}.empty`)}
          </Text>
        ) : (
          <>
            <Stack component="ul" gap="lg" p={0} m={0} style={{ listStyle: 'none' }}>
              {matches.data.items.map((m) => (
                <MatchCard
                  key={m.id}
                  match={m}
                  onDecided={(decision) =>
                    setDone(
                      t(decision === 'confirm' ? `${n}.confirmed` : `${n}.rejected`, {
                        name: m.person.fullName,
                      }),
                    )
                  }
                />
              ))}
            </Stack>
            <ListFooter
              total={matches.data.total}
              page={list.page}
              pageSize={PAGE_SIZE}
              onPage={list.setPage}
            />
          </>
        ))}
    </Stack>
  );
}
