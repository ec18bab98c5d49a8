import { Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { SearchBox } from '../../../components/table/SearchBox.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { OpenDataLinks } from './OpenDataLinks.tsx';
import { useStateOrganisations } from './queries.ts';
import { isRegisterKind, REGISTER_KINDS } from './registerKinds.ts';
import { StateOrganisationsTable } from './StateOrganisationsTable.tsx';

const PAGE_SIZE = 25;
const SORTS = {
  nameAsc: 'name',
  nameDesc: '-name',
  shareDesc: '-statePercent',
  shareAsc: 'statePercent',
} as const;

/**
 * The public register of state organisations (Plan item 5): budget-funded organisations, state
 * and municipal enterprises, companies with a state share and trustees of state property.
 */
export function StateOrganisationsPage() {
  const { t } = useTranslation();
  const list = useListParams({ sort: SORTS.nameAsc });
  const registerParam = list.filter('register');
  const register = isRegisterKind(registerParam) ? registerParam : null;
  // An order the server does not offer (an edited address) falls back to the default.
  const sort = (Object.values(SORTS) as string[]).includes(list.sort) ? list.sort : SORTS.nameAsc;
  const organisations = useStateOrganisations({
    search: list.q,
    register,
    sort,
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  const data = organisations.data;
  const filtered = Boolean(list.q) || register !== null;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('publicConflicts.organisations.title')}</PageTitle>
        <Text className="akniet-reading">{t('publicConflicts.organisations.intro')}</Text>
      </div>
      <Group
        align="flex-end"
        gap="md"
        role="search"
        aria-label={t('publicConflicts.organisations.filters')}
      >
        <SearchBox
          label={t('publicConflicts.organisations.search')}
          placeholder={t('publicConflicts.organisations.searchPlaceholder')}
          value={list.q}
          onSearch={list.setQ}
        />
        <NativeSelect
          label={t('publicConflicts.organisations.register')}
          value={register ?? ''}
          onChange={(event) => list.setFilter('register', event.currentTarget.value || null)}
          data={[
            { value: '', label: t('publicConflicts.organisations.allRegisters') },
            ...REGISTER_KINDS.map((kind) => ({
              value: kind,
              label: t(`conflictTerms.registers.${kind}`),
            })),
          ]}
          w={{ base: '100%', sm: 320 }}
          data-filter="register"
        />
        <NativeSelect
          label={t('publicConflicts.organisations.sortLabel')}
          value={sort}
          onChange={(event) => list.setSort(event.currentTarget.value)}
          data={Object.entries(SORTS).map(([key, value]) => ({
            value,
            label: t(`publicConflicts.organisations.sorts.${key as keyof typeof SORTS}`),
          }))}
          hiddenFrom="sm"
          w="100%"
          data-sort-select
        />
      </Group>
      {organisations.isError && (
        <ErrorAlert error={organisations.error} onRetry={() => organisations.refetch()} />
      )}
      {organisations.isPending && <Loading />}
      {data && (
        <div aria-busy={organisations.isFetching || undefined}>
          {data.items.length === 0 ? (
            <Text c="dimmed" data-organisations-empty>
              {filtered ? t('common.noResults') : t('publicConflicts.organisations.empty')}
            </Text>
          ) : (
            <StateOrganisationsTable items={data.items} sort={sort} onSort={list.setSort} />
          )}
          <ListFooter
            total={data.total}
            page={list.page}
            pageSize={PAGE_SIZE}
            onPage={list.setPage}
          />
        </div>
      )}
      <section aria-labelledby="state-organisations-about">
        <Card withBorder padding="md" data-open-data>
          <Title order={2} fz="lg" id="state-organisations-about" mb="xs">
            {t('publicConflicts.organisations.aboutTitle')}
          </Title>
          <Text size="sm" className="akniet-reading" mb="xs">
            {t('publicConflicts.organisations.about')}
          </Text>
          <OpenDataLinks
            prefix="state-organisation"
            intro={t('publicConflicts.organisations.openData')}
          />
        </Card>
      </section>
    </Stack>
  );
}
