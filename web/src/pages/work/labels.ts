import type { TFunction } from 'i18next';
import type { PeriodKind } from '../../api/types.ts';

/** "2026, quarter 4" in the interface language. */
export const periodLabel = (
  t: TFunction,
  period: { kind: PeriodKind; year: number; number: number },
) => t(`rating.reports.periods.${period.kind}`, { year: period.year, number: period.number });
