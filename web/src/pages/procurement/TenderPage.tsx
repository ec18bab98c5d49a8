import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Tag } from '../../components/Tag.tsx';
import { useTender } from './queries.ts';
import { RiskIndex } from './RiskIndex.tsx';
import { SyntheticTag } from './SyntheticTag.tsx';
import { TenderConflicts } from './TenderConflicts.tsx';
import { TenderDocuments } from './TenderDocuments.tsx';
import { TenderFacts } from './TenderFacts.tsx';
import { TenderFlags } from './TenderFlags.tsx';
import { TenderRecords } from './TenderRecords.tsx';
import { TenderRemarks } from './TenderRemarks.tsx';
import { statusText } from './terms.ts';

/**
 * One tender (Plan item 6): its facts, every red flag with what it means and its evidence, the
 * corruption risk index component by component, potential conflicts of interest for those who
 * may see them, the process itself, the OCDS release, and civic monitoring.
 */
export function TenderPage() {
  const { t } = useTranslation();
  const { ocid } = useParams();
  const tender = useTender(ocid);
  const d = tender.data;
  const notFound = isApiError(tender.error) && tender.error.status === 404;
  const n = 'procurement.tender' as const;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/procurement" size="sm">
        {t(`${n}.back`)}
      </Anchor>
      {notFound ? (
        <>
          <PageTitle>{t(`${n}.notFoundTitle`)}</PageTitle>
          <Text>{t(`${n}.notFound`)}</Text>
        </>
      ) : (
        <>
          {tender.isError && <ErrorAlert error={tender.error} onRetry={() => tender.refetch()} />}
          {tender.isPending && <Loading />}
          {d && (
            <>
              <div>
                <PageTitle>{d.title ?? d.ocid}</PageTitle>
                <Group gap="xs" wrap="wrap">
                  <Tag color="gray">{statusText(t, d.status)}</Tag>
                  {d.flags.length > 0 && (
                    <Tag color="red">{t('procurement.flagsCount', { count: d.flags.length })}</Tag>
                  )}
                  {d.synthetic && <SyntheticTag />}
                </Group>
              </div>
              {d.synthetic && (
                <Alert
                  color="orange"
                  variant="light"
                  styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
                  title={t('procurement.synthetic')}
                  data-synthetic-notice
                >
                  {t('procurement.syntheticHint')}
                </Alert>
              )}
              <TenderFacts tender={d} />
              {d.description && (
                <section aria-labelledby="tender-description">
                  <Title order={2} fz="lg" id="tender-description" mb="xs">
                    {t(`${n}.description`)}
                  </Title>
                  <Text className="akniet-reading" style={{ whiteSpace: 'pre-line' }}>
                    {d.description}
                  </Text>
                </section>
              )}
              <TenderFlags flags={d.flags} buyerName={d.buyer?.name ?? null} />
              <RiskIndex risk={d.risk} />
              {d.conflicts !== null && <TenderConflicts conflicts={d.conflicts} />}
              <section aria-labelledby="tender-process">
                <Title order={2} fz="lg" id="tender-process" mb="xs">
                  {t(`${n}.process`)}
                </Title>
                <Stack gap="md">
                  <TenderRecords tender={d} />
                  <TenderDocuments documents={d.documents} />
                </Stack>
              </section>
              <TenderRemarks tender={d} />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
