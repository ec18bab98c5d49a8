import { num, REAL_ESTATE_KIND, som, VEHICLE_KIND, who } from './explain.ts';
import { inYear } from './facts.ts';
import { finding, type Rule } from './rule.ts';

/**
 * Item flags as public declaration analysts use them (research note section 5). Each is a fact
 * for the verifier to look at, not a conclusion.
 */

/**
 * ratio.zero_price_property: real estate or a vehicle acquired in the declaration year with a
 * blank or zero price, when the family declares no inheritance or gift (income or gifts section)
 * that could explain receiving it free. Older items are left alone: a flat privatised for free
 * decades ago is normal.
 */
export const zeroPriceProperty: Rule = (f, _s, out) => {
  const c = f.content;
  let explained = c.gifts.length > 0;
  for (const x of c.incomes) if (x.kind === 'inheritance' || x.kind === 'gift') explained = true;
  if (explained) return;
  for (const r of c.realEstate) {
    if ((r.price === null || r.price.som === 0) && inYear(r.acquiredOn, f)) {
      const k = REAL_ESTATE_KIND[r.kind] ?? REAL_ESTATE_KIND.other!;
      out.push(zeroPrice(`realEstate:${r.id}`, k, r.acquiredOn, r.price === null));
    }
  }
  for (const v of c.vehicles) {
    if ((v.price === null || v.price.som === 0) && inYear(v.acquiredOn, f)) {
      const k = VEHICLE_KIND[v.kind] ?? VEHICLE_KIND.other!;
      const name = `${v.make} ${v.model}`.trim();
      const what = { ky: `${k.ky} ${name}`, ru: `${k.ru} ${name}`, en: `${k.en} ${name}` };
      out.push(zeroPrice(`vehicles:${v.id}`, what, v.acquiredOn, v.price === null));
    }
  }
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function zeroPrice(
  record: string,
  what: { ky: string; ru: string; en: string },
  date: string,
  blank: boolean,
) {
  const zero = som(0);
  return finding('ratio.zero_price_property', 'medium', null, [record], {
    ky: `${capital(what.ky)}: алынган күнү ${date}, баасы ${blank ? 'көрсөтүлгөн эмес' : zero.ky}; мурас же белек көрсөтүлгөн эмес.`,
    ru: `${capital(what.ru)}: дата приобретения ${date}, цена ${blank ? 'не указана' : zero.ru}; наследства или дарения не указано.`,
    en: `${capital(what.en)} acquired on ${date} with ${blank ? 'no price given' : `a price of ${zero.en}`}; no inheritance or gift is declared.`,
  });
}

/**
 * ratio.house_without_land: the family declares a house but no land plot at all. Addresses are
 * free text and too unreliable to pair a house with its plot, so the rule is family-wide, as
 * declarations.com.ua's house_no_land_flag is.
 */
export const houseWithoutLand: Rule = (f, _s, out) => {
  const estates = f.content.realEstate;
  let count = 0;
  for (const r of estates) {
    if (r.kind === 'land') return;
    if (r.kind === 'house') count++;
  }
  if (count === 0) return;
  const houses: string[] = [];
  for (const r of estates) if (r.kind === 'house') houses.push(`realEstate:${r.id}`);
  out.push(
    finding('ratio.house_without_land', 'low', null, houses, {
      ky: 'Үй-бүлө үй көрсөткөн, бирок бир да жер участогун көрсөткөн эмес.',
      ru: 'Семья указала дом, но не указала ни одного земельного участка.',
      en: 'The family declares a house but no land plot.',
    }),
  );
};

/**
 * ratio.luxury_vehicle: a vehicle whose price is above the luxury threshold (medium) or whose
 * make is on the luxury list though its price is not (low).
 */
export const luxuryVehicle: Rule = (f, s, out) => {
  const limit = s.ratios.luxuryVehicleTyiyn;
  const makes = s.ratios.luxuryMakes;
  for (const v of f.content.vehicles) {
    const price = v.price?.som ?? null;
    const byPrice = price !== null && price > limit;
    if (!byPrice && (makes.size === 0 || !makes.has(v.make.trim().toLowerCase()))) continue;
    const name = `${v.make} ${v.model}, ${v.yearMade}`;
    const p = price === null ? null : som(price);
    const t = som(limit);
    out.push(
      finding('ratio.luxury_vehicle', byPrice ? 'medium' : 'low', price, [`vehicles:${v.id}`], {
        ky: byPrice
          ? `Кымбат баалуу унаа: ${name}, баасы ${p!.ky} (чектик сумма ${t.ky}).`
          : `Люкс маркасындагы унаа: ${name}${p ? `, баасы ${p.ky}` : ''}.`,
        ru: byPrice
          ? `Дорогой автомобиль: ${name}, цена ${p!.ru} (пороговая сумма ${t.ru}).`
          : `Автомобиль марки класса люкс: ${name}${p ? `, цена ${p.ru}` : ''}.`,
        en: byPrice
          ? `Expensive vehicle: ${name}, price ${p!.en} (threshold ${t.en}).`
          : `Vehicle of a luxury make: ${name}${p ? `, price ${p.en}` : ''}.`,
      }),
    );
  }
};

/**
 * ratio.foreign_assets: real estate, vehicles, accounts or securities in another country than
 * Kyrgyzstan (Strategy section 7 on funds taken abroad and offshore). One finding per
 * declaration with the total value of those items.
 */
const abroad = (country: string) => country !== 'KG' && country !== '';

export const foreignAssets: Rule = (f, _s, out) => {
  const c = f.content;
  let total = 0;
  let count = 0;
  for (const x of c.realEstate)
    if (abroad(x.country)) {
      count++;
      total += x.price?.som ?? 0;
    }
  for (const x of c.vehicles)
    if (abroad(x.country)) {
      count++;
      total += x.price?.som ?? 0;
    }
  for (const x of c.accounts)
    if (abroad(x.country)) {
      count++;
      total += x.balance.som;
    }
  for (const x of c.securities)
    if (abroad(x.country)) {
      count++;
      total += x.value.som;
    }
  if (count === 0) return;
  const records: string[] = [];
  for (const x of c.realEstate) if (abroad(x.country)) records.push(`realEstate:${x.id}`);
  for (const x of c.vehicles) if (abroad(x.country)) records.push(`vehicles:${x.id}`);
  for (const x of c.accounts) if (abroad(x.country)) records.push(`accounts:${x.id}`);
  for (const x of c.securities) if (abroad(x.country)) records.push(`securities:${x.id}`);
  const n = num(records.length);
  const t = som(total);
  out.push(
    finding('ratio.foreign_assets', 'medium', total, records, {
      ky: `Чет өлкөдөгү мүлк жана активдердин саны: ${n.ky}, жалпы наркы ${t.ky}.`,
      ru: `Имущество и активы за рубежом, число объектов: ${n.ru}, общая стоимость ${t.ru}.`,
      en: `Items of property or assets abroad: ${n.en}, worth ${t.en} in all.`,
    }),
  );
};

/** ratio.relative_refused: a close relative refused to give information about income and property. */
export const relativeRefused: Rule = (f, _s, out) => {
  const rel = f.content.relatives;
  for (const r of rel) {
    if (!r.refusedToProvide) continue;
    const w = who(r.id, rel);
    out.push(
      finding('ratio.relative_refused', 'medium', null, [`relatives:${r.id}`], {
        ky: `Жакын тууган (${w.ky}) кирешеси жана мүлкү жөнүндө маалымат берүүдөн баш тарткан.`,
        ru: `Близкий родственник (${w.ru}) отказался предоставить сведения о доходах и имуществе.`,
        en: `A close relative (${w.en}) refused to give information about income and property.`,
      }),
    );
  }
};
