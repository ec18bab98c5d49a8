import { parseAmount } from '../../../platform/money.ts';
import { som } from './explain.ts';
import { finding, type Rule } from './rule.ts';

/** Above this share of the computed sum a wrong total is more than a slip: medium, not low. */
const MEDIUM_SHARE = 0.1;

/**
 * arithmetic.total_mismatch: the total income the declarant states (paper forms, imports; a
 * decimal som string) differs from the sum of the income items, family included, by more than
 * the tolerance (which absorbs the rounding of foreign amounts converted to som).
 */
export const totalMismatch: Rule = (f, s, out) => {
  const stated = f.content.statedTotals?.income;
  if (stated === undefined || stated.trim() === '') return;
  const parsed = parseAmount(stated);
  if (parsed === null) return; // validation reports an unreadable amount
  const statedTyiyn = Number(parsed);
  const diff = Math.abs(statedTyiyn - f.income);
  if (diff <= s.arithmetic.totalToleranceTyiyn) return;
  const severity = diff > MEDIUM_SHARE * Math.max(f.income, statedTyiyn) ? 'medium' : 'low';
  const a = som(statedTyiyn);
  const b = som(f.income);
  const d = som(diff);
  const records = ['statedTotals:income'];
  for (const x of f.content.incomes) records.push(`incomes:${x.id}`);
  out.push(
    finding('arithmetic.total_mismatch', severity, diff, records, {
      ky: `Көрсөтүлгөн жалпы киреше ${a.ky}, ал эми кирешелердин суммасы ${b.ky}: айырмасы ${d.ky}.`,
      ru: `Указанный общий доход ${a.ru}, а сумма доходов ${b.ru}: расхождение ${d.ru}.`,
      en: `The stated total income is ${a.en} but the incomes add up to ${b.en}: a difference of ${d.en}.`,
    }),
  );
};
