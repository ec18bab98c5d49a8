import { describe, expect, it } from 'vitest';
import { nameKey, parseName, toLatin } from './normalize.ts';

const roles = (fullName: string) =>
  parseName(fullName).tokens.map((t) => `${t.role}:${t.initial ? `${t.text}.` : t.text}`);

describe('name keys: one key for the Cyrillic and the usual Latin spellings', () => {
  const same: Record<string, string[]> = {
    'Kyrgyz ж and its Latin forms (zh, j, dzh) and long vowels': [
      'Жээнбеков',
      'Джээнбеков',
      'Jeenbekov',
      'Zheenbekov',
      'Dzheenbekov',
      'Jenbekov',
    ],
    'Kyrgyz ң (ng, ñ, n) and ы (y, i)': ['Жаңыбек', 'Janybek', 'Jangybek', 'Jañybek', 'Zhanybek'],
    'ң before г: Chyngyz, Chynggyz and the Russian Чингиз': [
      'Чыңгыз',
      'Chyngyz',
      'Chynggyz',
      'Чингиз',
    ],
    'Kyrgyz ө (ö, oe, o) and ү (ü, ue, u), also in Russian-style Cyrillic': [
      'Үсөн',
      'Усон',
      'Usön',
      'Uesoen',
      'Uson',
    ],
    'ү in a given name, y or i for й': ['Айгүл', 'Aigul', 'Aygul', 'Aigül', 'Aiguel'],
    'х as kh, h or x': ['Хасан', 'Khasan', 'Hasan', 'Xasan'],
    'ц as ts or c, й as i or y': ['Цой', 'Tsoi', 'Tsoy', 'Coi'],
    'щ as shch or sch': ['Щербаков', 'Shcherbakov', 'Scherbakov'],
    'я as ya, ia or a after и': ['Мария', 'Mariya', 'Mariia', 'Maria'],
    'ю as yu, iu or u, ий as ii, iy or y': ['Юрий', 'Yuriy', 'Iurii', 'Yury', 'Uriy'],
    'е at the start as e or ye (BGN)': ['Ерлан', 'Erlan', 'Yerlan'],
    'ё as е, e, yo or io': ['Семёнов', 'Семенов', 'Semenov', 'Semyonov'],
    'ь dropped, ья as ya, ia, iia': ['Наталья', 'Natalya', 'Natalia', "Natal'ya", 'Nataliia'],
    '-иев with or without the glide': ['Алиев', 'Aliev', 'Aliyev'],
    'the patronymic marker уулу': ['уулу', 'uulu', 'UULU'],
    'the patronymic marker кызы': ['кызы', 'kyzy', 'qizi', 'kizi'],
  };
  for (const [what, spellings] of Object.entries(same)) {
    it(what, () => {
      const keys = new Set(spellings.map(nameKey));
      expect([...keys], spellings.join(', ')).toHaveLength(1);
    });
  }

  it('keeps different names apart: Яна and Анна, Асанов and Усенов', () => {
    expect(nameKey('Яна')).not.toBe(nameKey('Анна'));
    expect(nameKey('Асанов')).not.toBe(nameKey('Усенов'));
  });

  it('ignores case, hyphens, dots and apostrophes', () => {
    expect(nameKey('АК-ЖОЛ')).toBe(nameKey('Акжол'));
    expect(nameKey("Solov'yov")).toBe(nameKey('Соловьёв'));
  });

  it('gives a readable Latin spelling with the Kyrgyz letters kept', () => {
    expect(toLatin('Жаңыбек Үсөнов')).toBe('Zhangybek Üsönov');
    expect(toLatin('Асанова-Петрова')).toBe('Asanova-Petrova');
  });
});

describe('parsing a full name', () => {
  it('Surname Given Patronymic, in Cyrillic and Latin, with the stems and the gender', () => {
    for (const name of ['Асанов Бакыт Кубатович', 'Asanov Bakyt Kubatovich']) {
      const p = parseName(name);
      expect(p.surname?.stem).toBe('asanov');
      expect(p.given?.key).toBe('bakit');
      expect(p.patronymic).toMatchObject({ stem: 'kubat', patronymicStyle: 'russian' });
      expect(p.gender).toBe('male');
      expect(p.order).toBe('family_first');
    }
    expect(parseName('Asanov Bakyt Kubatovich').script).toBe('latin');
  });

  it('Given Patronymic Surname', () => {
    expect(roles('Бакыт Кубатович Асанов')).toEqual([
      'given:Бакыт',
      'patronymic:Кубатович',
      'surname:Асанов',
    ]);
  });

  it('the Kyrgyz patronymic: the father’s name and уулу/кызы, in either order or glued', () => {
    for (const name of [
      'Бакыт Кубат уулу',
      'Bakyt Kubat uulu',
      'Кубат уулу Бакыт',
      'Бакыт Кубатуулу',
    ]) {
      const p = parseName(name);
      expect(p.given?.key, name).toBe('bakit');
      expect(p.patronymic, name).toMatchObject({ stem: 'kubat', patronymicStyle: 'kyrgyz' });
      expect(p.surname, name).toBeNull();
      expect(p.gender, name).toBe('male');
    }
    expect(parseName('Кубат уулу Бакыт').order).toBe('family_first');
    expect(parseName('Айгүл Кубат кызы').gender).toBe('female');
    expect(parseName('Асанова Айгүл Кубат кызы').patronymic?.text).toBe('Кубат кызы');
  });

  it('-ович and уулу of the same father give the same stem, also for fathers ending in -й', () => {
    expect(parseName('Бакыт Сергеевич').patronymic?.stem).toBe(
      parseName('Бакыт Сергей уулу').patronymic?.stem,
    );
    expect(parseName('Айгүл Алиевна').patronymic?.stem).toBe(
      parseName('Айгүл Али кызы').patronymic?.stem,
    );
  });

  it('surname endings: -ов/-ова, -ев/-ева, -ин/-ина, -ский/-ская share a stem and tell the gender', () => {
    const pairs = [
      ['Асанов', 'Асанова'],
      ['Алиев', 'Алиева'],
      ['Никитин', 'Никитина'],
      ['Вишневский', 'Вишневская'],
    ];
    for (const [male, female] of pairs) {
      const m = parseName(`${male} Б.`).surname!;
      const f = parseName(`${female} А.`).surname!;
      expect(m.stem, male).toBe(f.stem);
      expect([m.gender, f.gender]).toEqual(['male', 'female']);
    }
  });

  it('given names ending like surnames stay given names (Екатерина, Любовь)', () => {
    expect(roles('Екатерина Никитина')).toEqual(['given:Екатерина', 'surname:Никитина']);
    expect(roles('Любовь Яковлева')).toEqual(['given:Любовь', 'surname:Яковлева']);
    expect(roles('Марина Кубатовна')).toEqual(['given:Марина', 'patronymic:Кубатовна']);
  });

  it('initials after or before the surname', () => {
    expect(roles('Асанов Б.К.')).toEqual(['surname:Асанов', 'given:Б.', 'patronymic:К.']);
    expect(roles('B. Asanov')).toEqual(['given:B.', 'surname:Asanov']);
    expect(roles('Б.К. Асанов')).toEqual(['given:Б.', 'patronymic:К.', 'surname:Асанов']);
    expect(roles('Zh. Sh. Jeenbekov')).toEqual([
      'given:Zh.',
      'patronymic:Sh.',
      'surname:Jeenbekov',
    ]);
    expect(parseName('Zh. Jeenbekov').given?.key).toBe(nameKey('Жылдыз')[0]);
  });

  it('extra spaces, commas, upper case, hyphenated surnames', () => {
    expect(roles('  АСАНОВ,   б.к. ')).toEqual(['surname:АСАНОВ', 'given:б.', 'patronymic:к.']);
    expect(parseName('Асанова-Петрова Айгүл').surname).toMatchObject({ gender: 'female' });
  });

  it('a surname ending like a patronymic: the last -вич is the patronymic', () => {
    expect(roles('Лукашевич Иван Петрович')).toEqual([
      'surname:Лукашевич',
      'given:Иван',
      'patronymic:Петрович',
    ]);
  });

  it('two plain words: roles unknown, left for the matcher to align', () => {
    expect(roles('Бакыт Асан')).toEqual(['unknown:Бакыт', 'unknown:Асан']);
    expect(parseName('Бакыт Асан').order).toBe('unknown');
  });

  it('survives anything: empty, punctuation, digits, other scripts', () => {
    for (const junk of ['', '   ', '...', '12345', '李小龙', '-- - --', 'уулу', 'Б.']) {
      expect(() => parseName(junk)).not.toThrow();
    }
    expect(parseName('').tokens).toEqual([]);
  });
});
