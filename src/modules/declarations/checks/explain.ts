import type { Language, LocalizedText } from '../../../platform/i18n/language.ts';

/**
 * Figures in the explanations, formatted like the web app's formatMoney: "1 250 000 сом" in
 * Kyrgyz and Russian (no-break spaces), "1,250,000 som" in English, tyiyn shown only when there
 * are some. Som amounts are the figure of almost every finding, and the nightly re-check formats
 * hundreds of thousands of them, so they are grouped by hand (explain.test.ts proves the output
 * equal to Intl.NumberFormat's); other numbers use formatters made once.
 */
const LOCALES: Record<Language, string> = { ky: 'ky-KG', ru: 'ru-RU', en: 'en-US' };
const PLAIN = {
  ky: new Intl.NumberFormat(LOCALES.ky, { maximumFractionDigits: 2 }),
  ru: new Intl.NumberFormat(LOCALES.ru, { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat(LOCALES.en, { maximumFractionDigits: 2 }),
};

/** Digits of a non-negative integer in groups of three. */
function grouped(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/** An amount in tyiyn as som in each language. */
export function som(tyiyn: number): LocalizedText {
  const sign = tyiyn < 0 ? '-' : '';
  const abs = Math.abs(Math.round(tyiyn));
  const whole = String(Math.floor(abs / 100));
  const cents = abs % 100;
  const fraction = cents === 0 ? '' : String(cents).padStart(2, '0');
  const ky = sign + grouped(whole, '\u00a0') + (fraction ? `,${fraction}` : '');
  const en = sign + grouped(whole, ',') + (fraction ? `.${fraction}` : '');
  return { ky: `${ky} сом`, ru: `${ky} сом`, en: `${en} som` };
}

/** A plain number (area, percent, count) with at most two decimals; whole numbers by hand. */
export function num(value: number): LocalizedText {
  if (Number.isSafeInteger(value)) {
    const sign = value < 0 ? '-' : '';
    const digits = String(Math.abs(value));
    const ky = sign + grouped(digits, '\u00a0');
    return { ky, ru: ky, en: sign + grouped(digits, ',') };
  }
  return { ky: PLAIN.ky.format(value), ru: PLAIN.ru.format(value), en: PLAIN.en.format(value) };
}

/** Joins localized parts with ", " per language. */
export function joinTexts(parts: readonly LocalizedText[]): LocalizedText {
  const out = { ky: '', ru: '', en: '' };
  for (let i = 0; i < parts.length; i++) {
    const sep = i === 0 ? '' : ', ';
    const p = parts[i]!;
    out.ky += sep + p.ky;
    out.ru += sep + p.ru;
    out.en += sep + p.en;
  }
  return out;
}

export const REAL_ESTATE_KIND: Record<string, LocalizedText> = {
  apartment: { ky: 'батир', ru: 'квартира', en: 'apartment' },
  house: { ky: 'үй', ru: 'дом', en: 'house' },
  land: { ky: 'жер участогу', ru: 'земельный участок', en: 'land plot' },
  non_residential: {
    ky: 'турак эмес жай',
    ru: 'нежилое помещение',
    en: 'non-residential premises',
  },
  other: { ky: 'башка кыймылсыз мүлк', ru: 'иная недвижимость', en: 'other real estate' },
};

export const VEHICLE_KIND: Record<string, LocalizedText> = {
  car: { ky: 'жеңил унаа', ru: 'легковой автомобиль', en: 'car' },
  truck: { ky: 'жүк ташуучу унаа', ru: 'грузовой автомобиль', en: 'truck' },
  motorcycle: { ky: 'мотоцикл', ru: 'мотоцикл', en: 'motorcycle' },
  other: { ky: 'башка транспорт каражаты', ru: 'иное транспортное средство', en: 'other vehicle' },
};

/** Names of the fields that the registry comparisons and pre-fill corrections mention. */
export const FIELD: Record<string, LocalizedText> = {
  kind: { ky: 'түрү', ru: 'вид', en: 'kind' },
  area: { ky: 'аянты', ru: 'площадь', en: 'area' },
  address: { ky: 'дареги', ru: 'адрес', en: 'address' },
  sharePercent: { ky: 'үлүшү, %', ru: 'доля, %', en: 'share, %' },
  acquiredOn: { ky: 'алынган күнү', ru: 'дата приобретения', en: 'acquisition date' },
  price: { ky: 'баасы', ru: 'цена', en: 'price' },
  'price.amount': { ky: 'баасы', ru: 'цена', en: 'price' },
  'price.currency': { ky: 'баасынын валютасы', ru: 'валюта цены', en: 'price currency' },
  make: { ky: 'маркасы', ru: 'марка', en: 'make' },
  model: { ky: 'модели', ru: 'модель', en: 'model' },
  yearMade: { ky: 'чыгарылган жылы', ru: 'год выпуска', en: 'year made' },
  registrationNumber: { ky: 'мамлекеттик номери', ru: 'госномер', en: 'registration number' },
  owner: { ky: 'ээси', ru: 'владелец', en: 'owner' },
  issuer: { ky: 'эмитент', ru: 'эмитент', en: 'issuer' },
  issuerId: {
    ky: 'эмитенттин каттоо номери',
    ru: 'регистрационный номер эмитента',
    en: 'issuer id',
  },
  country: { ky: 'өлкө', ru: 'страна', en: 'country' },
};

/** A field's name, or the field's key when it has no label (pre-fill may carry any key). */
export function fieldName(key: string): LocalizedText {
  return FIELD[key] ?? { ky: key, ru: key, en: key };
}

/**
 * "area: 54,2 → 60" per language. Values may be numbers (formatted), strings (shown as given,
 * kinds translated) or already localized texts such as som amounts; blank shows as a dash.
 */
export function change(key: string, from: unknown, to: unknown): LocalizedText {
  const name = fieldName(key);
  const a = shown(key, from);
  const b = shown(key, to);
  return {
    ky: `${name.ky}: ${a.ky} → ${b.ky}`,
    ru: `${name.ru}: ${a.ru} → ${b.ru}`,
    en: `${name.en}: ${a.en} → ${b.en}`,
  };
}

const DASH: LocalizedText = { ky: '—', ru: '—', en: '—' };

function shown(key: string, value: unknown): LocalizedText {
  if (typeof value === 'number') return num(value);
  if (value === null || value === undefined || value === '') return DASH;
  if (typeof value === 'object' && 'ky' in value) return value as LocalizedText;
  const s = String(value);
  if (key === 'kind') {
    const label = REAL_ESTATE_KIND[s] ?? VEHICLE_KIND[s];
    if (label) return label;
  }
  return { ky: s, ru: s, en: s };
}

/** The registries pre-fill reads: the embedded one, or the state's through Tunduk. */
export const REGISTRY: Record<string, LocalizedText> = {
  local: { ky: 'ички реестр', ru: 'встроенный реестр', en: 'embedded registry' },
  tunduk: { ky: '«Түндүк» аркылуу', ru: 'через «Тундук»', en: 'via Tunduk' },
};

export const RELATION: Record<string, LocalizedText> = {
  declarant: { ky: 'декларант', ru: 'декларант', en: 'the declarant' },
  spouse: { ky: 'жубайы', ru: 'супруг(а)', en: 'spouse' },
  child: { ky: 'баласы', ru: 'ребёнок', en: 'child' },
  parent: { ky: 'ата-энеси', ru: 'родитель', en: 'parent' },
  sibling: { ky: 'бир тууганы', ru: 'брат или сестра', en: 'sibling' },
  other: { ky: 'башка тууганы', ru: 'другой родственник', en: 'other relative' },
};

/** Who of the family an owner id is: "the declarant", "spouse"...; names stay out of findings. */
export function who(owner: string, relatives: readonly { id: string; relation: string }[]) {
  if (owner === 'declarant') return RELATION.declarant!;
  for (const r of relatives) if (r.id === owner) return RELATION[r.relation] ?? RELATION.other!;
  return { ky: owner, ru: owner, en: owner };
}
