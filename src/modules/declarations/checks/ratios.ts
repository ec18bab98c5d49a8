import { num, som } from './explain.ts';
import { acquisitionRecords } from './facts.ts';
import { aboveThreshold, finding, type Rule } from './rule.ts';

/**
 * Ratio flags over the family's sums, as public declaration analysts compute them (research note
 * section 5: declarations.com.ua and Dragnet). Sums below ratios.floorSom never fire: a small
 * saving beside a tiny income is not a finding. Severity: medium above the limit, high above
 * ratios.highMultiple times it.
 */

/** ratio.monetary_assets_vs_income: M(y) > k x I(y). */
export const monetaryAssetsVsIncome: Rule = (f, s, out) => {
  const r = s.ratios;
  const limit = r.monetaryAssetsToIncome * f.income;
  if (f.monetary <= limit || f.monetary <= r.floorTyiyn) return;
  const m = som(f.monetary);
  const i = som(f.income);
  const k = num(r.monetaryAssetsToIncome);
  const records: string[] = [];
  for (const x of f.content.accounts) records.push(`accounts:${x.id}`);
  for (const x of f.content.securities) records.push(`securities:${x.id}`);
  for (const x of f.content.loansGiven) records.push(`loansGiven:${x.id}`);
  out.push(
    finding(
      'ratio.monetary_assets_vs_income',
      aboveThreshold(f.monetary, limit, r.highMultiple),
      f.monetary,
      records,
      {
        ky: `Үй-бүлөнүн акчалай активдери ${m.ky} жылдык кирешеден (${i.ky}) ${k.ky} эседен ашык.`,
        ru: `Денежные активы семьи ${m.ru} превышают годовой доход (${i.ru}), умноженный на ${k.ru}.`,
        en: `The family's monetary assets of ${m.en} are more than ${k.en} times the year's income (${i.en}).`,
      },
    ),
  );
};

/** ratio.spending_vs_income: A(y) > k x (I(y) + M(y)). */
export const spendingVsIncome: Rule = (f, s, out) => {
  const r = s.ratios;
  const base = f.income + f.monetary;
  const limit = r.spendingToIncomeAndAssets * base;
  if (f.acquisitions <= limit || f.acquisitions <= r.floorTyiyn) return;
  const a = som(f.acquisitions);
  const b = som(base);
  const k = num(r.spendingToIncomeAndAssets);
  const records = acquisitionRecords(f);
  out.push(
    finding(
      'ratio.spending_vs_income',
      aboveThreshold(f.acquisitions, limit, r.highMultiple),
      f.acquisitions,
      records,
      {
        ky: `Жылдын сатып алуулары жана чыгымдары ${a.ky} кирешелер менен акчалай активдердин суммасынан (${b.ky}) ${k.ky} эседен ашык.`,
        ru: `Приобретения и расходы за год ${a.ru} превышают сумму доходов и денежных активов (${b.ru}), умноженную на ${k.ru}.`,
        en: `The year's acquisitions and spending of ${a.en} are more than ${k.en} times income plus monetary assets (${b.en}).`,
      },
    ),
  );
};

/** ratio.liabilities_vs_income_assets: outstanding liabilities > k x (I(y) + M(y)). */
export const liabilitiesVsIncomeAssets: Rule = (f, s, out) => {
  const r = s.ratios;
  const base = f.income + f.monetary;
  const limit = r.liabilitiesToIncomeAndAssets * base;
  if (f.liabilities <= limit || f.liabilities <= r.floorTyiyn) return;
  const l = som(f.liabilities);
  const b = som(base);
  const k = num(r.liabilitiesToIncomeAndAssets);
  const records = f.content.liabilities.map((x) => `liabilities:${x.id}`);
  out.push(
    finding(
      'ratio.liabilities_vs_income_assets',
      aboveThreshold(f.liabilities, limit, r.highMultiple),
      f.liabilities,
      records,
      {
        ky: `Үй-бүлөнүн милдеттенмелери ${l.ky} кирешелер менен акчалай активдердин суммасынан (${b.ky}) ${k.ky} эседен ашык.`,
        ru: `Обязательства семьи ${l.ru} превышают сумму доходов и денежных активов (${b.ru}), умноженную на ${k.ru}.`,
        en: `The family's liabilities of ${l.en} are more than ${k.en} times income plus monetary assets (${b.en}).`,
      },
    ),
  );
};

/** ratio.large_cash: cash held by the family above the threshold. */
export const largeCash: Rule = (f, s, out) => {
  let cash = 0;
  for (const x of f.content.accounts) if (x.kind === 'cash') cash += x.balance.som;
  const limit = s.ratios.largeCashTyiyn;
  if (cash <= limit) return;
  const records: string[] = [];
  for (const x of f.content.accounts) if (x.kind === 'cash') records.push(`accounts:${x.id}`);
  const a = som(cash);
  const t = som(limit);
  out.push(
    finding('ratio.large_cash', aboveThreshold(cash, limit, s.ratios.highMultiple), cash, records, {
      ky: `Үй-бүлөнүн накталай акчасы ${a.ky}, чектик сумма ${t.ky}.`,
      ru: `Наличные деньги семьи ${a.ru} при пороговой сумме ${t.ru}.`,
      en: `The family holds ${a.en} in cash, above the threshold of ${t.en}.`,
    }),
  );
};

/**
 * ratio.gifts_prizes_share: gifts and prizes (incomes of kind gift or prize plus the gifts
 * section) make more than the set share of all the family received (income + gifts section).
 */
export const giftsPrizesShare: Rule = (f, s, out) => {
  const c = f.content;
  let giftIncome = 0;
  for (const x of c.incomes)
    if (x.kind === 'gift' || x.kind === 'prize') giftIncome += x.amount.som;
  let giftItems = 0;
  for (const x of c.gifts) giftItems += x.value.som;
  const gifts = giftIncome + giftItems;
  const total = f.income + giftItems;
  const r = s.ratios;
  if (gifts <= r.giftsPrizesShareOfIncome * total || gifts <= r.floorTyiyn) return;
  const records: string[] = [];
  for (const x of c.incomes)
    if (x.kind === 'gift' || x.kind === 'prize') records.push(`incomes:${x.id}`);
  for (const x of c.gifts) records.push(`gifts:${x.id}`);
  const g = som(gifts);
  const t = som(total);
  const p = num(Math.round((gifts / total) * 100));
  const limit = num(r.giftsPrizesShareOfIncome * 100);
  out.push(
    finding('ratio.gifts_prizes_share', 'medium', gifts, records, {
      ky: `Белектер жана утуштар ${g.ky}, бул үй-бүлөнүн бардык кирешесинин (${t.ky}) ${p.ky} %ы, чек ${limit.ky} %.`,
      ru: `Подарки и выигрыши ${g.ru} составляют ${p.ru} % всех поступлений семьи (${t.ru}), порог ${limit.ru} %.`,
      en: `Gifts and prizes of ${g.en} make ${p.en} % of all the family received (${t.en}); the limit is ${limit.en} %.`,
    }),
  );
};

/**
 * ratio.non_bank_loans: debts to non-bank lenders and private persons above the threshold. Each
 * loan counts at the larger of what is outstanding and what was received in the year, so a loan
 * from a friend that paid for a purchase and was "repaid" by December still counts.
 */
export const nonBankLoans: Rule = (f, s, out) => {
  let total = 0;
  for (const x of f.content.liabilities) {
    if (x.creditorKind !== 'bank') total += Math.max(x.outstanding.som, x.receivedInYear.som);
  }
  const limit = s.ratios.nonBankLoansTyiyn;
  if (total <= limit) return;
  const records: string[] = [];
  for (const x of f.content.liabilities)
    if (x.creditorKind !== 'bank') records.push(`liabilities:${x.id}`);
  const a = som(total);
  const t = som(limit);
  out.push(
    finding(
      'ratio.non_bank_loans',
      aboveThreshold(total, limit, s.ratios.highMultiple),
      total,
      records,
      {
        ky: `Банктык эмес уюмдардан жана жеке адамдардан алынган карыздар ${a.ky}, чектик сумма ${t.ky}.`,
        ru: `Займы у небанковских организаций и частных лиц ${a.ru} при пороговой сумме ${t.ru}.`,
        en: `Loans from non-bank lenders and private persons total ${a.en}, above the threshold of ${t.en}.`,
      },
    ),
  );
};
