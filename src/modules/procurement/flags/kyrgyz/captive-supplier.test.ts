import { describe, expect, it } from 'vitest';
import { CAPTIVE_SUPPLIER } from './captive-supplier.ts';
import { flagsOf, process, runFlags } from './testing.ts';

const win = (i: number, buyer: string, winner: string) =>
  process({ ocid: `ocds-h7i0z4-${i}`, buyer, winner, published: `2024-0${i}-01` });

describe('KG-CAPTIVE-SUPPLIER', () => {
  it('flags a supplier whose wins are all with one buyer', () => {
    const flags = runFlags([win(1, 'b1', 's1'), win(2, 'b1', 's1'), win(3, 'b1', 's1')]);
    const [flag] = flagsOf(flags, CAPTIVE_SUPPLIER);
    expect(flag).toMatchObject({ subject: 'supplier', subjectId: 's1', value: 3, threshold: 3 });
    expect(flag?.ocid).toBe('ocds-h7i0z4-3');
    expect(flag?.evidence[0]).toEqual({
      path: 'the only buyer the supplier won with',
      value: 'b1',
    });
  });

  it('is silent when the supplier also won elsewhere, or won too few times', () => {
    const flags = runFlags([
      win(1, 'b1', 's1'),
      win(2, 'b1', 's1'),
      win(3, 'b2', 's1'),
      win(4, 'b1', 's1'),
      win(5, 'b1', 's2'),
      win(6, 'b1', 's2'),
    ]);
    expect(flagsOf(flags, CAPTIVE_SUPPLIER)).toEqual([]);
  });

  it('ignores cancelled awards', () => {
    const cancelled = win(3, 'b1', 's1');
    (cancelled.awards as { status: string }[]).forEach((award) => {
      award.status = 'cancelled';
    });
    const releases = [win(1, 'b1', 's1'), win(2, 'b1', 's1'), cancelled];
    expect(flagsOf(runFlags(releases), CAPTIVE_SUPPLIER)).toEqual([]);
  });
});
