import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourtStatistics } from '../../../api/types.ts';
import { LOCALES } from '../../../format/dates.ts';
import { formatCount, formatScore } from '../../../format/numbers.ts';
import type { Language } from '../../../i18n/languages.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

const COLORS = { consistent: 'green', inconsistent: 'red', 'too-few': 'gray' } as const;

/** A p-value as people read it: "0,42"; "< 0,001" and "> 0,999" at the ends, never "0" or "1". */
function pText(p: number, language: Language) {
  const format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 3 });
  if (p < 0.001) return `< ${format.format(0.001)}`;
  if (p > 0.999) return `> ${format.format(0.999)}`;
  return format.format(p);
}

/** The chi-square verdict in plain words: what it means, then the numbers behind it. */
export function FairnessVerdict({ fairness }: { fairness: CourtStatistics['fairness'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const f = 'courts.fairness' as const;
  const p = pText(fairness.pValue, language);
  const percent = formatScore(
    Math.min(99.9, Math.max(0.1, Math.round(fairness.pValue * 1000) / 10)),
    language,
  );
  const verdictText = () => {
    // A judge drawn although never eligible, or too few judges to compare: said as such.
    if (fairness.reason === 'picked-never-eligible' || fairness.reason === 'fewer-than-two-judges')
      return t(`${f}.reasons.${fairness.reason}`);
    if (fairness.verdict === 'too-few')
      return t(`${f}.verdictTexts.too-few`, { count: fairness.allocations });
    return t(`${f}.verdictTexts.${fairness.verdict}`, { p, percent });
  };
  return (
    <Alert
      color={COLORS[fairness.verdict]}
      variant="light"
      title={t(`${f}.verdicts.${fairness.verdict}`)}
      styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
      data-verdict={fairness.verdict}
    >
      <Text size="sm">{verdictText()}</Text>
      {fairness.verdict !== 'too-few' && fairness.reason !== 'picked-never-eligible' && (
        <Text size="sm" mt="xs" c="gray.8">
          {t(`${f}.method`, {
            statistic: formatScore(fairness.statistic, language),
            df: fairness.degreesOfFreedom,
            count: formatCount(fairness.allocations, language),
          })}
        </Text>
      )}
    </Alert>
  );
}
