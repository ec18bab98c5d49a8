import { Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BarredSort } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ListFooter } from '../../components/table/ListFooter.tsx';
import { SearchBox } from '../../components/table/SearchBox.tsx';
import { useListParams } from '../../components/table/useListParams.ts';
import { BAR_KEEPERS, mayOpen } from '../../navigation.ts';
import { useSession } from '../../session/useSession.ts';
import { OpenDataLinks } from '../integrity/public/OpenDataLinks.tsx';
import { BarredEntitiesTable } from './BarredEntitiesTable.tsx';
import { CheckEntityForm } from './CheckEntityForm.tsx';
import { useBarredEntities } from './queries.ts';
import { BAR_RESTRICTIONS, BAR_STATES, isBarState, isRestriction } from './terms.ts';

const PAGE_SIZE = 25;
const SORTS = {
  newest: '-decisionDate',
  oldest: 'decisionDate',
  nameAsc: 'name',
  nameDesc: '-name',
} as const satisfies Record<string, BarredSort>;

/**
 * The public register of legal entities involved in corruption offences (Plan item 16): who is
 * barred, from what, until when and by which court decision; a check by INN; for the
 * prosecutor's office and admins, the way to record a new bar.
 */
export function BarredEntitiesPage() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const list = useListParams({ sort: SORTS.newest });
  const stateParam = list.filter('state');
  const state = isBarState(stateParam) ? stateParam : null;
  const restrictionParam = list.filter('restriction');
  const restriction = isRestriction(restrictionParam) ? restrictionParam : null;
  // An order the server does not offer (an edited address) falls back to the default.
  const sort = (Object.values(SORTS) as string[]).includes(list.sort)
    ? (list.sort as BarredSort)
    : SORTS.newest;
  const entries = useBarredEntities({
    q: list.q,
    state,
    restriction,
    sort,
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  const data = entries.data;
  const filtered = Boolean(list.q) || state !== null || restriction !== null;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('barred.title')}</PageTitle>
        <Text className="akniet-reading">{t('barred.intro')}</Text>
        {mayOpen(BAR_KEEPERS, roles) && (
          <Button component={Link} to="/barred-entities/new" mt="md" data-record-bar>
            {t('barred.record')}
          </Button>
        )}
      </div>
      <CheckEntityForm />
      <Group align="flex-end" gap="md" role="search" aria-label={t('barred.filters')}>
        <SearchBox
          label={t('barred.search')}
          placeholder={t('barred.searchPlaceholder')}
          value={list.q}
          onSearch={list.setQ}
        />
        <NativeSelect
          label={t('barred.state')}
          value={state ?? ''}
          onChange={(event) => list.setFilter('state', event.currentTarget.value || null)}
          data={[
            { value: '', label: t('barred.allStates') },
            ...BAR_STATES.map((s) => ({ value: s, label: t(`barred.states.${s}`) })),
          ]}
          w={{ base: '100%', sm: 220 }}
          data-filter="state"
        />
        <NativeSelect
          label={t('barred.restriction')}
          value={restriction ?? ''}
          onChange={(event) => list.setFilter('restriction', event.currentTarget.value || null)}
          data={[
            { value: '', label: t('barred.allRestrictions') },
            ...BAR_RESTRICTIONS.map((r) => ({ value: r, label: t(`barred.restrictions.${r}`) })),
          ]}
          w={{ base: '100%', sm: 260 }}
          data-filter="restriction"
        />
        <NativeSelect
          label={t('barred.sortLabel')}
          value={sort}
          onChange={(event) => list.setSort(event.currentTarget.value)}
          data={Object.entries(SORTS).map(([key, value]) => ({
            value,
            label: t(`barred.sorts.${key as keyof typeof SORTS}`),
          }))}
          hiddenFrom="sm"
          w="100%"
          data-sort-select
        />
      </Group>
      {entries.isError && <ErrorAlert error={entries.error} onRetry={() => entries.refetch()} />}
      {entries.isPending && <Loading />}
      {data && (
        <div aria-busy={entries.isFetching || undefined}>
          {data.items.length === 0 ? (
            <Text c="dimmed" data-barred-empty>
              {filtered ? t('common.noResults') : t('barred.empty')}
            </Text>
          ) : (
            <BarredEntitiesTable items={data.items} sort={sort} onSort={list.setSort} />
          )}
          <ListFooter
            total={data.total}
            page={list.page}
            pageSize={PAGE_SIZE}
            onPage={list.setPage}
          />
        </div>
      )}
      <section aria-labelledby="barred-about">
        <Card withBorder padding="md" data-open-data>
          <Title order={2} fz="lg" id="barred-about" mb="xs">
            {t('barred.aboutTitle')}
          </Title>
          <Text size="sm" className="akniet-reading" mb="xs">
            {t('barred.about')}
          </Text>
          <OpenDataLinks prefix="barred-entities" intro={t('barred.openData')} />
        </Card>
      </section>
    </Stack>
  );
}
