import { Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { ListFooter } from '../../components/table/ListFooter.tsx';
import { SearchBox } from '../../components/table/SearchBox.tsx';
import { useListParams } from '../../components/table/useListParams.ts';
import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { parseItemNumber, useStrategy } from '../strategy/queries.ts';
import { AlternativeReportCard } from './AlternativeReportCard.tsx';
import { FileReportButton } from './FileReportButton.tsx';
import { useAlternativeReports, useOrganisationOptions } from './queries.ts';

const PAGE_SIZE = 20;

/** Every alternative report, newest first: searched, filtered by organisation and Plan item, paged. */
export function AlternativeReportsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: '' });
  const organisationId = list.filter('organisation');
  const itemNumber = parseItemNumber(list.filter('item') || undefined);
  const [notice, setNotice] = useState<string | null>(null);

  const organisations = useOrganisationOptions();
  const strategy = useStrategy();
  const itemNumbers = (strategy.data?.directions ?? []).flatMap((d) =>
    d.items.map((i) => i.number),
  );
  const reports = useAlternativeReports({
    q: list.q || undefined,
    organisationId: organisationId || undefined,
    itemNumber: itemNumber ?? undefined,
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  const data = reports.data;

  return (
    <Stack>
      <div>
        <PageTitle>{t('alternative.title')}</PageTitle>
        <Text className="akniet-reading">{t('alternative.intro')}</Text>
      </div>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <SearchBox
            label={t('alternative.search')}
            placeholder={t('alternative.searchPlaceholder')}
            value={list.q}
            onSearch={list.setQ}
          />
          <Select
            label={t('alternative.organisation')}
            placeholder={t('alternative.allOrganisations')}
            data={(organisations.data?.items ?? []).map((o) => ({
              value: o.id,
              label: localize(o.name, language),
            }))}
            value={organisationId || null}
            onChange={(value) => list.setFilter('organisation', value)}
            clearable
            searchable
            nothingFoundMessage={t('common.noResults')}
            w={{ base: '100%', sm: 320 }}
            data-filter="organisation"
          />
          <Select
            label={t('alternative.item')}
            placeholder={t('alternative.allItems')}
            data={itemNumbers.map((n) => ({
              value: String(n),
              label: t('alternative.itemN', { number: n }),
            }))}
            value={itemNumber === null ? null : String(itemNumber)}
            onChange={(value) => list.setFilter('item', value)}
            clearable
            w={{ base: '100%', sm: 220 }}
            data-filter="item"
          />
        </Group>
        <FileReportButton
          target={{ kind: 'choose' }}
          onFiled={() => setNotice(t('alternative.form.filed'))}
        />
      </Group>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {reports.isError && <ErrorAlert error={reports.error} onRetry={() => reports.refetch()} />}
      {reports.isPending && <Loading />}
      {data && (
        <>
          {data.items.length === 0 ? (
            <Text c="dimmed" data-alternative-empty>
              {list.q || organisationId || itemNumber !== null
                ? t('common.noResults')
                : t('alternative.empty')}
            </Text>
          ) : (
            <ol className="akniet-plain-list akniet-stack-sm" data-alternative-list>
              {data.items.map((report) => (
                <li key={report.id}>
                  <AlternativeReportCard report={report} showTarget />
                </li>
              ))}
            </ol>
          )}
          <ListFooter
            total={data.total}
            page={list.page}
            pageSize={PAGE_SIZE}
            onPage={list.setPage}
          />
        </>
      )}
    </Stack>
  );
}
