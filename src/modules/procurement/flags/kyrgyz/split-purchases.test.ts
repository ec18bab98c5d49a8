import { describe, expect, it } from 'vitest';
import { SPLIT_PURCHASES } from './split-purchases.ts';
import { flagsOf, process, runFlags } from './testing.ts';

const purchase = (i: number, value: number, published: string, code = '30192700', buyer = 'b1') =>
  process({
    ocid: `ocds-h7i0z4-${i}`,
    buyer,
    value,
    published,
    codes: [code],
    details: 'singleSource',
    rationale: 'annualProcurement',
  });

describe('KG-SPLIT-PURCHASES', () => {
  it('flags the purchase that takes the sum of small purchases over the threshold', () => {
    const flags = flagsOf(
      runFlags([
        purchase(3, 400_000, '2024-03-01', '30192710'),
        purchase(1, 400_000, '2024-01-10'),
        purchase(2, 400_000, '2024-02-01', '30192799'),
      ]),
      SPLIT_PURCHASES,
    );
    expect(flags.map((f) => f.subjectId)).toEqual(['ocds-h7i0z4-3']);
    expect(flags[0]).toMatchObject({ value: 1_200_000, threshold: 1_000_000 });
    expect(flags[0]?.evidence).toContainEqual({ path: 'classification prefix', value: '301927' });
    expect(flags[0]?.evidence).toContainEqual({
      path: 'latest purchases',
      value: ['ocds-h7i0z4-1', 'ocds-h7i0z4-2', 'ocds-h7i0z4-3'],
    });
  });

  it('is silent outside the window, across codes or buyers, and above the threshold', () => {
    const flags = runFlags([
      purchase(1, 600_000, '2022-01-01'),
      purchase(2, 600_000, '2024-01-01'),
      purchase(3, 600_000, '2024-02-01', '45000000'),
      purchase(4, 600_000, '2024-02-01', '30192700', 'b2'),
      purchase(5, 5_000_000, '2024-02-02'),
    ]);
    expect(flagsOf(flags, SPLIT_PURCHASES)).toEqual([]);
  });

  it('is silent when the amount or the date is missing', () => {
    const noDate = purchase(2, 600_000, 'unknown');
    delete noDate.date;
    const flags = runFlags([purchase(1, 600_000, '2024-01-01'), noDate, process({ ocid: 'x' })]);
    expect(flagsOf(flags, SPLIT_PURCHASES)).toEqual([]);
  });
});
