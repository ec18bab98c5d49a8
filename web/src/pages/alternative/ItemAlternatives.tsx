import { Anchor, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { ListFooter } from '../../components/table/ListFooter.tsx';
import { AlternativeReportCard } from './AlternativeReportCard.tsx';
import { FileReportButton } from './FileReportButton.tsx';
import { useAlternativeReports } from './queries.ts';

const PAGE_SIZE = 10;

/** The alternative reports filed on one Plan item, newest first, on the item's page. */
export function ItemAlternatives({ number }: { number: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState<string | null>(null);
  const reports = useAlternativeReports({ itemNumber: number, page, pageSize: PAGE_SIZE });
  const data = reports.data;

  return (
    <section aria-labelledby="item-alternative" data-item-alternatives={number}>
      <Group justify="space-between" align="flex-end" gap="sm" mb="sm">
        <Title order={2} id="item-alternative" fz={{ base: 20, sm: 24 }}>
          {t('alternative.itemSection.title')}
        </Title>
        <FileReportButton
          target={{ kind: 'item', number }}
          onFiled={() => {
            setPage(1);
            setNotice(t('alternative.form.filed'));
          }}
        />
      </Group>
      <Text size="sm" c="dimmed" mb="sm" className="akniet-reading">
        {t('alternative.itemSection.intro')}{' '}
        <Anchor
          component={Link}
          to={`/strategy/alternative?item=${number}`}
          inherit
          underline="always"
        >
          {t('alternative.itemSection.all')}
        </Anchor>
      </Text>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {reports.isPending && <Loading />}
      {reports.isError && <ErrorAlert error={reports.error} onRetry={() => reports.refetch()} />}
      {data && data.items.length === 0 && (
        <Text c="dimmed" data-alternative-empty>
          {t('alternative.itemSection.none')}
        </Text>
      )}
      {data && data.items.length > 0 && (
        <>
          <ol className="akniet-plain-list akniet-stack-sm">
            {data.items.map((report) => (
              <li key={report.id}>
                <AlternativeReportCard report={report} />
              </li>
            ))}
          </ol>
          <ListFooter total={data.total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
        </>
      )}
    </section>
  );
}
