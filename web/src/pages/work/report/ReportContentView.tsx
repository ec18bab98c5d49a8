import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorValue, MeasureReport } from '../../../api/types.ts';
import { localize } from '../../../format/localized.ts';
import { formatScore } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import type { IndicatorField } from './indicators.ts';

/** "40 %", "Yes", "12 days": a reported value in its unit. */
function ValueInUnit({ value }: { value: IndicatorValue }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (value.unit === 'yes_no') return <>{value.value === 1 ? t('common.yes') : t('common.no')}</>;
  return (
    <>
      {formatScore(value.value, language)} {t(`work.unitsShort.${value.unit}`)}
    </>
  );
}

/** A report version as written, read-only: the text in both languages and the indicator values. */
export function ReportContentView({
  report,
  fields,
}: {
  report: MeasureReport;
  fields: IndicatorField[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const textOf = new Map(fields.map((f) => [f.code, f.text]));
  const narratives = (['ky', 'ru'] as const).filter((l) => report.narrative[l]?.trim());

  return (
    <Stack gap="sm" data-report-content={report.id}>
      <SimpleGrid cols={{ base: 1, md: narratives.length > 1 ? 2 : 1 }}>
        {narratives.map((lang) => (
          <div key={lang}>
            <Text size="sm" fw={600}>
              {t(lang === 'ky' ? 'work.report.narrativeKy' : 'work.report.narrativeRu')}
            </Text>
            <Text
              size="sm"
              lang={lang}
              className="akniet-reading"
              style={{ whiteSpace: 'pre-wrap' }}
              data-narrative={lang}
            >
              {report.narrative[lang]}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <div>
        <Text size="sm" fw={600}>
          {t('work.report.indicators')}
        </Text>
        {report.indicatorValues.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('work.report.noValues')}
          </Text>
        ) : (
          <ul className="akniet-plain-list akniet-stack-sm">
            {report.indicatorValues.map((v) => {
              const text = textOf.get(v.indicatorCode);
              return (
                <li key={v.indicatorCode} data-indicator-value={v.indicatorCode}>
                  <Text size="sm">
                    <Text span fw={600} inherit>
                      {v.indicatorCode}
                    </Text>
                    {text ? ` — ${localize(text, language)}` : ''}:{' '}
                    <Text span fw={700} inherit>
                      <ValueInUnit value={v} />
                    </Text>
                  </Text>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </Stack>
  );
}
