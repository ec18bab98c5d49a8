import { Alert, Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { listPlans } from '../../api/endpoints.ts';
import { AgencySelect } from '../../components/AgencySelect.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ListFooter } from '../../components/table/ListFooter.tsx';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { useListParams } from '../../components/table/useListParams.ts';
import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useSession } from '../../session/useSession.ts';
import { AgencyName } from './AgencyName.tsx';
import { NewPlanModal } from './plans/NewPlanModal.tsx';
import { isNational } from './queries.ts';

const PAGE_SIZE = 20;

/** Plans to report on: an officer's own agency's; coordinators and admins any agency's. */
export function WorkPlansPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { user } = useSession();
  const national = isNational(user);
  const list = useListParams({ sort: '' });
  const agencyId = national ? list.filter('agency') || null : (user?.agencyId ?? null);
  const [creating, setCreating] = useState(false);

  const plans = useQuery({
    queryKey: ['plans', 'work', { agencyId, page: list.page }],
    queryFn: () =>
      listPlans({ agencyId: agencyId ?? undefined, page: list.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    enabled: national || agencyId !== null,
  });

  if (!user) return <Loading />;

  return (
    <Stack>
      <PageTitle>{t('work.plans.title')}</PageTitle>
      <Text className="akniet-reading">
        {national
          ? t('work.plans.introNational')
          : t('work.plans.introOfficer', {
              agency: localize(user.agencyName, language),
            })}
      </Text>
      {!national && !user.agencyId ? (
        <Alert color="orange" variant="light" data-no-agency>
          {t('work.plans.noAgency')}
        </Alert>
      ) : (
        <>
          <Group justify="space-between" align="flex-end">
            {national ? (
              <div style={{ flex: '1 1 280px', maxWidth: 420 }}>
                <AgencySelect
                  label={t('work.plans.agencyFilter')}
                  value={agencyId}
                  onChange={(id) => list.setFilter('agency', id)}
                />
              </div>
            ) : (
              <span />
            )}
            <Button onClick={() => setCreating(true)} data-action="new-plan">
              {t('work.plans.create')}
            </Button>
          </Group>
          {plans.isError && <ErrorAlert error={plans.error} onRetry={() => plans.refetch()} />}
          {plans.isPending && <Loading />}
          {plans.data &&
            (plans.data.items.length === 0 ? (
              <Text c="dimmed" data-empty>
                {t('work.plans.empty')}
              </Text>
            ) : (
              <>
                <TableScroll label={t('work.plans.title')}>
                  <Table striped highlightOnHover miw={640} verticalSpacing="sm">
                    <Table.Thead>
                      <Table.Tr>
                        {/* The agency first: many agencies' plans share one title. */}
                        {national && <Table.Th>{t('work.plans.agency')}</Table.Th>}
                        <Table.Th>{t('work.plans.planTitle')}</Table.Th>
                        <Table.Th>{t('work.plans.kind')}</Table.Th>
                        <Table.Th>{t('work.plans.years')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {plans.data.items.map((plan) => (
                        <Table.Tr key={plan.id} data-plan-row={plan.id}>
                          {national && (
                            <Table.Td>
                              <AgencyName id={plan.agencyId} />
                            </Table.Td>
                          )}
                          <Table.Td>
                            <Anchor component={Link} to={`/work/plans/${plan.id}`} size="sm">
                              {localize(plan.title, language)}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>{t(`rating.planKinds.${plan.kind}`)}</Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            {plan.yearFrom}–{plan.yearTo}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
                <ListFooter
                  total={plans.data.total}
                  page={list.page}
                  pageSize={PAGE_SIZE}
                  onPage={list.setPage}
                />
              </>
            ))}
        </>
      )}
      {creating && (
        <NewPlanModal
          user={user}
          agencyId={agencyId}
          onClose={() => setCreating(false)}
          onCreated={(plan) => navigate(`/work/plans/${plan.id}`, { state: { created: true } })}
        />
      )}
    </Stack>
  );
}
