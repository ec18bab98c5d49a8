import type { Gender, NameRole, NameToken, ParsedName } from './types.ts';

/**
 * Kyrgyz-aware name normalisation. A word becomes a comparison key that is the same for the
 * Cyrillic spelling (Kyrgyz with ң ө ү, or Russian-style without them) and the usual Latin ones:
 * BGN/PCGN (Russian and Kyrgyz tables), the Russian passport's ICAO 9303 rules of 2013 and the
 * informal Kyrgyz Latin people type (j for ж, h for х, c for ц, ö/oe/o, ü/ue/u, ñ/ng/n).
 * Cyrillic is first written in Latin letters, then one set of Latin rules folds the spelling
 * variants; so both sides of a comparison always go through the same rules.
 *
 * Key alphabet: a-z plus J (ж, zh, j, dzh, dj), H (х, kh, h, x), C (ц, ts, tz, c),
 * Q (ч, ch, tch) and S (ш, щ, sh, shch, sch). Vowel glides and doubled letters are folded:
 * "Мария", "Mariya", "Mariia" and "Maria" all give "mara"; "Жээнбеков" and "Jeenbekov" give
 * "Jenbekov". The key is for comparing, not for showing; `toLatin` gives a readable spelling.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e', // ICAO 2013 and most Russian texts write ё as е
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
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kyrgyz
  ң: 'ng',
  ө: 'o',
  ү: 'u',
  // neighbours' letters that turn up in Kyrgyz registries (Kazakh, Uzbek, Tatar, Ukrainian)
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  һ: 'h',
  ұ: 'u',
  і: 'i',
  ў: 'u',
  ҳ: 'h',
  җ: 'zh',
  ї: 'i',
  є: 'ye',
  ґ: 'g',
};

/** Latin letters with marks whose plain form would lose a sound (ş is sh, not s). */
const LATIN_MARKED: Record<string, string> = {
  ö: 'o',
  ü: 'u',
  ñ: 'ng',
  ı: 'i',
  ş: 'sh',
  ç: 'ch',
  ğ: 'g',
  ä: 'a',
  ə: 'a',
  ž: 'zh',
  š: 'sh',
  č: 'ch',
  ć: 'ch',
  ł: 'l',
  ț: 'ts',
  ţ: 'ts',
};

/** Latin spellings folded to one key letter, tried longest first at each position. */
const FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'S'],
  ['sch', 'S'],
  ['shh', 'S'],
  ['sh', 'S'],
  ['dzh', 'J'],
  ['dj', 'J'],
  ['zh', 'J'],
  ['j', 'J'],
  ['kh', 'H'],
  ['h', 'H'],
  ['x', 'H'],
  ['tch', 'Q'],
  ['ch', 'Q'],
  ['ts', 'C'],
  ['tz', 'C'],
  ['c', 'C'],
  ['oe', 'o'],
  ['ue', 'u'],
  ['y', 'i'],
  ['w', 'v'],
  ['q', 'k'],
];

const CYRILLIC_LETTER = /[\u0400-\u04ff]/;
const LATIN_LETTER = /[a-zA-Z\u00c0-\u024f]/;

/** Every letter spelt directly: Cyrillic, marked Latin and plain a-z. */
const SPELLING = new Map<string, string>([
  ...Object.entries(CYRILLIC),
  ...Object.entries(LATIN_MARKED),
  ...[...'abcdefghijklmnopqrstuvwxyz'].map((c) => [c, c] as const),
]);

/** Lowercase letters in Latin, marks and Cyrillic written out; anything else dropped. */
function spellLatin(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) {
    const mapped = SPELLING.get(ch);
    if (mapped !== undefined) out += mapped;
    else {
      // é, á, ó, ï, ... : the plain letter
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (base.length === 1 && base >= 'a' && base <= 'z') out += base;
    }
  }
  return out;
}

const collapseDoubles = (s: string) => s.replace(/(.)\1+/g, '$1');

const FOLD_TO = new Map(FOLDS);
/** The folds as one pattern: at each position the first (longest) spelling that fits. */
const FOLD_PATTERN = new RegExp(FOLDS.map(([from]) => from).join('|'), 'g');

// Names repeat: a word's key is kept once computed.
const keys = new Map<string, string>();
const KEYS_KEPT = 100_000;

/** The comparison key of one word (see the top of this file). */
export function nameKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    if (keys.size >= KEYS_KEPT) keys.clear();
    key = computeKey(word);
    keys.set(word, key);
  }
  return key;
}

function computeKey(word: string): string {
  const folded = spellLatin(word.normalize('NFC')).replace(FOLD_PATTERN, (m) => FOLD_TO.get(m)!);
  let key = collapseDoubles(folded);
  // ё written yo/io after a consonant (Fyodor, Semyonov) is е in Cyrillic and ICAO: fold to e.
  key = key.replace(/([^aeiou])io/g, '$1e');
  // A glide before a vowel: ya/ia/я, yu/iu/ю, ye/ie, Aliyev/Aliev, Mariya/Mariia/Maria. At the
  // start of a word only ye/ie (BGN's е) and yu/iu (ю, also written u): Яна/Yana stays apart
  // from Анна.
  key = key.replace(/^i(?=[eu])/, '').replace(/(?<=.)i(?=[aeou])/g, '');
  key = collapseDoubles(key);
  // ң: "Chyngyz" (ng+g written once), "Chynggyz" and Russian-style "Чынгыз"; Janybek/Jangybek.
  key = key.replace(/ng(?=[aeiou]|$)/g, 'n');
  return key;
}

const BGN: Record<string, string> = {
  ...CYRILLIC,
  ё: 'yo',
  ж: 'zh',
  й: 'y',
  ң: 'ng',
  ө: 'ö',
  ү: 'ü',
};

const latins = new Map<string, string>();

/** A readable Latin spelling (BGN/PCGN with the Kyrgyz ö ü ng) for showing, never for comparing. */
export function toLatin(word: string): string {
  let latin = latins.get(word);
  if (latin === undefined) {
    if (latins.size >= KEYS_KEPT) latins.clear();
    latin = spellReadable(word);
    latins.set(word, latin);
  }
  return latin;
}

function spellReadable(word: string): string {
  const lower = word.normalize('NFC').toLowerCase();
  let out = '';
  for (const ch of lower) out += BGN[ch] ?? ch;
  return out.replace(/(^|[-\s])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

// Kyrgyz (and neighbouring Turkic) patronymic markers written as a separate word: "Кубат уулу".
const MALE_MARKERS = new Set(['ulu', 'uli', 'ogli', 'oglu', 'ugli']);
const FEMALE_MARKERS = new Set(['kizi', 'gizi']);
/** The same markers glued to the father's name, as written: "Кубатуулу", "Kubatkyzy". */
const GLUED_MARKERS = [
  'уулу',
  'uulu',
  'uuly',
  'кызы',
  'kyzy',
  'kizi',
  'qizi',
  'қызы',
  'оглы',
  'ogly',
  'ogli',
  'ugli',
];

const RUSSIAN_PATRONYMIC = /(?:(?:ov|ev)(?:iQ|iC|na)|iQna)$/;

/** The father's name as the patronymic keeps it: Сергей/Сергеевич -> "serg", Али/Алиевич -> "al". */
export function fatherStem(key: string): string {
  return key.replace(/e?i$/, '');
}

/**
 * Given names that end like -ин/-ина surnames (Екатерина, Марина, Мадина, Нурдин): never taken
 * for a surname on their ending alone.
 */
const GIVEN_LIKE_SURNAMES = new Set(
  [
    'Екатерина',
    'Марина',
    'Ирина',
    'Галина',
    'Алина',
    'Карина',
    'Зарина',
    'Валентина',
    'Полина',
    'Кристина',
    'Регина',
    'Нина',
    'Ангелина',
    'Анжелина',
    'Арина',
    'Дарина',
    'Альбина',
    'Элина',
    'Эвелина',
    'Алевтина',
    'Мадина',
    'Медина',
    'Сабина',
    'Марлин',
    'Любовь',
    'Нурдин',
    'Зайнидин',
    'Жалалидин',
    'Низамидин',
    'Шамсидин',
    'Камалидин',
    'Мухидин',
    'Фахридин',
    'Салахидин',
  ].map(nameKey),
);

interface SurnameEnding {
  stem: string;
  gender: Gender | null;
  /** -ин/-ина is also the ending of given names (Марина, Галина): only used when nothing better */
  weak: boolean;
}

/** -ов/-ова, -ев/-ева, -ин/-ина, -ский/-ская, and the ungendered -енко/-ук. */
function surnameEnding(key: string): SurnameEnding | null {
  if (key.length < 4 || GIVEN_LIKE_SURNAMES.has(key)) return null;
  let m = /^(.+(?:ov|ev|in))(a?)$/.exec(key);
  if (m) {
    return {
      stem: m[1]!,
      gender: m[2] ? 'female' : 'male',
      weak: m[1]!.endsWith('in'),
    };
  }
  m = /^(.+[sC]k)(i|oi|a)$/.exec(key);
  if (m) return { stem: m[1]!, gender: m[2] === 'a' ? 'female' : 'male', weak: false };
  if (/(enko|uk)$/.test(key)) return { stem: key, gender: null, weak: false };
  return null;
}

/** The surname without its -ов/-ев/-ин: Асанов -> "asan", Алиева -> "al"; compared to father's names. */
export function surnameRoot(stem: string): string {
  return fatherStem(stem.replace(/(ov|ev|in)$/, ''));
}

interface Word {
  text: string;
  key: string;
  initial: boolean;
  marker?: Gender;
  /** a marker glued to this word: "Кубатуулу" */
  gluedMarker?: Gender;
}

function markerOf(key: string): Gender | undefined {
  if (MALE_MARKERS.has(key)) return 'male';
  if (FEMALE_MARKERS.has(key)) return 'female';
  return undefined;
}

/** Splits a full name into words: spaces, commas and dots separate; hyphens join. */
function words(fullName: string): Word[] {
  const out: Word[] = [];
  for (const chunk of fullName.split(/[\s,;]+/)) {
    if (!chunk) continue;
    const parts = chunk.split('.');
    parts.forEach((part, i) => {
      const text = part.replace(/^-+|-+$/g, '');
      const key = nameKey(text);
      if (!key) return;
      const dotted = i < parts.length - 1;
      const initial = key.length === 1 || (dotted && text.length <= 3 && key.length <= 2);
      const marker = markerOf(key);
      if (marker) {
        out.push({ text, key, initial: false, marker });
        return;
      }
      const lower = text.toLowerCase();
      const glued = GLUED_MARKERS.find((g) => lower.endsWith(g) && lower.length - g.length >= 3);
      if (glued && !initial) {
        const father = text.slice(0, text.length - glued.length).replace(/-+$/, '');
        const gender = markerOf(nameKey(glued));
        if (gender) {
          out.push({ text: father, key: nameKey(father), initial: false, gluedMarker: gender });
          return;
        }
      }
      out.push({ text, key, initial });
    });
  }
  return out;
}

function tokenOf(w: Word, role: NameRole): NameToken {
  return {
    text: w.text,
    latin: toLatin(w.text),
    key: w.key,
    stem: w.key,
    role,
    initial: w.initial,
    gender: null,
  };
}

/**
 * Takes a full name apart: "Асанов Бакыт Кубатович", "Bakyt Kubat uulu", "Kubat uulu Bakyt",
 * "Асанов Б.К.", "B. Asanov", "Асанова Айгүл". Roles come from endings (patronymic -ович/-овна and
 * уулу/кызы, surname -ов/-ова/-ев/-ева/-ин/-ина/-ский/-ская) and then from position: the usual
 * written orders are Surname Given Patronymic and Given (Patronymic) Surname. Words whose role no
 * ending tells stay `unknown` (two plain words: "Бакыт Асан"), and matching aligns them freely.
 */
export function parseName(fullName: string): ParsedName {
  const ws = words(fullName);
  const tokens: (NameToken | null)[] = ws.map((w) => (w.marker ? null : tokenOf(w, 'unknown')));
  let patronymic: NameToken | null = null;

  // 1. Kyrgyz patronymic: the word before уулу/кызы, or with the marker glued on.
  for (const [i, w] of ws.entries()) {
    const gender = w.marker ?? w.gluedMarker;
    if (!gender || patronymic) continue;
    const father = w.marker ? tokens[i - 1] : tokens[i];
    if (!father || father.initial) continue;
    father.role = 'patronymic';
    father.patronymicStyle = 'kyrgyz';
    father.gender = gender;
    father.stem = fatherStem(father.key);
    if (w.marker) {
      father.text = `${father.text} ${w.text}`;
      father.latin = `${father.latin} ${toLatin(w.text).toLowerCase()}`;
    }
    patronymic = father;
  }
  const present = tokens.filter((t): t is NameToken => t !== null);

  // 2. Russian-style patronymic: the last word ending in -ович/-евич/-овна/-евна/-ична (an earlier
  //    one is a surname such as Лукашевич).
  if (!patronymic) {
    const found = present.filter((t) => !t.initial && RUSSIAN_PATRONYMIC.test(t.key)).at(-1);
    if (found) {
      found.role = 'patronymic';
      found.patronymicStyle = 'russian';
      found.gender = /na$/.test(found.key) ? 'female' : 'male';
      found.stem = fatherStem(found.key.replace(RUSSIAN_PATRONYMIC, '').replace(/iQna$/, ''));
      patronymic = found;
    }
  }

  // 3. The surname: a word with a surname ending, first or last; -ин/-ина only when nothing else.
  const full = present.filter((t) => !t.initial && t.role === 'unknown');
  const initials = present.filter((t) => t.initial);
  const endings = new Map(full.map((t) => [t, surnameEnding(t.key)] as const));
  const pickEdge = (list: NameToken[]) =>
    list.find((t) => t === full[0]) ?? list.find((t) => t === full.at(-1)) ?? list[0];
  let surname: NameToken | undefined;
  const strong = full.filter((t) => endings.get(t) && !endings.get(t)!.weak);
  const weak = full.filter((t) => endings.get(t)?.weak);
  if (strong.length > 0) surname = pickEdge(strong);
  else if (full.length === 1 && !patronymic && (initials.length > 0 || weak.length > 0)) {
    surname = full[0]; // "Б. Асанов", "Pushkin A.", "Никитина"
  } else if (full.length >= 2 && weak.length > 0) {
    surname = pickEdge(weak.filter((t) => t === full[0] || t === full.at(-1)));
  } else if (full.length >= 2 && patronymic && present.at(-1) === patronymic) {
    surname = full[0]; // a surname without a Slavic ending in Surname Given Patronymic: "Ли Бакыт Кубатович"
  }
  if (surname) {
    const ending = endings.get(surname);
    surname.role = 'surname';
    surname.stem = ending?.stem ?? surname.key;
    surname.gender = ending?.gender ?? null;
  }

  // 4. The rest in written order: the given name, then (if still missing) the patronymic.
  //    Two plain words with no ending and no patronymic ("Бакыт Асан") stay unknown.
  const rest = present.filter((t) => t.role === 'unknown');
  const restFull = rest.filter((t) => !t.initial);
  const decidable = surname !== undefined || patronymic !== null || restFull.length <= 1;
  let given: NameToken | null = null;
  for (const t of rest) {
    if (!decidable && !t.initial) continue;
    if (!given) {
      t.role = 'given';
      given = t;
    } else if (!patronymic) {
      t.role = 'patronymic';
      t.patronymicStyle = t.initial ? undefined : 'kyrgyz';
      // a marker glued on in a spelling the word list does not know: "Toeroekululu"
      t.stem = t.initial ? t.key : fatherStem(t.key.replace(/(?<=.{3})(ulu|kizi)$/, ''));
      patronymic = t;
    }
  }

  const genders = [surname?.gender, patronymic?.gender].filter((g): g is Gender => !!g);
  const gender = genders.length > 0 && genders.every((g) => g === genders[0]) ? genders[0]! : null;
  const family = surname ?? (patronymic?.patronymicStyle === 'kyrgyz' ? patronymic : null);
  const order =
    family && given
      ? present.indexOf(family) < present.indexOf(given)
        ? 'family_first'
        : 'given_first'
      : 'unknown';
  const hasCyrillic = CYRILLIC_LETTER.test(fullName);
  const hasLatin = LATIN_LETTER.test(fullName);
  return {
    input: fullName,
    script:
      hasCyrillic && hasLatin ? 'mixed' : hasCyrillic ? 'cyrillic' : hasLatin ? 'latin' : 'none',
    tokens: present,
    surname: surname ?? null,
    given,
    patronymic,
    gender,
    order,
  };
}
