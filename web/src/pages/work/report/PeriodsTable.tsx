import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeasureReport, ReportingPeriod } from '../../../api/types.ts';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { periodLabel } from '../labels.ts';
import { ReportStateTag, WindowTag } from '../StateTags.tsx';

/**
 * Every reporting period with its window and this measure's report in it; a link opens the
 * period's report below, or starts one when the window is open and the viewer may report.
 */
export function PeriodsTable({
  periods,
  latest,
  selectedId,
  mayReport,
  onSelect,
}: {
  periods: ReportingPeriod[];
  latest: Map<string, MeasureReport>;
  selectedId: string | null;
  mayReport: boolean;
  onSelect: (periodId: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (periods.length === 0) {
    return (
      <Text c="dimmed" data-empty>
        {t('work.periods.empty')}
      </Text>
    );
  }
  return (
    <TableScroll label={t('work.periods.title')}>
      {/* Two columns only, so that a phone shows the report and its link without scrolling. */}
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('work.periods.period')}</Table.Th>
            <Table.Th>{t('work.periods.report')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {periods.map((period) => {
            const report = latest.get(period.id);
            const label = periodLabel(t, period);
            const selected = period.id === selectedId;
            const action = report
              ? t('work.periods.openReport')
              : period.open && mayReport
                ? t('work.periods.startReport')
                : null;
            return (
              <Table.Tr
                key={period.id}
                data-period-row={period.id}
                data-open={period.open}
                bg={selected ? 'blue.0' : undefined}
              >
                <Table.Td>
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {label}
                    </Text>
                    <WindowTag open={period.open} />
                  </Group>
                  <Text size="xs" c="dimmed" mt={2}>
                    <span className="akniet-visually-hidden">{t('work.periods.window')}: </span>
                    {formatDateTime(period.opensAt, language)} –{' '}
                    {formatDateTime(period.closesAt, language)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {report ? (
                    <ReportStateTag state={report.state} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('work.periods.noReport')}
                    </Text>
                  )}
                  {action && (
                    <div>
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        onClick={() => onSelect(period.id)}
                        aria-current={selected ? 'true' : undefined}
                        aria-label={`${action}: ${label}`}
                        data-action={report ? 'open-report' : 'start-report'}
                      >
                        {action}
                      </Anchor>
                    </div>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
