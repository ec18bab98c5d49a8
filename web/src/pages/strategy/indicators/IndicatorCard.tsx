import { Anchor, Button, Card, Code, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Indicator } from '../../../api/types.ts';
import { Bar } from '../../../components/charts/Bar.tsx';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { lastSegment, withoutOwnNumber } from '../numbering.ts';
import { formatIndicatorValue, formatPercent } from './formatIndicatorValue.ts';
import { IndicatorHistory } from './IndicatorHistory.tsx';

/**
 * One Plan indicator: its wording, how it is measured, its latest value against its target (or
 * why there is none, never a number), and on request its values by year.
 */
export function IndicatorCard({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [showHistory, setShowHistory] = useState(false);
  const { code, definition, latest } = indicator;
  const format = (value: number) => formatIndicatorValue(value, definition.unit, language, t);
  const inYear = (value: number, year: number) =>
    t('dashboard.indicators.valueInYear', { value: format(value), year });
  const headingId = `indicator-${code}-title`;
  const historyId = `indicator-${code}-history`;

  return (
    <Card
      withBorder
      padding="lg"
      component="article"
      aria-labelledby={headingId}
      id={`indicator-${code}`}
      data-indicator-card={code}
      data-latest={latest.status}
    >
      <Group gap="xs" mb={6} wrap="wrap">
        <Code fw={700}>{code}</Code>
        <Anchor component={Link} to={`/strategy/items/${indicator.itemNumber}`} size="sm">
          {t('strategy.item.short', { number: indicator.itemNumber })}
        </Anchor>
        <Text span size="sm" c="dimmed">
          · {t('strategy.item.activity', { code: indicator.activityCode })}
        </Text>
      </Group>
      <Title order={3} id={headingId} fz="md" lh={1.45} fw={600} className="akniet-reading">
        {withoutOwnNumber(localize(indicator.text, language), lastSegment(code))}
      </Title>

      <dl className="akniet-facts">
        <dt>{t('dashboard.indicators.latest')}</dt>
        <dd data-latest-value>
          {latest.status === 'value' ? (
            <Text span inherit fw={700}>
              {inYear(latest.value, latest.year)}
            </Text>
          ) : (
            <>
              <Text span inherit fw={600} c="gray.8" data-no-data={latest.reason}>
                {t('dashboard.indicators.noData')}
              </Text>
              <Text span inherit c="dimmed">
                {' '}
                ({t(`dashboard.indicators.reasons.${latest.reason}`)})
              </Text>
            </>
          )}
        </dd>
        <dt>{t('dashboard.indicators.target')}</dt>
        <dd data-target-value>
          {definition.target
            ? inYear(definition.target.value, definition.target.year)
            : t('dashboard.indicators.noTarget')}
        </dd>
        {definition.baseline && (
          <>
            <dt>{t('dashboard.indicators.baseline')}</dt>
            <dd>
              {inYear(definition.baseline.value, definition.baseline.year)}
              <Text span inherit c="dimmed">
                {' '}
                · {t('dashboard.indicators.baselineSource', { source: definition.baseline.source })}
              </Text>
            </dd>
          </>
        )}
        {latest.status === 'value' && latest.attainment !== null && (
          <>
            <dt>{t('dashboard.indicators.attainment')}</dt>
            <dd data-attainment>
              <Group gap="sm" wrap="nowrap" maw={320}>
                <Text span inherit fw={700} style={{ whiteSpace: 'nowrap' }}>
                  {formatPercent(latest.attainment * 100, language)}
                </Text>
                <div style={{ flex: 1, minWidth: 48 }}>
                  <Bar value={latest.attainment * 100} max={100} target={100} size="sm" />
                </div>
              </Group>
            </dd>
          </>
        )}
      </dl>
      {language === 'en' && latest.status === 'value' && latest.basis && (
        <Text size="xs" c="dimmed" mt={4} data-value-basis>
          {latest.basis}
        </Text>
      )}

      <Text size="sm" c="dimmed" mt="sm" data-definition>
        <Text span inherit fw={600}>
          {t('dashboard.indicators.measuredAs')}:
        </Text>{' '}
        {[
          `${t('dashboard.indicators.labels.unit')}: ${t(`dashboard.indicators.units.${definition.unit}`)}`,
          `${t('dashboard.indicators.labels.direction')}: ${t(`dashboard.indicators.directions.${definition.direction}`)}`,
          `${t('dashboard.indicators.labels.period')}: ${t(`dashboard.indicators.periods.${definition.period}`)}`,
          `${t('dashboard.indicators.labels.source')}: ${t(`dashboard.indicators.sources.${definition.source.kind}`)}`,
        ].join(' · ')}
      </Text>
      {definition.target && (
        <Text size="xs" c="dimmed" mt={4} className="akniet-reading">
          {t('dashboard.indicators.targetBasis')}: «<span lang="ky">{definition.target.basis}</span>
          »
        </Text>
      )}

      <Button
        variant="subtle"
        size="compact-sm"
        px={4}
        mt="sm"
        w="fit-content"
        aria-expanded={showHistory}
        aria-controls={historyId}
        onClick={() => setShowHistory((open) => !open)}
        data-history-toggle
      >
        {showHistory
          ? t('dashboard.indicators.hideHistory')
          : t('dashboard.indicators.showHistory')}
      </Button>
      <div id={historyId}>{showHistory && <IndicatorHistory indicator={indicator} />}</div>
    </Card>
  );
}
