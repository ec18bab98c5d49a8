import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../platform/demo-random.ts';
import { jaroWinkler, MATCH_THRESHOLDS, scorePair } from './score.ts';
import type { MatchScore, PersonRecord } from './types.ts';
import { generateVariants, russianPatronymic, type Scheme, transliterate } from './variants.ts';

let n = 0;
const rec = (fullName: string, extra: Partial<PersonRecord> = {}): PersonRecord => ({
  id: `t${n++}`,
  fullName,
  ...extra,
});
const score = (a: string | PersonRecord, b: string | PersonRecord) =>
  scorePair(typeof a === 'string' ? rec(a) : a, typeof b === 'string' ? rec(b) : b);
const codes = (s: MatchScore) => s.reasons.map((r) => r.code);
const detail = (s: MatchScore, code: string) => s.reasons.find((r) => r.code === code)?.detail;
const BORN = { birthDate: '1985-03-15' };

describe('Jaro–Winkler', () => {
  it('gives the textbook values', () => {
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 3);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
  });
});

describe('matching names across scripts and styles', () => {
  it('"Асанов Бакыт Кубатович" ~ "Asanov Bakyt Kubatovich": a full name in both scripts matches', () => {
    const s = score('Асанов Бакыт Кубатович', 'Asanov Bakyt Kubatovich');
    expect(s.decision).toBe('match');
    expect(codes(s)).toEqual(['surname', 'given_name', 'patronymic', 'transliteration']);
    expect(detail(s, 'surname')).toBe('Асанов ~ Asanov: same stem, male ending');
    expect(s.score).toBeCloseTo(
      s.reasons.reduce((sum, r) => sum + r.weight, 0),
      3,
    );
  });

  it('"Бакыт Кубат уулу" ~ "Bakyt Kubat uulu": review on the name alone, match with the same birth date', () => {
    const alone = score('Бакыт Кубат уулу', 'Bakyt Kubat uulu');
    expect(alone.decision).toBe('review');
    expect(detail(alone, 'patronymic')).toBe("Кубат уулу ~ Kubat uulu: same father's name");
    expect(score(rec('Бакыт Кубат уулу', BORN), rec('Bakyt Kubat uulu', BORN)).decision).toBe(
      'match',
    );
    // the glued spelling and the other word order
    expect(score(rec('Бакыт Кубатуулу', BORN), rec('Kubat uulu Bakyt', BORN)).decision).toBe(
      'match',
    );
  });

  it('"Айгүл Асанова" ~ "Aigul Asanova" / "Aygul Asanova": same stem, female ending; review, match with the birth date', () => {
    for (const latin of ['Aigul Asanova', 'Aygul Asanova', 'ASANOVA AIGÜL']) {
      const s = score('Айгүл Асанова', latin);
      expect(s.decision, latin).toBe('review');
      expect(detail(s, 'surname'), latin).toMatch(/^Асанова ~ .*: same stem, female ending$/);
      expect(score(rec('Айгүл Асанова', BORN), rec(latin, BORN)).decision, latin).toBe('match');
    }
  });

  it('initials: surname and both initials are for review; a different initial is none', () => {
    const s = score('Асанов Б.К.', 'Асанов Бакыт Кубатович');
    expect(s.decision).toBe('review');
    expect(detail(s, 'initial')).toBe('Б. ~ Бакыт: given name initial agrees');
    expect(score(rec('Асанов Б.К.', BORN), rec('Asanov Bakyt Kubatovich', BORN)).decision).toBe(
      'match',
    );
    expect(score('B. Asanov', 'Бакыт Асанов').decision).toBe('none');
    expect(score('Асанов Н.К.', 'Асанов Бакыт Кубатович').decision).toBe('none');
    expect(score(rec('Zh. Jeenbekov', BORN), rec('Жээнбеков Жылдыз', BORN)).decision).toBe(
      'review',
    );
  });

  it('word order: Given Patronymic Surname ~ Surname Given Patronymic, with a reason', () => {
    const s = score('Бакыт Кубатович Асанов', 'Asanov Bakyt Kubatovich');
    expect(s.decision).toBe('match');
    expect(detail(s, 'word_order')).toBe('given name first ~ family name first');
    // two plain words in either order are aligned to each other
    const plain = score(rec('Бакыт Асан', BORN), rec('Асан Бакыт', BORN));
    expect(plain.reasons.filter((r) => r.code === 'name')).toHaveLength(2);
  });

  it('ң ө ү: Kyrgyz letters against Russian-style Cyrillic, ICAO, BGN and informal Latin', () => {
    const kyrgyz = 'Үсөнов Жаңыбек Төлөнович';
    for (const other of [
      'Усонов Жаныбек Толонович',
      'Usonov Zhanybek Tolonovich',
      'Üsönov Jangybek Tölönovich',
      'Uesoenov Janybek Toeloenovich',
    ]) {
      expect(score(kyrgyz, other).decision, other).toBe('match');
    }
    expect(score('Чыңгыз Айтматов', 'Chingiz Aitmatov').reasons[0]!.weight).toBeGreaterThan(0);
  });

  it('Russian and Kyrgyz patronymic styles of the same father agree', () => {
    const s = score('Асанов Бакыт Кубатович', 'Асанов Бакыт Кубат уулу');
    expect(s.decision).toBe('match');
    expect(detail(s, 'patronymic')).toContain('-ович/-овна and уулу/кызы styles');
  });

  it('a surname made of the father’s name ("Кубатов Бакыт" ~ "Бакыт Кубат уулу") is for review with the birth date', () => {
    const s = score(rec('Кубатов Бакыт', BORN), rec('Бакыт Кубат уулу', BORN));
    expect(codes(s)).toContain('surname_from_father');
    expect(s.decision).toBe('review');
  });
});

describe('telling people apart', () => {
  it('Асанов vs Асанова: the same surname stem but a man and a woman, not a match on its own', () => {
    const s = score('Асанов', 'Асанова');
    expect(s.decision).toBe('none');
    expect(detail(s, 'surname')).toBe('Асанов ~ Асанова: same stem, male vs female ending');
    expect(codes(s)).toContain('sex_differs');
    // even with the rest of the name and the birth date equal, the endings keep them apart
    const full = score(rec('Асанов Айбек Кубатович', BORN), rec('Асанова Айбек Кубатовна', BORN));
    expect(full.decision).not.toBe('match');
  });

  it('different birth dates: none, even with the full name equal', () => {
    const s = score(
      rec('Асанов Бакыт Кубатович', { birthDate: '1985-03-15' }),
      rec('Asanov Bakyt Kubatovich', { birthDate: '1986-03-15' }),
    );
    expect(s.decision).toBe('none');
    expect(detail(s, 'birth_date_differs')).toBe('born 1985-03-15 ~ 1986-03-15: different');
  });

  it('brothers (same surname and father, different given name): none, even born the same day', () => {
    const s = score(rec('Асанов Бакыт Кубатович', BORN), rec('Асанов Нурлан Кубатович', BORN));
    expect(s.decision).toBe('none');
  });

  it('same surname, different person', () => {
    expect(score('Асанов Бакыт Кубатович', 'Асанов Эрлан Таалайбекович').decision).toBe('none');
  });
});

describe('the PIN', () => {
  const PIN = '21503198500123';

  it('equal valid PINs match whatever the spelling', () => {
    const s = score(rec('Асанов Б.', { pin: PIN }), rec('Bakyt Kubat uulu', { pin: PIN }));
    expect(s).toMatchObject({ decision: 'match', score: 1 });
    expect(codes(s)).toEqual(['pin_equal']);
  });

  it('different valid PINs are different people whatever the name', () => {
    const other = '21503198500124';
    const s = score(rec('Асанов Бакыт', { pin: PIN }), rec('Асанов Бакыт', { pin: other }));
    expect(s).toMatchObject({ decision: 'none', score: 0 });
  });

  it('a PIN with a wrong structure is reported and not used', () => {
    const s = score(
      rec('Асанов Бакыт Кубатович', { pin: '31503198500123' }),
      rec('Asanov Bakyt Kubatovich', { pin: PIN }),
    );
    // The reason names the problem, never the PIN itself: verifiers review reasons.
    expect(detail(s, 'pin_invalid')).toBe('Асанов Бакыт Кубатович: PIN not used (pin_sex_digit)');
    expect(s.decision).toBe('match');
    const mismatch = score(
      rec('Асанов Бакыт', { pin: PIN, birthDate: '1990-01-01' }),
      rec('Асанов Бакыт'),
    );
    expect(detail(mismatch, 'pin_invalid')).toContain('pin_birth_date_mismatch');
  });

  it('a valid PIN gives the birth date and the sex when the record has none', () => {
    const s = score(
      rec('Асанов Бакыт', { pin: PIN }),
      rec('Асанов Бакыт', { birthDate: '1990-01-01' }),
    );
    expect(detail(s, 'birth_date_differs')).toBe(
      'born 1985-03-15 (from the PIN) ~ 1990-01-01: different',
    );
    const woman = score(rec('Асанов Бакыт', { pin: PIN }), rec('Асанова Бакыт'));
    expect(detail(woman, 'sex_differs')).toBe('male (PIN) ~ female (name endings)');
  });
});

describe('properties', () => {
  const people = generateVariants({ persons: 300, seed: 7, hardNegativeShare: 0 }).persons;
  const schemes: Scheme[] = ['kyrgyz_cyrillic', 'russian_cyrillic', 'icao', 'bgn', 'informal'];
  const fullName = (i: number, scheme: Scheme, seed: number) => {
    const p = people[i % people.length]!;
    const patronymic =
      p.patronymicStyle === 'russian'
        ? russianPatronymic(p.father, p.sex)
        : `${p.father} ${p.sex === 'male' ? 'уулу' : 'кызы'}`;
    const text = [p.surname, p.given, patronymic].filter(Boolean).join(' ');
    return transliterate(text, scheme, p.origin === 'kyrgyz', seededRandom(seed));
  };
  const aName = fc.oneof(
    fc
      .tuple(fc.nat(), fc.constantFrom(...schemes), fc.nat())
      .map(([i, s, seed]) => fullName(i, s, seed)),
    fc.string({ maxLength: 30 }),
    fc.constantFrom('Асанов Б.К.', 'B. Asanov', 'Асанова', 'Бакыт Асан', 'уулу', ''),
  );
  const aRecord = fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    fullName: aName,
    pin: fc.option(fc.constantFrom('21503198500123', '11503198500123', '31503198500123', '123'), {
      nil: undefined,
    }),
    birthDate: fc.option(fc.constantFrom('1985-03-15', '1990-01-01'), { nil: undefined }),
  });

  it('the score is symmetric', () => {
    fc.assert(
      fc.property(aRecord, aRecord, (a, b) => {
        const ab = scorePair(a, b);
        const ba = scorePair(b, a);
        expect(ba.score).toBe(ab.score);
        expect(ba.decision).toBe(ab.decision);
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('a record always matches itself', () => {
    fc.assert(
      fc.property(aRecord, (r) => {
        expect(scorePair(r, { ...r }).decision).toBe('match');
      }),
    );
  });

  it('a full name and its transliteration, with the same birth date, always match', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...schemes), fc.nat(), (i, scheme, seed) => {
        const a = rec(fullName(i, 'kyrgyz_cyrillic', 0), BORN);
        const b = rec(fullName(i, scheme, seed), BORN);
        expect(scorePair(a, b).decision).toBe('match');
      }),
      { numRuns: Number(process.env.NAMES_PROPERTY_RUNS ?? 500) },
    );
  });

  it('is deterministic', () => {
    const a = rec('Асанов Б.К.', BORN);
    const b = rec('Asanov Bakyt Kubatovich');
    expect(scorePair(a, b)).toEqual(scorePair(a, b));
    expect(MATCH_THRESHOLDS).toEqual({ match: 0.92, review: 0.75 });
  });
});
