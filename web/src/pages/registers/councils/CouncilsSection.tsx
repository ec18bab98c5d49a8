import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicCouncil } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { PlanRequirement } from '../PlanRequirement.tsx';
import { useMayKeepRegisters, usePublicCouncils } from '../queries.ts';
import { CouncilCard } from './CouncilCard.tsx';
import { EvaluateCouncilModal } from './EvaluateCouncilModal.tsx';
import { RegisterCouncilModal } from './RegisterCouncilModal.tsx';

const PAGE_SIZE = 20;

/** Plan item 10: the public councils of state bodies and the yearly evaluation of their work. */
export function CouncilsSection() {
  const { t } = useTranslation();
  const list = useListParams({ sort: '' });
  const councils = usePublicCouncils({ page: list.page, pageSize: PAGE_SIZE });
  const mayKeep = useMayKeepRegisters();
  const [registering, setRegistering] = useState(false);
  const [evaluating, setEvaluating] = useState<PublicCouncil | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const data = councils.data;

  return (
    <Stack gap="lg">
      <Title order={2} fz={{ base: 20, sm: 24 }}>
        {t('registers.councils.title')}
      </Title>
      <PlanRequirement item={10} requirement={t('registers.councils.requirement')} />
      <Text className="akniet-reading" size="sm">
        {t('registers.councils.methodology')}
      </Text>
      {mayKeep && (
        <Group justify="flex-end">
          <Button
            onClick={() => {
              setNotice(null);
              setRegistering(true);
            }}
            data-register-council
          >
            {t('registers.councils.register')}
          </Button>
        </Group>
      )}
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {councils.isPending && <Loading />}
      {councils.isError && <ErrorAlert error={councils.error} onRetry={() => councils.refetch()} />}
      {data && (
        <div aria-busy={councils.isFetching || undefined}>
          {data.items.length === 0 ? (
            <Text c="dimmed" data-councils-empty>
              {t('registers.councils.empty')}
            </Text>
          ) : (
            <ol className="akniet-plain-list akniet-stack" data-council-list>
              {data.items.map((council) => (
                <li key={council.id}>
                  <CouncilCard
                    council={council}
                    {...(mayKeep
                      ? {
                          onEvaluate: () => {
                            setNotice(null);
                            setEvaluating(council);
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
      {registering && (
        <RegisterCouncilModal
          onClose={() => setRegistering(false)}
          onRegistered={() => {
            setRegistering(false);
            setNotice(t('registers.councils.registered'));
          }}
        />
      )}
      {evaluating && (
        <EvaluateCouncilModal council={evaluating} onClose={() => setEvaluating(null)} />
      )}
    </Stack>
  );
}
