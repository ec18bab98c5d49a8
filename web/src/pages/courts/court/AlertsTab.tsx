import { Card, Group, NativeSelect, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CourtAlert, CourtAlertKind, CourtDetail } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Tag } from '../../../components/Tag.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { localize } from '../../../format/localized.ts';
import { formatScore } from '../../../format/numbers.ts';
import type { Language } from '../../../i18n/languages.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useAlerts } from '../queries.ts';
import { formatDay } from '../terms.ts';

const PAGE_SIZE = 20;
const KINDS: readonly CourtAlertKind[] = [
  'small-eligible-set',
  'absence-cluster',
  'repeated-filing',
];
const isKind = (value: string): value is CourtAlertKind => KINDS.includes(value as CourtAlertKind);

/**
 * The known manipulation patterns, surfaced: allocations with one or two eligible judges,
 * absences that shrank a chamber just before a case, and the same claim filed again and again
 * (each group of filings shown together).
 */
export function AlertsTab({ court }: { court: CourtDetail }) {
  const { t } = useTranslation();
  const list = useListParams({ sort: '' });
  const kind = list.filter('kind');
  const alerts = useAlerts(court.code, {
    kind: isKind(kind) ? kind : undefined,
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  const a = 'courts.alerts' as const;

  return (
    <Stack gap="md">
      <Text className="akniet-reading">{t(`${a}.intro`)}</Text>
      <NativeSelect
        label={t(`${a}.kind`)}
        value={isKind(kind) ? kind : ''}
        onChange={(e) => list.setFilter('kind', e.currentTarget.value || null)}
        data={[
          { value: '', label: t(`${a}.allKinds`) },
          ...KINDS.map((k) => ({ value: k, label: t(`${a}.kinds.${k}`) })),
        ]}
        w={{ base: '100%', xs: 300 }}
        data-filter="kind"
      />
      {alerts.isError && <ErrorAlert error={alerts.error} onRetry={() => alerts.refetch()} />}
      {alerts.isPending && <Loading />}
      {alerts.data && (
        <>
          {alerts.data.items.length === 0 ? (
            <Text c="dimmed" data-no-alerts>
              {t(`${a}.empty`)}
            </Text>
          ) : (
            <ul className="akniet-plain-list akniet-stack" aria-label={t(`${a}.listLabel`)}>
              {alerts.data.items.map((alert) => (
                <li key={`${alert.kind}-${alert.day}-${alert.cases.map((c) => c.id).join()}`}>
                  <AlertCard alert={alert} court={court} />
                </li>
              ))}
            </ul>
          )}
          <ListFooter
            total={alerts.data.total}
            page={list.page}
            pageSize={PAGE_SIZE}
            onPage={list.setPage}
          />
        </>
      )}
    </Stack>
  );
}

/** The text of one alert with the numbers that raised it. */
function alertText(
  t: TFunction,
  alert: CourtAlert,
  chamberName: (id: string | null) => string,
  language: Language,
) {
  const a = 'courts.alerts.texts' as const;
  switch (alert.kind) {
    case 'small-eligible-set':
      return t(`${a}.small-eligible-set`, { count: alert.details.eligibleCount });
    case 'absence-cluster':
      return t(`${a}.absence-cluster`, {
        absent: alert.details.absent.length,
        size: alert.details.size,
        share: formatScore(alert.details.sharePercent, language),
        days: alert.details.windowDays,
        chamber: chamberName(alert.details.chamber),
      });
    case 'repeated-filing':
      return t(`${a}.repeated-filing`, {
        count: alert.details.count,
        first: formatDay(alert.details.firstDay, language),
        last: formatDay(alert.details.lastDay, language),
      });
  }
}

function AlertCard({ alert, court }: { alert: CourtAlert; court: CourtDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const a = 'courts.alerts' as const;
  const chamberName = (id: string | null) => {
    const chamber = court.chambers.find((c) => c.id === id);
    return chamber ? localize(chamber.name, language) : (id ?? '');
  };
  return (
    <Card withBorder padding="md" data-alert-kind={alert.kind}>
      <Group gap="xs" mb={4} wrap="wrap">
        <Tag color={alert.kind === 'repeated-filing' ? 'orange' : 'red'}>
          {t(`${a}.kinds.${alert.kind}`)}
        </Tag>
        <Text span size="sm" c="gray.8">
          {formatDay(alert.day, language)}
        </Text>
      </Group>
      <Text size="sm">{alertText(t, alert, chamberName, language)}</Text>
      <Text size="sm" mt={4}>
        <Text span fw={600}>
          {t(`${a}.cases`)}
        </Text>{' '}
        <span data-alert-cases>{alert.cases.map((c) => c.number).join(', ')}</span>
      </Text>
    </Card>
  );
}
