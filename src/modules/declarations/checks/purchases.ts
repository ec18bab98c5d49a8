import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { REAL_ESTATE_KIND, som } from './explain.ts';
import { inYear, spentInYear } from './facts.ts';
import { aboveThreshold, finding, type Rule } from './rule.ts';
import type { Finding } from './types.ts';

type Category = 'immovable' | 'movable';

const CATEGORY: Record<Category, LocalizedText> = {
  immovable: { ky: 'кыймылсыз мүлк', ru: 'недвижимое имущество', en: 'immovable property' },
  movable: { ky: 'кыймылдуу мүлк', ru: 'движимое имущество', en: 'movable property' },
};

/**
 * purchase.above_threshold (Plan item 4: "control over major purchases by setting, for each
 * category of property (movable and immovable), the threshold amount"). Immovable: real estate
 * acquired in the year, spending of category immovable. Movable: vehicles acquired in the year,
 * spending of the other categories. A spending item that records an acquired item's purchase is
 * not reported twice. Medium above the threshold, high above highMultiple times it.
 */
export const largePurchases: Rule = (f, s, out) => {
  const c = f.content;
  const immovable = s.purchases.immovableTyiyn;
  const movable = s.purchases.movableTyiyn;
  const high = s.ratios.highMultiple;
  for (const r of c.realEstate) {
    if (r.price && r.price.som > immovable && inYear(r.acquiredOn, f)) {
      const k = REAL_ESTATE_KIND[r.kind] ?? REAL_ESTATE_KIND.other!;
      out.push(purchase('immovable', r.price.som, immovable, high, `realEstate:${r.id}`, k));
    }
  }
  for (const v of c.vehicles) {
    if (v.price && v.price.som > movable && inYear(v.acquiredOn, f)) {
      const name = `${v.make} ${v.model}`.trim();
      const what = { ky: name, ru: name, en: name };
      out.push(purchase('movable', v.price.som, movable, high, `vehicles:${v.id}`, what));
    }
  }
  for (const x of c.spending) {
    const category: Category = x.category === 'immovable' ? 'immovable' : 'movable';
    const threshold = category === 'immovable' ? immovable : movable;
    if (x.amount.som <= threshold || !spentInYear(x.spentOn, f) || f.sameAsAcquired.has(x.id)) {
      continue;
    }
    const d = `«${x.description}»`;
    out.push(
      purchase(category, x.amount.som, threshold, high, `spending:${x.id}`, {
        ky: d,
        ru: d,
        en: d,
      }),
    );
  }
};

function purchase(
  category: Category,
  amount: number,
  threshold: number,
  highMultiple: number,
  record: string,
  what: LocalizedText,
): Finding {
  const a = som(amount);
  const t = som(threshold);
  const k = CATEGORY[category];
  return finding(
    'purchase.above_threshold',
    aboveThreshold(amount, threshold, highMultiple),
    amount,
    [record],
    {
      ky: `Ири сатып алуу: ${what.ky}, ${a.ky}; «${k.ky}» категориясынын чектик суммасы ${t.ky}.`,
      ru: `Крупное приобретение: ${what.ru}, ${a.ru}; пороговая сумма категории «${k.ru}» ${t.ru}.`,
      en: `Large purchase: ${what.en}, ${a.en}; the threshold for ${k.en} is ${t.en}.`,
    },
  );
}
