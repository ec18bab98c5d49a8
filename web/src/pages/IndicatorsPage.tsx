import './strategy/dashboard/dashboard.css';
import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ListFooter } from '../components/table/ListFooter.tsx';
import { SearchBox } from '../components/table/SearchBox.tsx';
import { useListParams } from '../components/table/useListParams.ts';
import { IndicatorCard } from './strategy/indicators/IndicatorCard.tsx';
import { useIndicators } from './strategy/indicators/queries.ts';
import { parseItemNumber } from './strategy/queries.ts';

const PAGE_SIZE = 20;
/** The Plan has 20 items; the filter offers each. */
const ITEM_NUMBERS = Array.from({ length: 20 }, (_, i) => i + 1);

/**
 * "#indicator-2.1.1" (a link from a Plan item's chart): scrolls to that card once the list has
 * loaded, since the browser looked for it before it existed.
 */
function useScrollToHash(loaded: boolean) {
  const { hash } = useLocation();
  const done = useRef('');
  useEffect(() => {
    if (!loaded || !hash || done.current === hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    done.current = hash;
    target.scrollIntoView({ block: 'start' });
  }, [loaded, hash]);
}

/** The Plan's indicators: definition and latest value against target, by Plan item and text. */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const list = useListParams({ sort: 'code' });
  const item = parseItemNumber(list.filter('item')) ?? undefined;
  const indicators = useIndicators({
    item,
    q: list.q || undefined,
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  const data = indicators.data;
  useScrollToHash(data !== undefined);

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('dashboard.indicators.title')}</PageTitle>
        <Text className="akniet-reading" size="lg" lh={1.6}>
          {t('dashboard.indicators.intro')}
        </Text>
      </div>

      <Group align="flex-end" gap="md" wrap="wrap">
        <SearchBox
          label={t('dashboard.indicators.search')}
          placeholder={t('dashboard.indicators.searchPlaceholder')}
          value={list.q}
          onSearch={list.setQ}
        />
        <NativeSelect
          label={t('dashboard.indicators.item')}
          value={item === undefined ? '' : String(item)}
          onChange={(event) => list.setFilter('item', event.currentTarget.value || null)}
          data={[
            { value: '', label: t('dashboard.indicators.allItems') },
            ...ITEM_NUMBERS.map((n) => ({
              value: String(n),
              label: t('strategy.item.short', { number: n }),
            })),
          ]}
          w={{ base: '100%', sm: 220 }}
          data-item-filter
        />
      </Group>

      {indicators.isPending && <Loading />}
      {indicators.isError && (
        <ErrorAlert error={indicators.error} onRetry={() => indicators.refetch()} />
      )}
      {data && (
        <div aria-busy={indicators.isFetching || undefined}>
          {data.items.length === 0 ? (
            <Text c="dimmed" data-indicators-empty>
              {t('dashboard.indicators.empty')}
            </Text>
          ) : (
            <ol className="akniet-plain-list akniet-stack" data-indicator-list>
              {data.items.map((indicator) => (
                <li key={indicator.code}>
                  <IndicatorCard indicator={indicator} />
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
    </Stack>
  );
}
