import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { SearchBox } from '../../../components/table/SearchBox.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { PublicationNote } from './PublicationNote.tsx';
import { PublishedNotificationCard } from './PublishedNotificationCard.tsx';
import { usePublishedConflictNotifications } from './queries.ts';
import { parseYear, YearSelect } from './YearSelect.tsx';

const PAGE_SIZE = 20;
/** The orders the server offers, as the address writes them. */
const SORTS = { newest: '-filed', oldest: 'filed' } as const;

/**
 * The public list of conflict-of-interest notifications filed by political and special officials
 * (Plan item 5), with the measure each head decided: search, year, order, pages.
 */
export function PublicConflictNotificationsPage() {
  const { t } = useTranslation();
  const list = useListParams({ sort: SORTS.newest });
  const year = parseYear(list.filter('year'));
  const sort = (Object.values(SORTS) as string[]).includes(list.sort) ? list.sort : SORTS.newest;
  const notifications = usePublishedConflictNotifications({
    search: list.q,
    year,
    sort,
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  const data = notifications.data;
  const filtered = Boolean(list.q) || year !== null;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('publicConflicts.notifications.title')}</PageTitle>
        <Text className="akniet-reading">{t('publicConflicts.notifications.intro')}</Text>
      </div>
      <Group
        align="flex-end"
        gap="md"
        role="search"
        aria-label={t('publicConflicts.notifications.filters')}
      >
        <SearchBox
          label={t('publicConflicts.notifications.search')}
          placeholder={t('publicConflicts.notifications.searchPlaceholder')}
          value={list.q}
          onSearch={list.setQ}
        />
        <YearSelect
          value={year}
          onChange={(y) => list.setFilter('year', y === null ? null : String(y))}
        />
        <NativeSelect
          label={t('publicConflicts.notifications.sortLabel')}
          value={sort}
          onChange={(event) => list.setSort(event.currentTarget.value)}
          data={[
            { value: SORTS.newest, label: t('publicConflicts.notifications.sorts.newest') },
            { value: SORTS.oldest, label: t('publicConflicts.notifications.sorts.oldest') },
          ]}
          w={{ base: '100%', xs: 220 }}
          data-sort-select
        />
      </Group>
      {notifications.isError && (
        <ErrorAlert error={notifications.error} onRetry={() => notifications.refetch()} />
      )}
      {notifications.isPending && <Loading />}
      {data && (
        <div aria-busy={notifications.isFetching || undefined}>
          {data.items.length === 0 ? (
            <Text c="dimmed" data-notifications-empty>
              {filtered ? t('common.noResults') : t('publicConflicts.notifications.empty')}
            </Text>
          ) : (
            <ul className="akniet-plain-list akniet-stack-sm" data-published-notifications>
              {data.items.map((n) => (
                <li key={n.id}>
                  <PublishedNotificationCard n={n} />
                </li>
              ))}
            </ul>
          )}
          <ListFooter
            total={data.total}
            page={list.page}
            pageSize={PAGE_SIZE}
            onPage={list.setPage}
          />
        </div>
      )}
      <PublicationNote />
    </Stack>
  );
}
