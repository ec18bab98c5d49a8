import { describe, expect, it } from 'vitest';
import { buildNameIndex, candidatesFor, phoneticCode } from './candidates.ts';
import type { PersonRecord } from './types.ts';
import { generateVariants, truePairCount } from './variants.ts';

const records: PersonRecord[] = [
  { id: 'a1', fullName: 'Асанов Бакыт Кубатович' },
  { id: 'a2', fullName: 'Bakyt Kubatovich Asanov' },
  { id: 'a3', fullName: 'Асанов Б.К.' },
  { id: 'a4', fullName: 'Бакыт Кубат уулу' },
  { id: 'a5', fullName: 'Кубатов Бакыт' },
  { id: 'a6', fullName: 'Asanof Bakyt Kubatovich' },
  { id: 'b1', fullName: 'Жээнбеков Нурлан', pin: '21503198500123' },
  { id: 'b2', fullName: 'Совсем Другое Имя', pin: '21503198500123' },
  { id: 'c1', fullName: 'Петрова Анна Сергеевна' },
];

describe('the candidate search (blocking)', () => {
  const index = buildNameIndex(records);
  const of = (id: string) => candidatesFor(index, records.find((r) => r.id === id)!);

  it('finds the same name in the other script and word order, with initials, and never the record itself', () => {
    expect(of('a1')).toEqual(expect.arrayContaining(['a2', 'a3', 'a6']));
    expect(of('a1')).not.toContain('a1');
  });

  it('finds the Kyrgyz "Кубат уулу" from the surname made of the father’s name, and the other way', () => {
    expect(of('a5')).toContain('a4');
    expect(of('a4')).toContain('a5');
  });

  it('finds records with the same valid PIN whatever their names', () => {
    expect(of('b1')).toContain('b2');
  });

  it('does not bring unrelated names', () => {
    expect(of('c1')).toEqual([]);
  });

  it('codes names phonetically on their keys', () => {
    expect(phoneticCode('asanov')).toBe('*snv');
    expect(phoneticCode('bakit')).toBe('bgd');
  });

  it('finds at least 99% of the true pairs of a generated set while scoring a small share of all pairs', () => {
    const set = generateVariants({ persons: 1500, seed: 11 });
    const built = buildNameIndex(set.records);
    const person = new Map(set.records.map((r) => [r.id, r.personId]));
    let found = 0;
    let candidates = 0;
    for (const r of set.records) {
      for (const id of candidatesFor(built, r)) {
        candidates++;
        if (person.get(id) === r.personId) found++;
      }
    }
    const all = set.records.length * (set.records.length - 1);
    // every pair is seen from both ends
    expect(found / 2 / truePairCount(set.records)).toBeGreaterThanOrEqual(0.99);
    expect(candidates / all).toBeLessThan(0.01);
  });
});

describe('the variant generator', () => {
  it('is deterministic for a seed', () => {
    const a = generateVariants({ persons: 50, seed: 3 });
    const b = generateVariants({ persons: 50, seed: 3 });
    expect(a).toEqual(b);
    expect(generateVariants({ persons: 50, seed: 4 }).records).not.toEqual(a.records);
  });

  it('tags every variant with its person, across scripts, with hard negatives of each kind', () => {
    const set = generateVariants({ persons: 600, seed: 5 });
    const ids = new Set(set.persons.map((p) => p.id));
    expect(set.records.every((r) => ids.has(r.personId))).toBe(true);
    expect(new Set(set.records.map((r) => r.id)).size).toBe(set.records.length);
    const forms = set.records.map((r) => r.form.split(' ')[0]);
    for (const scheme of ['kyrgyz_cyrillic', 'russian_cyrillic', 'icao', 'bgn', 'informal']) {
      expect(forms, scheme).toContain(scheme);
    }
    const kinds = new Set(set.persons.map((p) => p.resembles?.kind).filter(Boolean));
    expect(kinds).toEqual(new Set(['same_surname', 'sibling', 'namesake']));
    // a namesake differs from the one it resembles only by birth date, and both always carry it
    const namesake = set.persons.find((p) => p.resembles?.kind === 'namesake')!;
    const original = set.persons.find((p) => p.id === namesake.resembles!.personId)!;
    expect([namesake.surname, namesake.given, namesake.father]).toEqual([
      original.surname,
      original.given,
      original.father,
    ]);
    expect(namesake.birthDate).not.toBe(original.birthDate);
    const theirs = set.records.filter(
      (r) => r.personId === namesake.id || r.personId === original.id,
    );
    expect(theirs.every((r) => r.birthDate)).toBe(true);
  });

  it('gives PINs shaped like Kyrgyz ones, matching sex and birth date', () => {
    const set = generateVariants({ persons: 100, seed: 6 });
    for (const p of set.persons) {
      const [y, m, d] = p.birthDate.split('-');
      expect(p.pin).toBe(`${p.sex === 'female' ? 1 : 2}${d}${m}${y}${p.pin.slice(9)}`);
    }
  });
});
