import { Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { AlternativeReportCard } from './AlternativeReportCard.tsx';
import { FileReportButton } from './FileReportButton.tsx';
import { useAlongside } from './queries.ts';

/**
 * Civil society's assessments of a measure, shown beside its official report history: the
 * official verdict of the newest published report for comparison, then every organisation's view.
 */
export function MeasureAlternatives({
  measure,
  headingId,
  measureHeadingId,
}: {
  measure: Measure;
  headingId: string;
  measureHeadingId: string;
}) {
  const { t } = useTranslation();
  const alongside = useAlongside(measure.id);
  const [notice, setNotice] = useState<string | null>(null);
  const data = alongside.data;

  return (
    <section aria-labelledby={headingId} data-alternative-assessments={measure.id}>
      <Group justify="space-between" align="flex-start" gap="xs" mb={6}>
        <Title order={4} id={headingId} fz="sm">
          {t('alternative.alongside.title')}
        </Title>
        <FileReportButton
          target={{ kind: 'measure', id: measure.id, title: measure.title }}
          describedBy={measureHeadingId}
          onFiled={() => setNotice(t('alternative.form.filed'))}
        />
      </Group>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {alongside.isPending && <Loading />}
      {alongside.isError && (
        <ErrorAlert error={alongside.error} onRetry={() => alongside.refetch()} />
      )}
      {data && (
        <Text
          size="xs"
          c="dimmed"
          mb={6}
          data-official-status={data.official?.executionStatus ?? ''}
        >
          {data.official
            ? t('alternative.alongside.official', {
                status: t(`rating.reports.statuses.${data.official.executionStatus}`),
              })
            : t('alternative.alongside.noOfficial')}
        </Text>
      )}
      {data && data.alternative.length === 0 && (
        <Text size="sm" c="dimmed" data-alternative-empty>
          {t('alternative.alongside.none')}
        </Text>
      )}
      {data && data.alternative.length > 0 && (
        <ol className="akniet-plain-list akniet-stack-sm">
          {data.alternative.map((report) => (
            <li key={report.id}>
              <AlternativeReportCard report={report} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
