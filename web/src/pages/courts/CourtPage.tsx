import { Anchor, Group, Stack, Tabs, Text } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError.ts';
import type { CourtDetail } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { SyntheticNotice } from '../../components/SyntheticNotice.tsx';
import { Tag } from '../../components/Tag.tsx';
import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { AlertsTab } from './court/AlertsTab.tsx';
import { AllocationsTab } from './court/AllocationsTab.tsx';
import { CriteriaTab } from './court/CriteriaTab.tsx';
import { FairnessTab } from './court/FairnessTab.tsx';
import { SeedsTab } from './court/SeedsTab.tsx';
import { useCourt } from './queries.ts';
import { COURT_TABS, type CourtTab, courtPath } from './terms.ts';

const SECTIONS: Record<CourtTab, ComponentType<{ court: CourtDetail }>> = {
  allocations: AllocationsTab,
  fairness: FairnessTab,
  criteria: CriteriaTab,
  seeds: SeedsTab,
  alerts: AlertsTab,
};

const isTab = (value: string | undefined): value is CourtTab =>
  COURT_TABS.includes(value as CourtTab);

/**
 * One court's public record (Plan item 17): every allocation, the judges' shares against the
 * weights, the criteria in force, the daily seeds and signed heads, and the alerts. Each tab has
 * its own address (/courts/:code/fairness).
 */
export function CourtPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { code = '', tab } = useParams();
  const court = useCourt(code);
  const current: CourtTab = tab === undefined ? 'allocations' : isTab(tab) ? tab : 'allocations';
  if (tab !== undefined && !isTab(tab)) return <NotFoundPage />;
  const d = court.data;
  const notFound = isApiError(court.error) && court.error.status === 404;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/courts" size="sm">
        {t('courts.court.back')}
      </Anchor>
      {notFound && (
        <>
          <PageTitle>{t('courts.court.notFoundTitle')}</PageTitle>
          <Text>{t('courts.court.notFound')}</Text>
        </>
      )}
      {court.isError && !notFound && (
        <ErrorAlert error={court.error} onRetry={() => court.refetch()} />
      )}
      {court.isPending && <Loading />}
      {d && (
        <>
          <div>
            <PageTitle>{localize(d.name, language)}</PageTitle>
            <Group gap="xs">
              <Tag color="gray">{t(`courts.instances.${d.instance}`)}</Tag>
              <Anchor component={Link} to="/courts/verify" size="sm" fw={600}>
                {t('courts.verifyLink')}
              </Anchor>
            </Group>
          </div>
          {d.judges.some((j) => j.synthetic) && (
            <SyntheticNotice title={t('courts.syntheticTitle')}>
              {t('courts.syntheticText')}
            </SyntheticNotice>
          )}
          <Tabs
            value={current}
            onChange={(value) => {
              if (isTab(value ?? undefined) && value !== current)
                navigate(courtPath(code, value as CourtTab));
            }}
            keepMounted={false}
            data-court-tabs
          >
            <Tabs.List aria-label={t('courts.court.tabsLabel')} mb="lg">
              {COURT_TABS.map((key) => (
                <Tabs.Tab key={key} value={key} fw={600} data-court-tab={key}>
                  {t(`courts.court.tabs.${key}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {COURT_TABS.map((key) => {
              const Section = SECTIONS[key];
              return (
                <Tabs.Panel key={key} value={key} data-court-panel={key}>
                  <Section court={d} />
                </Tabs.Panel>
              );
            })}
          </Tabs>
        </>
      )}
    </Stack>
  );
}
