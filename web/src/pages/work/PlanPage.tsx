import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { formatDate } from '../../format/dates.ts';
import { localize } from '../../format/localized.ts';
import { formatMoney } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useSession } from '../../session/useSession.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { usePlan } from '../strategy/queries.ts';
import { AgencyName } from './AgencyName.tsx';
import { AddMeasureModal } from './plans/AddMeasureModal.tsx';
import { mayKeepPlansOf, parseId } from './queries.ts';
import { WorkBreadcrumbs } from './WorkBreadcrumbs.tsx';

/** One plan in the workspace: its measures, each opening its report workspace; adding measures. */
export function WorkPlanPage() {
  const id = parseId(useParams().id);
  return id ? <PlanWorkspace id={id} /> : <NotFoundPage />;
}

function PlanWorkspace({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const location = useLocation();
  const { user } = useSession();
  const plan = usePlan(id);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(
    (location.state as { created?: boolean } | null)?.created ? t('work.plans.created') : null,
  );

  if (plan.isError && isApiError(plan.error) && plan.error.status === 404) return <NotFoundPage />;
  if (plan.isError) return <ErrorAlert error={plan.error} onRetry={() => plan.refetch()} />;
  if (plan.isPending || !user) return <Loading />;

  const data = plan.data;
  const title = localize(data.title, language);
  const mayAdd = mayKeepPlansOf(user, data.agencyId);

  return (
    <Stack data-plan={data.id}>
      <div>
        <WorkBreadcrumbs
          crumbs={[{ label: t('nav.workPlans'), to: '/work/plans' }, { label: title }]}
        />
        <PageTitle>{title}</PageTitle>
        <Text size="sm" c="dimmed">
          {t(`rating.planKinds.${data.kind}`)} ·{' '}
          {t('rating.agencyPage.years', { from: data.yearFrom, to: data.yearTo })} ·{' '}
          <AgencyName id={data.agencyId} />
        </Text>
      </div>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <Group justify="space-between" align="flex-end">
        <Title order={2} fz="lg" id="plan-measures">
          {t('work.measures.title')}
        </Title>
        {mayAdd && (
          <Button
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
            data-action="add-measure"
          >
            {t('work.measures.add')}
          </Button>
        )}
      </Group>
      {data.measures.length === 0 ? (
        <Text c="dimmed" data-empty>
          {t('rating.agencyPage.noMeasures')}
        </Text>
      ) : (
        <TableScroll label={t('work.measures.title')}>
          <Table
            striped
            highlightOnHover
            miw={680}
            verticalSpacing="sm"
            aria-labelledby="plan-measures"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('work.measures.measure')}</Table.Th>
                <Table.Th>{t('rating.measure.activity')}</Table.Th>
                <Table.Th>{t('rating.measure.deadline')}</Table.Th>
                <Table.Th>{t('rating.measure.plannedBudget')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.measures.map((m) => (
                <Table.Tr key={m.id} data-measure-row={m.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/work/measures/${m.id}`} size="sm">
                      {localize(m.title, language)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{m.activityCode ?? t('common.none')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(m.deadline, language)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {m.plannedBudget ? formatMoney(m.plannedBudget, language) : t('common.none')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {adding && (
        <AddMeasureModal
          planId={data.id}
          agencyId={data.agencyId}
          user={user}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            setNotice(t('work.measures.added'));
          }}
        />
      )}
    </Stack>
  );
}
