import { type SeededRandom, seededRandom } from '../../../platform/demo-random.ts';
import type { Gender, PersonRecord } from './types.ts';

/**
 * Synthetic Kyrgyz people and the ways sources write them, with known truth: every variant record
 * carries the id of the person it belongs to. For the tests and the name-matching benchmark.
 *
 * People: Kyrgyz (most) and Russian-style names, both sexes; surnames -ов/-ова, -ев/-ева, -ин/-ина,
 * -ский, -енко/-ук; patronymics -ович/-овна and the Kyrgyz "father's name + уулу/кызы", or no
 * surname at all ("Бакыт Кубат уулу"). Variants: Kyrgyz Cyrillic (ң ө ү), Russian-style Cyrillic
 * (н о у, Дж-), ICAO 9303 2013, BGN/PCGN, informal Kyrgyz Latin; word orders; initials; the other
 * patronymic style; a surname made of the father's name; upper case, extra spaces and commas; a
 * few typos; sometimes a birth date and a PIN (a few PINs broken: wrong structure, never a valid
 * but different PIN, which the matcher takes as a different person by design).
 * Hard negatives: people made to resemble another: same surname, a sibling (same surname and
 * father), a namesake (same full name, different birth date; both always carry birth dates, since
 * namesakes with nothing else known cannot be told apart by any matcher).
 */

export interface SyntheticPerson {
  id: string;
  sex: Gender;
  origin: 'kyrgyz' | 'russian';
  /** Cyrillic, in the person's gender; null for the Kyrgyz "Бакыт Кубат уулу" without a surname */
  surname: string | null;
  given: string;
  father: string;
  patronymicStyle: 'russian' | 'kyrgyz';
  birthDate: string;
  pin: string;
  /** every variant of this person carries the birth date */
  dated: boolean;
  /** hard negatives: the person this one was made to resemble */
  resembles?: { personId: string; kind: 'same_surname' | 'sibling' | 'namesake' };
}

export interface VariantRecord extends PersonRecord {
  personId: string;
  /** how this variant was written, e.g. "icao SGP", "informal GF-uulu typo" */
  form: string;
}

export interface VariantSet {
  persons: SyntheticPerson[];
  records: VariantRecord[];
}

export interface VariantOptions {
  seed?: number;
  /** people before hard negatives are added */
  persons?: number;
  /** the share of people who get a look-alike (hard negative) */
  hardNegativeShare?: number;
  minVariants?: number;
  maxVariants?: number;
}

const KY_MALE = [
  'Бакыт',
  'Нурлан',
  'Азамат',
  'Эрлан',
  'Улан',
  'Мирлан',
  'Данияр',
  'Айбек',
  'Жоомарт',
  'Кубат',
  'Садыр',
  'Алмаз',
  'Тилек',
  'Бекзат',
  'Нурбек',
  'Эрмек',
  'Марат',
  'Талант',
  'Чыңгыз',
  'Өмүрбек',
  'Үсөн',
  'Жаңыбек',
  'Төлөн',
  'Мээрбек',
  'Темир',
  'Асан',
  'Үсөнбек',
  'Канат',
  'Алмазбек',
  'Эмил',
  'Адилет',
  'Самат',
  'Курманбек',
  'Жыргалбек',
  'Дүйшөн',
  'Кеңеш',
  'Сооронбай',
  'Нурсултан',
  'Бектур',
  'Ильяс',
  'Исмаил',
  'Жусуп',
  'Мамбет',
  'Абдыкадыр',
  'Токтогул',
  'Эркин',
  'Максат',
  'Медер',
  'Нуржан',
  'Султан',
  'Тагай',
  'Элдияр',
  'Акылбек',
  'Арстан',
  'Байыш',
  'Бакай',
  'Жолдош',
  'Калыс',
  'Төрөкул',
  'Шерали',
];
const KY_FEMALE = [
  'Айгүл',
  'Гүлнара',
  'Айжан',
  'Жылдыз',
  'Нургүл',
  'Чолпон',
  'Айпери',
  'Бермет',
  'Асел',
  'Мээрим',
  'Динара',
  'Нуриза',
  'Айнура',
  'Салтанат',
  'Гүлзат',
  'Жазгүл',
  'Күмүш',
  'Назгүл',
  'Айзада',
  'Бүбүсара',
  'Гүлмира',
  'Элмира',
  'Аида',
  'Жибек',
  'Каныкей',
  'Сезим',
  'Таттыбүбү',
  'Үмүт',
  'Акмөөр',
  'Айсулуу',
  'Нурила',
  'Зарина',
  'Чынара',
  'Мыскал',
  'Бегимай',
  'Алтынай',
  'Сайкал',
  'Гүлайым',
  'Толкун',
  'Айдана',
  'Элнура',
  'Өмүркан',
];
const RU_MALE = [
  'Александр',
  'Сергей',
  'Дмитрий',
  'Евгений',
  'Юрий',
  'Андрей',
  'Алексей',
  'Владимир',
  'Николай',
  'Виктор',
  'Игорь',
  'Олег',
  'Павел',
  'Михаил',
  'Иван',
  'Максим',
  'Артём',
  'Денис',
  'Константин',
  'Вячеслав',
  'Валерий',
  'Геннадий',
  'Фёдор',
  'Роман',
  'Антон',
];
const RU_FEMALE = [
  'Елена',
  'Ольга',
  'Наталья',
  'Юлия',
  'Мария',
  'Татьяна',
  'Ирина',
  'Светлана',
  'Екатерина',
  'Анна',
  'Людмила',
  'Галина',
  'Марина',
  'Валентина',
  'Оксана',
  'Яна',
  'Евгения',
  'Дарья',
  'Ксения',
  'Алёна',
  'Виктория',
  'Надежда',
  'Любовь',
  'Вера',
  'Анастасия',
];
const KY_SURNAMES = [
  'Асанов',
  'Токтогулов',
  'Жумабеков',
  'Сыдыков',
  'Абдыкадыров',
  'Үсөнов',
  'Мамытов',
  'Бакиров',
  'Жээнбеков',
  'Атамбаев',
  'Отунбаев',
  'Ташиев',
  'Жапаров',
  'Садыров',
  'Акматов',
  'Мамбетов',
  'Осмонов',
  'Кадыров',
  'Орозбеков',
  'Сатыбалдиев',
  'Абдылдаев',
  'Бейшеналиев',
  'Дүйшөнбеков',
  'Төлөгөнов',
  'Эшматов',
  'Курманов',
  'Касымов',
  'Байтуров',
  'Сарыбаев',
  'Түгөлбаев',
  'Өмүрбеков',
  'Чыңгызов',
  'Эркинбаев',
  'Жаңыбеков',
  'Кеңешов',
  'Айтматов',
  'Момунов',
  'Калыбеков',
  'Нурмамбетов',
  'Шералиев',
  'Абдрахманов',
  'Исмаилов',
  'Бообеков',
  'Кудайбергенов',
  'Мырзакматов',
  'Сагынбаев',
  'Чотонов',
  'Бекболотов',
  'Алиев',
  'Турдалиев',
  'Мадумаров',
  'Бабанов',
  'Текебаев',
  'Исаков',
  'Сариев',
  'Оторбаев',
  'Боронов',
  'Абылгазиев',
  'Тургунбаев',
  'Ниязов',
  'Ормонов',
  'Шаршеев',
  'Кожошев',
  'Жолдошев',
  'Бакаев',
  'Усубалиев',
  'Раззаков',
  'Масалиев',
  'Молдокулов',
  'Кулов',
  'Кенжебаев',
  'Кубатов',
  'Нурланов',
  'Эрланов',
  'Таалайбеков',
];
const RU_SURNAMES = [
  'Иванов',
  'Петров',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Соловьёв',
  'Борисов',
  'Яковлев',
  'Григорьев',
  'Романов',
  'Воробьёв',
  'Сергеев',
  'Кузьмин',
  'Ильин',
  'Щербаков',
  'Калинин',
  'Чернышёв',
  'Ковальчук',
  'Шевченко',
  'Бондаренко',
  'Жуков',
  'Белов',
  'Медведев',
  'Вишневский',
  'Хохлов',
  'Цветков',
];

/** Most Kyrgyz surnames are a forefather's given name + -ов/-ев: Кубатов, Сооронбаев, Шералиев. */
function surnameFrom(name: string): string {
  if (name.endsWith('й')) return `${name.slice(0, -1)}ев`;
  return /[аеиоуыэюя]$/.test(name) ? `${name}ев` : `${name}ов`;
}

const KY_SURNAME_POOL = [...new Set([...KY_SURNAMES, ...KY_MALE.map(surnameFrom)])];

/** The surname in the woman's form: -ов/-ев/-ин + а, -ский -> -ская; -енко, -ук unchanged. */
function feminine(surname: string): string {
  if (/(ов|ев|ёв|ин)$/.test(surname)) return `${surname}а`;
  if (surname.endsWith('ский')) return `${surname.slice(0, -4)}ская`;
  return surname;
}

/** The father's name as a Russian-style patronymic: Кубат -> Кубатович, Сергей -> Сергеевич. */
export function russianPatronymic(father: string, sex: Gender): string {
  const [m, f] = ['вич', 'вна'];
  const end = sex === 'male' ? m : f;
  if (father === 'Дмитрий') return `Дмитрие${end}`;
  if (father.endsWith('ий')) return `${father.slice(0, -2)}ье${end}`;
  if (/[аеиоуыэюяөү]й$/.test(father)) return `${father.slice(0, -1)}е${end}`;
  if (/[иы]$/.test(father)) return `${father}е${end}`;
  if (/[жшщчц]$/.test(father)) return `${father}е${end}`;
  return `${father}о${end}`;
}

const kyrgyzPatronymic = (father: string, sex: Gender) =>
  `${father} ${sex === 'male' ? 'уулу' : 'кызы'}`;

// ---- Cyrillic to Latin, as the sources write it ------------------------------------------------

export type Scheme = 'kyrgyz_cyrillic' | 'russian_cyrillic' | 'icao' | 'bgn' | 'informal';

const ICAO: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  // Kyrgyz passports
  ң: 'n',
  ө: 'o',
  ү: 'u',
};

const VOWELS = 'аеёиоуыэюяөү';

/** BGN/PCGN: the Kyrgyz table (ж j, ң ng, ө ö, ү ü) for Kyrgyz names, the Russian one otherwise. */
function bgnLetter(ch: string, prev: string, kyrgyz: boolean): string {
  const initialOrAfterVowel = prev === '' || VOWELS.includes(prev) || prev === 'ь' || prev === 'ъ';
  switch (ch) {
    case 'е':
      return initialOrAfterVowel ? 'ye' : 'e';
    case 'ё':
      return initialOrAfterVowel ? 'yë' : 'ë';
    case 'ж':
      return kyrgyz ? 'j' : 'zh';
    case 'й':
      return 'y';
    case 'ъ':
      return '';
    case 'ь':
      return "'";
    case 'ю':
      return 'yu';
    case 'я':
      return 'ya';
    case 'ң':
      return 'ng';
    case 'ө':
      return 'ö';
    case 'ү':
      return 'ü';
    default:
      return ICAO[ch] ?? ch;
  }
}

/** The choices one informal writer makes, kept for the whole name. */
function informalHabits(r: SeededRandom): Record<string, string> {
  return {
    ж: r.pick(['j', 'j', 'zh']),
    х: r.pick(['h', 'kh']),
    ц: r.pick(['ts', 'c']),
    ы: r.pick(['y', 'y', 'i']),
    й: r.pick(['y', 'i']),
    ю: r.pick(['yu', 'iu', 'u']),
    я: r.pick(['ya', 'ia']),
    ё: r.pick(['yo', 'e']),
    ң: r.pick(['n', 'ng', 'ñ']),
    ө: r.pick(['o', 'ö', 'oe']),
    ү: r.pick(['u', 'ü', 'ue']),
    щ: r.pick(['sh', 'shch']),
    е: 'e',
    ь: '',
    ъ: '',
  };
}

/** A Cyrillic name as a source of this scheme writes it (`r` makes the informal writer's choices). */
export function transliterate(
  text: string,
  scheme: Scheme,
  kyrgyz: boolean,
  r: SeededRandom,
): string {
  if (scheme === 'kyrgyz_cyrillic') return text;
  if (scheme === 'russian_cyrillic') {
    let out = text.replace(/ң/g, 'н').replace(/ө/g, 'о').replace(/ү/g, 'у');
    out = out.replace(/Ң/g, 'Н').replace(/Ө/g, 'О').replace(/Ү/g, 'У').replace(/ё/g, 'е');
    // Soviet-era spelling of the Kyrgyz ж at the start of a word: Джумабеков
    if (kyrgyz && r.chance(0.3)) out = out.replace(/(^|\s)Ж/g, '$1Дж');
    return out;
  }
  const habits = scheme === 'informal' ? informalHabits(r) : null;
  const singleVowels = scheme === 'informal' && r.chance(0.3);
  let out = '';
  let prev = '';
  for (const raw of text) {
    const ch = raw.toLowerCase();
    let latin: string;
    if (!/[\u0400-\u04ff]/.test(ch)) latin = ch;
    else if (scheme === 'icao') latin = ICAO[ch] ?? ch;
    else if (scheme === 'bgn') latin = bgnLetter(ch, prev, kyrgyz);
    else latin = habits![ch] ?? ICAO[ch] ?? ch;
    // informal writers often drop the Kyrgyz long vowels: Jeenbekov -> Jenbekov
    if (singleVowels && ch === prev && 'аоуэөү'.includes(ch)) latin = '';
    out += raw !== ch && latin ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
    prev = /\s/.test(ch) ? '' : ch;
  }
  return out;
}

// ---- people -------------------------------------------------------------------------------------

const two = (n: number) => String(n).padStart(2, '0');

function birthDateOf(r: SeededRandom, avoidYear?: number): string {
  let year = r.int(1950, 2005);
  if (avoidYear !== undefined && year === avoidYear) year = year === 2005 ? 1950 : year + 1;
  return `${year}-${two(r.int(1, 12))}-${two(r.int(1, 28))}`;
}

function pinOf(r: SeededRandom, sex: Gender, birthDate: string): string {
  const [y, m, d] = birthDate.split('-');
  return `${sex === 'female' ? 1 : 2}${d}${m}${y}${String(r.int(0, 99_999)).padStart(5, '0')}`;
}

function newPerson(r: SeededRandom, id: string): Omit<SyntheticPerson, 'birthDate' | 'pin'> {
  const sex: Gender = r.chance(0.5) ? 'male' : 'female';
  const russian = r.chance(0.2);
  if (russian) {
    return {
      id,
      sex,
      origin: 'russian',
      surname: sex === 'male' ? r.pick(RU_SURNAMES) : feminine(r.pick(RU_SURNAMES)),
      given: r.pick(sex === 'male' ? RU_MALE : RU_FEMALE),
      father: r.pick(RU_MALE),
      patronymicStyle: 'russian',
      dated: false,
    };
  }
  const russianGiven = r.chance(0.1);
  const given = r.pick(
    sex === 'male' ? (russianGiven ? RU_MALE : KY_MALE) : russianGiven ? RU_FEMALE : KY_FEMALE,
  );
  const father = r.pick(r.chance(0.1) ? RU_MALE : KY_MALE);
  const hasSurname = r.chance(0.7);
  const surname = hasSurname ? r.pick(KY_SURNAME_POOL) : null;
  return {
    id,
    sex,
    origin: 'kyrgyz',
    surname: surname && sex === 'female' ? feminine(surname) : surname,
    given,
    father,
    patronymicStyle: hasSurname && r.chance(0.75) ? 'russian' : 'kyrgyz',
    dated: false,
  };
}

const nameKeyOf = (p: Omit<SyntheticPerson, 'birthDate' | 'pin'>) =>
  `${p.surname}|${p.given}|${p.father}|${p.sex}`;

// ---- how one source writes a person ------------------------------------------------------------

const initial = (word: string) => `${word[0]}.`;

/** The words of one variant, in Cyrillic, before transliteration and noise. */
function variantWords(r: SeededRandom, p: SyntheticPerson): { text: string; form: string } {
  const given = p.given;
  const ownStyle = p.patronymicStyle;
  if (!p.surname) {
    const patr = kyrgyzPatronymic(p.father, p.sex);
    const roll = r.next();
    if (roll < 0.45) return { text: `${given} ${patr}`, form: 'G F-uulu' };
    if (roll < 0.73) return { text: `${patr} ${given}`, form: 'F-uulu G' };
    if (roll < 0.8) {
      return { text: `${given} ${patr.replace(' ', '')}`, form: 'G F-uulu glued' };
    }
    if (roll < 0.88) {
      const stem = surnameFrom(p.father);
      return {
        text: `${p.sex === 'male' ? stem : `${stem}а`} ${given}`,
        form: 'surname from father',
      };
    }
    if (roll < 0.94) return { text: `${initial(given)} ${patr}`, form: 'G. F-uulu' };
    return { text: `${given} ${russianPatronymic(p.father, p.sex)}`, form: 'G P(russian)' };
  }
  const style = r.chance(0.15) ? (ownStyle === 'russian' ? 'kyrgyz' : 'russian') : ownStyle;
  const patr =
    style === 'russian' ? russianPatronymic(p.father, p.sex) : kyrgyzPatronymic(p.father, p.sex);
  const s = p.surname;
  const styleNote = style === ownStyle ? '' : ' other-style';
  const roll = r.next();
  if (roll < 0.35) return { text: `${s} ${given} ${patr}`, form: `SGP${styleNote}` };
  if (roll < 0.45) return { text: `${given} ${patr} ${s}`, form: `GPS${styleNote}` };
  if (roll < 0.6) return { text: `${s} ${given}`, form: 'SG' };
  if (roll < 0.75) return { text: `${given} ${s}`, form: 'GS' };
  if (roll < 0.83) return { text: `${s} ${initial(given)}${initial(p.father)}`, form: 'S G.P.' };
  if (roll < 0.87) return { text: `${initial(given)}${initial(p.father)} ${s}`, form: 'G.P. S' };
  if (roll < 0.92) return { text: `${initial(given)} ${s}`, form: 'G. S' };
  if (roll < 0.95) return { text: `${s} ${initial(given)}`, form: 'S G.' };
  return { text: `${s} ${given} ${initial(p.father)}`, form: 'S G P.' };
}

const VOWEL_SWAP: Record<string, string> = { а: 'о', о: 'а', е: 'и', и: 'е', ы: 'и', у: 'ю' };

/** One slip of the keyboard inside a word (never its first letter). */
function typo(r: SeededRandom, text: string): string {
  const words = text.split(' ');
  const candidates = words
    .map((w, i) => [w, i] as const)
    .filter(([w]) => w.length >= 5 && !w.includes('.'));
  if (candidates.length === 0) return text;
  const [word, at] = r.pick(candidates);
  const i = r.int(1, word.length - 2);
  const kind = r.int(0, 3);
  let changed: string;
  if (kind === 0) changed = word.slice(0, i) + word.slice(i + 1);
  else if (kind === 1) changed = word.slice(0, i) + word[i] + word.slice(i);
  else if (kind === 2) changed = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  else changed = word.slice(0, i) + (VOWEL_SWAP[word[i]!] ?? word[i]) + word.slice(i + 1);
  words[at] = changed;
  return words.join(' ');
}

/** Upper case, extra spaces, a comma after the first word: what forms and registries do. */
function noise(r: SeededRandom, text: string): { text: string; note: string } {
  const roll = r.next();
  if (roll < 0.08) return { text: text.toUpperCase(), note: ' upper' };
  if (roll < 0.11) return { text: text.toLowerCase(), note: ' lower' };
  if (roll < 0.16) return { text: `  ${text.replace(/ /g, '  ')} `, note: ' spaces' };
  if (roll < 0.19) return { text: text.replace(' ', ', '), note: ' comma' };
  return { text, note: '' };
}

/** A PIN as a source gives it; now and then broken (a digit lost, a wrong sex digit, a bad date). */
function pinVariant(r: SeededRandom, pin: string): { pin: string; note: string } {
  if (!r.chance(0.1)) return { pin, note: '' };
  const kind = r.int(0, 2);
  if (kind === 0) return { pin: pin.slice(0, 13), note: ' pin-short' };
  if (kind === 1) return { pin: `3${pin.slice(1)}`, note: ' pin-sex' };
  return { pin: `${pin.slice(0, 3)}13${pin.slice(5)}`, note: ' pin-date' };
}

function variantOf(r: SeededRandom, p: SyntheticPerson): Omit<VariantRecord, 'id'> {
  const words = variantWords(r, p);
  let text = words.text;
  let form = words.form;
  if (r.chance(0.04)) {
    text = typo(r, text);
    form += ' typo';
  }
  const scheme = r.pick<Scheme>([
    'kyrgyz_cyrillic',
    'kyrgyz_cyrillic',
    'russian_cyrillic',
    'icao',
    'icao',
    'bgn',
    'informal',
    'informal',
  ]);
  text = transliterate(text, scheme, p.origin === 'kyrgyz', r);
  const noisy = noise(r, text);
  const record: Omit<VariantRecord, 'id'> = {
    personId: p.id,
    fullName: noisy.text,
    form: `${scheme} ${form}${noisy.note}`,
  };
  if (p.dated || r.chance(0.5)) record.birthDate = p.birthDate;
  if (r.chance(0.2)) {
    const given = pinVariant(r, p.pin);
    record.pin = given.pin;
    record.form += given.note;
  }
  return record;
}

// ---- the set ------------------------------------------------------------------------------------

function lookAlike(
  r: SeededRandom,
  of: SyntheticPerson,
  id: string,
  kind: 'same_surname' | 'sibling' | 'namesake',
): Omit<SyntheticPerson, 'birthDate' | 'pin'> {
  const givenList =
    of.origin === 'russian'
      ? of.sex === 'male'
        ? RU_MALE
        : RU_FEMALE
      : of.sex === 'male'
        ? KY_MALE
        : KY_FEMALE;
  const other = (list: readonly string[], not: string) => {
    let pick = r.pick(list);
    while (pick === not) pick = r.pick(list);
    return pick;
  };
  const base = { ...of, id, resembles: { personId: of.id, kind } };
  delete (base as Partial<SyntheticPerson>).birthDate;
  delete (base as Partial<SyntheticPerson>).pin;
  if (kind === 'namesake') return { ...base, dated: true };
  const given = other(givenList, of.given);
  if (kind === 'sibling') return { ...base, given };
  return { ...base, given, father: other(of.origin === 'russian' ? RU_MALE : KY_MALE, of.father) };
}

/** People, their look-alikes and the variant records of all of them, shuffled, ids r0, r1, ... */
export function generateVariants(options: VariantOptions = {}): VariantSet {
  const r = seededRandom(options.seed ?? 20_260_501);
  const count = options.persons ?? 1000;
  const share = options.hardNegativeShare ?? 0.15;
  const minVariants = options.minVariants ?? 2;
  const maxVariants = options.maxVariants ?? 5;
  const persons: SyntheticPerson[] = [];
  const taken = new Set<string>();
  for (let n = 0; n < count; n++) {
    let draft = newPerson(r, `p${n}`);
    for (let tries = 0; taken.has(nameKeyOf(draft)) && tries < 50; tries++) {
      draft = newPerson(r, `p${n}`);
    }
    taken.add(nameKeyOf(draft));
    const birthDate = birthDateOf(r);
    persons.push({ ...draft, birthDate, pin: pinOf(r, draft.sex, birthDate) });
  }
  const kinds = ['same_surname', 'sibling', 'namesake'] as const;
  const base = persons.length;
  for (let n = 0; n < base; n++) {
    if (!r.chance(share)) continue;
    const of = persons[n]!;
    const kind = kinds[persons.length % 3]!;
    // A surname to share: the Kyrgyz "уулу" people have none, so they get namesakes or siblings.
    const effective = kind === 'same_surname' && !of.surname ? 'sibling' : kind;
    const draft = lookAlike(r, of, `p${persons.length}`, effective);
    if (effective !== 'namesake' && taken.has(nameKeyOf(draft))) continue;
    taken.add(nameKeyOf(draft));
    if (effective === 'namesake') of.dated = true;
    const birthDate = birthDateOf(r, Number(of.birthDate.slice(0, 4)));
    persons.push({ ...draft, birthDate, pin: pinOf(r, draft.sex, birthDate) });
  }
  const drafts: Omit<VariantRecord, 'id'>[] = [];
  for (const p of persons) {
    const n = r.int(minVariants, maxVariants);
    for (let i = 0; i < n; i++) drafts.push(variantOf(r, p));
  }
  for (let i = drafts.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [drafts[i], drafts[j]] = [drafts[j]!, drafts[i]!];
  }
  return { persons, records: drafts.map((d, i) => ({ id: `r${i}`, ...d })) };
}

/** How many pairs of records belong to the same person (the truth a search should find). */
export function truePairCount(records: readonly VariantRecord[]): number {
  const per = new Map<string, number>();
  for (const x of records) per.set(x.personId, (per.get(x.personId) ?? 0) + 1);
  let pairs = 0;
  for (const n of per.values()) pairs += (n * (n - 1)) / 2;
  return pairs;
}
