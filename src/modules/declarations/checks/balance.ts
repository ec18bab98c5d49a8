import { som } from './explain.ts';
import { acquisitionRecords } from './facts.ts';
import { finding, type Rule } from './rule.ts';
import type { Severity } from './types.ts';

/**
 * balance.unexplained_wealth (Strategy section 3: "a standard of living above real income must be
 * the ground for an anti-corruption check"; Plan item 4). For the family as a whole:
 *
 *   unexplained = (M(y) - M(y-1)) + A(y) - I(y) - L(y)
 *
 * M: monetary assets (accounts, securities, loans given) on 31 December; A: acquisitions and
 * spending of the year; I: income; L: loans received in the year. Without last year's declaration
 * M(y-1) is unknown and the growth term is left out: A(y) - I(y) - L(y).
 *
 * Flagged above max(toleranceSom, toleranceShareOfIncome x I). Severity by size against income:
 * high above highShareOfIncome x I (always when there is no income), medium above
 * mediumShareOfIncome x I, low otherwise.
 */
export const unexplainedWealth: Rule = (f, s, out) => {
  const b = s.balance;
  const growth = f.previousMonetary === null ? 0 : f.monetary - f.previousMonetary;
  const unexplained = growth + f.acquisitions - f.income - f.newLoans;
  const tolerance = Math.max(b.toleranceTyiyn, b.toleranceShareOfIncome * f.income);
  if (unexplained <= tolerance) return;
  const severity: Severity =
    unexplained > b.highShareOfIncome * f.income
      ? 'high'
      : unexplained > b.mediumShareOfIncome * f.income
        ? 'medium'
        : 'low';

  const u = som(unexplained);
  const a = som(f.acquisitions);
  const i = som(f.income);
  const l = som(f.newLoans);
  const t = som(tolerance);
  let growthText = { ky: '', ru: '', en: '' };
  if (f.previousMonetary !== null) {
    const g = som(growth);
    const from = som(f.previousMonetary);
    const to = som(f.monetary);
    growthText = {
      ky: `акчалай активдердин өсүшү ${g.ky} (${from.ky} → ${to.ky}) + `,
      ru: `прирост денежных активов ${g.ru} (${from.ru} → ${to.ru}) + `,
      en: `growth of monetary assets ${g.en} (${from.en} → ${to.en}) + `,
    };
  }
  const noPrevious =
    f.previousMonetary === null
      ? {
          ky: ' Мурунку жылдын декларациясы жок, ошондуктан акчалай активдердин өсүшү эсептелген жок.',
          ru: ' Декларации за прошлый год нет, поэтому прирост денежных активов не учтён.',
          en: ' There is no declaration for the year before, so the growth of monetary assets is not counted.',
        }
      : { ky: '', ru: '', en: '' };
  const records = acquisitionRecords(f);
  if (f.previous) records.push(`previous:declaration:${f.input.previous!.id}`);
  out.push(
    finding('balance.unexplained_wealth', severity, unexplained, records, {
      ky: `Үй-бүлөнүн кирешеси менен түшүндүрүлбөгөн ${u.ky}: ${growthText.ky}сатып алуулар жана чыгымдар ${a.ky} − кирешелер ${i.ky} − жаңы карыздар ${l.ky}; жол берилген чек ${t.ky}.${noPrevious.ky}`,
      ru: `Не объяснено доходами семьи ${u.ru}: ${growthText.ru}приобретения и расходы ${a.ru} − доходы ${i.ru} − новые займы ${l.ru}; допустимое отклонение ${t.ru}.${noPrevious.ru}`,
      en: `${u.en} not explained by the family's income: ${growthText.en}acquisitions and spending ${a.en} − income ${i.en} − new loans ${l.en}; tolerance ${t.en}.${noPrevious.en}`,
    }),
  );
};
