import { Anchor, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Indicator } from '../../../api/types.ts';
import { BarChart, type BarDatum } from '../../../components/charts/BarChart.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { lastSegment, withoutOwnNumber } from '../numbering.ts';
import { formatIndicatorValue, formatPercent } from './formatIndicatorValue.ts';
import { useIndicators } from './queries.ts';

/** An item has at most a few dozen indicators (the largest, 17, has 15): one page holds them. */
const ALL = { page: 1, pageSize: 200 } as const;

/**
 * A Plan item's indicators as bars of how far each has come towards its target, each linking to
 * its full card on the indicators page; the latest value and target, or why there is no value,
 * written under each bar.
 */
export function ItemIndicators({ number }: { number: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const indicators = useIndicators({ item: number, ...ALL });

  const describe = (indicator: Indicator): string => {
    const { definition, latest } = indicator;
    const format = (v: number) => formatIndicatorValue(v, definition.unit, language, t);
    const target = definition.target
      ? `${t('dashboard.indicators.target')}: ${t('dashboard.indicators.valueInYear', {
          value: format(definition.target.value),
          year: definition.target.year,
        })}`
      : `${t('dashboard.indicators.target')}: ${t('dashboard.indicators.noTarget')}`;
    const value =
      latest.status === 'value'
        ? `${t('dashboard.indicators.latest')}: ${t('dashboard.indicators.valueInYear', {
            value: format(latest.value),
            year: latest.year,
          })}`
        : `${t('dashboard.indicators.reason')}: ${t(`dashboard.indicators.reasons.${latest.reason}`)}`;
    return `${value} · ${target}`;
  };

  const bars: BarDatum[] = (indicators.data?.items ?? []).map((indicator) => {
    const { latest } = indicator;
    const attainment =
      latest.status === 'value' && latest.attainment !== null
        ? Math.round(latest.attainment * 1000) / 10
        : null;
    return {
      key: indicator.code,
      label: indicator.code,
      detail: withoutOwnNumber(localize(indicator.text, language), lastSegment(indicator.code)),
      value: attainment,
      valueText:
        latest.status === 'value' && attainment === null
          ? t('dashboard.indicators.noAttainment')
          : undefined,
      target: 100,
      meta: describe(indicator),
      // The item's indicators fit on the list's first page; the hash scrolls to this one.
      href: `/strategy/indicators?item=${number}#indicator-${indicator.code}`,
      attributes: { 'data-indicator-bar': indicator.code, 'data-latest': latest.status },
    };
  });

  return (
    <section aria-labelledby="item-indicator-status" data-item-indicators>
      {indicators.isPending && <Loading />}
      {indicators.isError && (
        <ErrorAlert error={indicators.error} onRetry={() => indicators.refetch()} />
      )}
      {indicators.data &&
        (bars.length === 0 ? (
          <>
            <Title order={2} id="item-indicator-status" fz={{ base: 17, sm: 19 }} mb="sm">
              {t('dashboard.indicators.blockTitle')}
            </Title>
            <Text c="dimmed">{t('dashboard.indicators.empty')}</Text>
          </>
        ) : (
          <BarChart
            title={t('dashboard.indicators.blockTitle')}
            titleOrder={2}
            titleId="item-indicator-status"
            data={bars}
            max={100}
            formatValue={(percent) => formatPercent(percent, language)}
            valueLabel={t('dashboard.indicators.attainment')}
            emptyText={t('dashboard.noData')}
            note={t('dashboard.indicators.blockNote')}
            attributes={{ 'data-chart': 'indicators' }}
          />
        ))}
      <Anchor
        component={Link}
        to={`/strategy/indicators?item=${number}`}
        display="inline-block"
        mt="sm"
        fw={600}
        data-item-indicators-link
      >
        {t('dashboard.indicators.allLink')} <span aria-hidden="true">→</span>
      </Anchor>
    </section>
  );
}
