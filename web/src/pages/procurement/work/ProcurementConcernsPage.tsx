import '../procurement.css';
import { Anchor, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { useSession } from '../../../session/useSession.ts';
import { AnswerForm } from '../AnswerForm.tsx';
import { useConcerns } from '../queries.ts';
import { RemarkCard } from '../RemarkCard.tsx';
import { tenderPath } from '../terms.ts';

const PAGE_SIZE = 20;
const STATES = ['open', 'answered', 'all'] as const;
type State = (typeof STATES)[number];
const isState = (value: string | null): value is State =>
  (STATES as readonly string[]).includes(value ?? '');

/**
 * Citizens' concerns about the tenders of the officer's agency, unanswered first: each links to
 * its tender and takes the answer right here.
 */
export function ProcurementConcernsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('state');
  const state: State = isState(stateParam) ? stateParam : 'open';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const concerns = useConcerns(state, page, PAGE_SIZE);
  const [notice, setNotice] = useState<string | null>(null);
  const c = 'procurement.concerns' as const;
  const set = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t(`${c}.title`)}</PageTitle>
        <Text className="akniet-reading">{t(`${c}.intro`)}</Text>
      </div>
      {user && !user.agencyId && <Text c="dimmed">{t(`${c}.noAgency`)}</Text>}
      <NativeSelect
        label={t(`${c}.show`)}
        value={state}
        onChange={(event) =>
          set({
            state: event.currentTarget.value === 'open' ? null : event.currentTarget.value,
            page: null,
          })
        }
        data={STATES.map((s) => ({ value: s, label: t(`${c}.states.${s}`) }))}
        w={{ base: '100%', xs: 240 }}
        data-filter="state"
      />
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {concerns.isError && <ErrorAlert error={concerns.error} onRetry={() => concerns.refetch()} />}
      {concerns.isPending && <Loading />}
      {concerns.data && (
        <div aria-busy={concerns.isFetching || undefined}>
          {concerns.data.items.length === 0 ? (
            <Text c="dimmed" data-no-concerns>
              {state === 'open' ? t(`${c}.empty`) : t(`${c}.emptyAll`)}
            </Text>
          ) : (
            <Stack gap="sm" component="ol" className="akniet-plain-list">
              {concerns.data.items.map((concern) => (
                <li key={concern.id}>
                  <RemarkCard
                    remark={concern}
                    heading={
                      <Anchor
                        component={Link}
                        to={tenderPath(concern.ocid)}
                        fw={600}
                        mb="xs"
                        display="inline-block"
                        data-concern-tender={concern.ocid}
                      >
                        {t(`${c}.tender`, { title: concern.title ?? concern.ocid })}
                      </Anchor>
                    }
                  >
                    {concern.answer === null && (
                      <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
                        <AnswerForm
                          remarkId={concern.id}
                          onAnswered={() => setNotice(t('procurement.remarks.answered'))}
                        />
                      </div>
                    )}
                  </RemarkCard>
                </li>
              ))}
            </Stack>
          )}
          <ListFooter
            total={concerns.data.total}
            page={page}
            pageSize={PAGE_SIZE}
            onPage={(p) => set({ page: p === 1 ? null : String(p) })}
          />
        </div>
      )}
    </Stack>
  );
}
