import { Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError.ts';
import type { MeasureReport } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { useReportingPeriods } from '../strategy/queries.ts';
import { AgencyName } from './AgencyName.tsx';
import { periodLabel } from './labels.ts';
import { parseId, useMeasure, useRefreshReports, useReport } from './queries.ts';
import { useActivityIndicators } from './report/indicators.ts';
import { ReportWork } from './report/ReportWork.tsx';
import { WorkBreadcrumbs } from './WorkBreadcrumbs.tsx';

/** One report opened from the review queue: what it says, its evidence, and the review buttons. */
export function ReviewReportPage() {
  const id = parseId(useParams().id);
  const report = useReport(id);
  if (id === null) return <NotFoundPage />;
  if (report.isError && isApiError(report.error) && report.error.status === 404) {
    return <NotFoundPage />;
  }
  if (report.isError) return <ErrorAlert error={report.error} onRetry={() => report.refetch()} />;
  if (report.isPending) return <Loading />;
  return <ReportReview report={report.data} />;
}

function ReportReview({ report }: { report: MeasureReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const refresh = useRefreshReports();
  const measure = useMeasure(report.measureId);
  const periods = useReportingPeriods();
  const indicators = useActivityIndicators(measure.data?.activityCode ?? null);
  const [notice, setNotice] = useState<string | null>(null);
  const period = periods.data?.items.find((p) => p.id === report.periodId);
  const label = period ? periodLabel(t, period) : t('rating.reports.unknownPeriod');
  const measurePath = `/work/measures/${report.measureId}?period=${report.periodId}`;

  return (
    <Stack gap="lg" data-review-report={report.id}>
      <div>
        <WorkBreadcrumbs
          crumbs={[
            { label: t('nav.review'), to: '/work/review' },
            { label: t('work.review.reportTitle') },
          ]}
        />
        <PageTitle>{t('work.review.reportTitle')}</PageTitle>
        {measure.isError && <ErrorAlert error={measure.error} onRetry={() => measure.refetch()} />}
        {measure.data && (
          <dl className="akniet-facts">
            <dt>{t('work.measures.measure')}</dt>
            <dd>
              <Anchor component={Link} to={measurePath} inherit data-measure-link>
                {localize(measure.data.title, language)}
              </Anchor>
            </dd>
            <dt>{t('work.plans.agency')}</dt>
            <dd>
              <AgencyName id={measure.data.agencyId} />
            </dd>
            <dt>{t('rating.measure.activity')}</dt>
            <dd>
              {measure.data.activityCode
                ? `${measure.data.activityCode}${indicators.activity ? `: ${localize(indicators.activity.text, language)}` : ''}`
                : t('rating.measure.noActivity')}
            </dd>
          </dl>
        )}
      </div>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {indicators.isPending ? (
        <Loading />
      ) : (
        <ReportWork
          report={report}
          periodLabel={label}
          fields={indicators.fields}
          onChanged={async (updated, message) => {
            await refresh(report.measureId);
            if (updated.id !== report.id) {
              navigate(`/work/measures/${updated.measureId}?period=${updated.periodId}`);
              return;
            }
            setNotice(message);
          }}
        />
      )}
      <Anchor component={Link} to={measurePath} size="sm">
        {t('work.review.allVersions')}
      </Anchor>
    </Stack>
  );
}
