import { describe, expect, it } from 'vitest';
import { ADDITIONAL_PURCHASES } from './additional-purchases.ts';
import { flagsOf, process, runFlags } from './testing.ts';

const original = (id: string, value = 1_000_000) =>
  process({
    ocid: `ocds-h7i0z4-${id}`,
    buyer: 'b1',
    winner: 's1',
    awardValue: value,
    awardDate: '2024-01-15',
    codes: ['30192700'],
  });

const additional = (id: string, value: number, published: string, link?: string) =>
  process({
    ocid: `ocds-h7i0z4-${id}`,
    buyer: 'b1',
    winner: 's1',
    details: 'singleSource',
    rationale: 'additionalProcurement5',
    value,
    awardValue: value,
    published,
    codes: ['30192700'],
    extra:
      link === undefined
        ? {}
        : {
            relatedProcesses: [
              { id: '1', relationship: ['prior'], scheme: 'ocid', identifier: link },
            ],
          },
  });

describe('KG-ADDITIONAL-PURCHASES', () => {
  it('flags linked additional purchases once their total passes 5% of the original', () => {
    const flags = flagsOf(
      runFlags([
        additional('11', 30_000, '2024-02-01', '100'),
        additional('12', 30_000, '2024-03-01', 'ocds-h7i0z4-100'),
        original('100'),
      ]),
      ADDITIONAL_PURCHASES,
    );
    expect(flags.map((f) => f.subjectId)).toEqual(['ocds-h7i0z4-12']);
    expect(flags[0]).toMatchObject({ value: 0.06, threshold: 0.05 });
    expect(flags[0]?.evidence).toContainEqual({
      path: '/relatedProcesses',
      value: 'ocds-h7i0z4-100',
      ocid: 'ocds-h7i0z4-100',
    });
    expect(flags[0]?.evidence).toContainEqual({ path: 'their total', value: 60_000 });
  });

  it('matches unlinked direct purchases by buyer, supplier and code after the tender', () => {
    const flags = runFlags([original('100'), additional('11', 80_000, '2024-02-01')]);
    const [flag] = flagsOf(flags, ADDITIONAL_PURCHASES);
    expect(flag?.evidence[0]).toMatchObject({ value: 'ocds-h7i0z4-100' });
    const off = runFlags([original('100'), additional('11', 80_000, '2024-02-01')], {
      additionalPurchases: { matchUnlinked: false },
    });
    expect(flagsOf(off, ADDITIONAL_PURCHASES)).toEqual([]);
  });

  it('is silent within 5%, before the tender, long after it, or when the original is unknown', () => {
    const flags = runFlags([
      original('100'),
      additional('11', 40_000, '2024-02-01', '100'),
      additional('12', 80_000, '2023-12-01'),
      additional('13', 80_000, '2026-01-01'),
      additional('14', 80_000, '2024-02-01', '999'),
    ]);
    expect(flagsOf(flags, ADDITIONAL_PURCHASES)).toEqual([]);
  });
});
