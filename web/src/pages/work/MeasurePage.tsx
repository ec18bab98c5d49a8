import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/ApiError.ts';
import { getPlan } from '../../api/endpoints.ts';
import type { Measure, MeasureReport } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { formatDate } from '../../format/dates.ts';
import { localize } from '../../format/localized.ts';
import { formatMoney } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useSession } from '../../session/useSession.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { formatPercent } from '../strategy/indicators/formatIndicatorValue.ts';
import { useMeasureReports, useReportingPeriods } from '../strategy/queries.ts';
import { ReportHistory } from '../strategy/ReportHistory.tsx';
import { AgencyName } from './AgencyName.tsx';
import { periodLabel } from './labels.ts';
import { executedShare } from './measure/budget.ts';
import { ExecutedBudgetForm } from './measure/ExecutedBudgetForm.tsx';
import { ResponsibleForm } from './measure/ResponsibleForm.tsx';
import { itemOf } from './plans/ActivityPicker.tsx';
import { mayKeepPlansOf, parseId, useMeasure, useRefreshReports } from './queries.ts';
import { type IndicatorField, useActivityIndicators } from './report/indicators.ts';
import { PeriodsTable } from './report/PeriodsTable.tsx';
import { ReportEditor } from './report/ReportEditor.tsx';
import { ReportWork } from './report/ReportWork.tsx';
import { WorkBreadcrumbs } from './WorkBreadcrumbs.tsx';

/** The newest version per period (the history comes newest first, but go by version to be sure). */
function latestPerPeriod(reports: MeasureReport[]): Map<string, MeasureReport> {
  const latest = new Map<string, MeasureReport>();
  for (const r of reports) {
    const seen = latest.get(r.periodId);
    if (!seen || r.version > seen.version) latest.set(r.periodId, r);
  }
  return latest;
}

/** The report workspace of one measure: periods, the report for the chosen one, the history. */
export function WorkMeasurePage() {
  const id = parseId(useParams().id);
  const measure = useMeasure(id);
  if (id === null) return <NotFoundPage />;
  if (measure.isError && isApiError(measure.error) && measure.error.status === 404) {
    return <NotFoundPage />;
  }
  if (measure.isError)
    return <ErrorAlert error={measure.error} onRetry={() => measure.refetch()} />;
  if (measure.isPending) return <Loading />;
  return <MeasureWorkspace measure={measure.data} />;
}

function MeasureFacts({
  measure,
  activityText,
}: {
  measure: Measure;
  activityText: string | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const share = executedShare(measure.plannedBudget, measure.executedBudget);
  return (
    <>
      <dl className="akniet-facts" data-measure-facts>
        <dt>{t('work.plans.agency')}</dt>
        <dd>
          <AgencyName id={measure.agencyId} />
        </dd>
        <dt>{t('rating.measure.activity')}</dt>
        <dd>
          {measure.activityCode ? (
            <Anchor component={Link} to={`/strategy/items/${itemOf(measure.activityCode)}`} inherit>
              {t('strategy.item.activity', { code: measure.activityCode })}
            </Anchor>
          ) : (
            t('rating.measure.noActivity')
          )}
        </dd>
        <dt>{t('rating.measure.deadline')}</dt>
        <dd>{formatDate(measure.deadline, language)}</dd>
        <dt>{t('rating.measure.plannedBudget')}</dt>
        <dd>
          {measure.plannedBudget
            ? formatMoney(measure.plannedBudget, language)
            : t('rating.measure.notStated')}
        </dd>
        <dt>{t('work.budget.executed')}</dt>
        <dd data-executed-budget-fact>
          {measure.executedBudget ? (
            <>
              {formatMoney(measure.executedBudget, language)}
              {share !== null && (
                <Text span c="dimmed" inherit data-executed-share>
                  {' '}
                  ({t('work.budget.share', { share: formatPercent(share, language) })})
                </Text>
              )}
            </>
          ) : (
            t('work.budget.notRecorded')
          )}
        </dd>
      </dl>
      {/* The Plan's wording of the activity, under the facts: long, it needs the full width. */}
      {activityText && (
        <Text size="sm" c="gray.8" mt="xs" className="akniet-reading" data-activity-text>
          {t('work.measures.activityText', { code: measure.activityCode ?? '' })} {activityText}
        </Text>
      )}
    </>
  );
}

function MeasureWorkspace({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState<string | null>(null);
  const workHeading = useRef<HTMLDivElement>(null);
  const refresh = useRefreshReports();
  const plan = useQuery({
    queryKey: ['plans', 'one', measure.planId],
    queryFn: () => getPlan(measure.planId),
  });
  const periods = useReportingPeriods();
  const reports = useMeasureReports(measure.id);
  const indicators = useActivityIndicators(measure.activityCode);

  const title = localize(measure.title, language);
  const mayReport = !!user && user.roles.includes('officer') && user.agencyId === measure.agencyId;
  const history = reports.data?.items ?? [];
  const latest = latestPerPeriod(history);
  const periodList = periods.data?.items ?? [];
  const fallback =
    history.find((r) => r.actions.length > 0)?.periodId ??
    history[0]?.periodId ??
    (mayReport ? periodList.find((p) => p.open)?.id : undefined) ??
    null;
  const selectedId = params.get('period') ?? fallback;
  const selected = periodList.find((p) => p.id === selectedId) ?? null;
  const report = selected ? latest.get(selected.id) : undefined;
  const fields: IndicatorField[] = indicators.fields;

  const select = (periodId: string) => {
    setNotice(null);
    setParams({ period: periodId }, { replace: true });
    // Move the keyboard and screen reader to the report that just opened below the table.
    requestAnimationFrame(() => workHeading.current?.focus());
  };
  const changed = async (updated: MeasureReport, message: string) => {
    setNotice(message);
    setParams({ period: updated.periodId }, { replace: true });
    await refresh(measure.id);
  };

  return (
    <Stack gap="lg" data-measure={measure.id}>
      <div>
        <WorkBreadcrumbs
          crumbs={[
            { label: t('nav.workPlans'), to: '/work/plans' },
            ...(plan.data
              ? [{ label: localize(plan.data.title, language), to: `/work/plans/${plan.data.id}` }]
              : []),
            { label: title },
          ]}
        />
        <PageTitle>{title}</PageTitle>
        <MeasureFacts
          measure={measure}
          activityText={indicators.activity ? localize(indicators.activity.text, language) : null}
        />
      </div>

      <section aria-labelledby="periods-heading">
        <Title order={2} fz="lg" id="periods-heading" mb="xs">
          {t('work.periods.title')}
        </Title>
        {periods.isPending && <Loading />}
        {periods.isError && <ErrorAlert error={periods.error} onRetry={() => periods.refetch()} />}
        {periods.data && reports.data && (
          <PeriodsTable
            periods={periodList}
            latest={latest}
            selectedId={selected?.id ?? null}
            mayReport={mayReport}
            onSelect={select}
          />
        )}
      </section>

      <div ref={workHeading} tabIndex={-1} data-work-area style={{ outline: 'none' }}>
        <Stack gap="sm">
          <SuccessNotice message={notice} onClose={() => setNotice(null)} />
          {reports.isError && (
            <ErrorAlert error={reports.error} onRetry={() => reports.refetch()} />
          )}
          {(reports.isPending || indicators.isPending) && <Loading />}
          {selected &&
            reports.data &&
            !indicators.isPending &&
            (report ? (
              <ReportWork
                report={report}
                periodLabel={periodLabel(t, selected)}
                fields={fields}
                onChanged={changed}
              />
            ) : selected.open && mayReport ? (
              <Card
                withBorder
                padding="md"
                component="section"
                aria-labelledby="new-report"
                data-new-report={selected.id}
              >
                <Title order={2} fz="lg" id="new-report" mb="xs">
                  {t('work.report.newHeading', { period: periodLabel(t, selected) })}
                </Title>
                <Text size="sm" c="dimmed" mb="md">
                  {t('work.report.newHint')}
                </Text>
                <ReportEditor
                  key={selected.id}
                  measureId={measure.id}
                  periodId={selected.id}
                  report={null}
                  fields={fields}
                  onSaved={(saved) => changed(saved, t('work.report.started'))}
                />
              </Card>
            ) : (
              <Text c="dimmed" data-no-report>
                {selected.open ? t('work.report.noneYet') : t('work.report.windowClosed')}
              </Text>
            ))}
        </Stack>
      </div>

      {mayKeepPlansOf(user, measure.agencyId) && (
        <>
          <ExecutedBudgetForm key={measure.id} measure={measure} />
          <ResponsibleForm key={`responsible-${measure.id}`} measure={measure} />
        </>
      )}

      <Card withBorder padding="md">
        <ReportHistory measureId={measure.id} headingId={`history-${measure.id}`} />
      </Card>
    </Stack>
  );
}
