import { describe, expect, it } from 'vitest';
import { LOW_COMPETITION } from './low-competition.ts';
import { flagsOf, process, runFlags } from './testing.ts';

const withBidders = (ocid: string, n: number, extra: object = {}) =>
  process({
    ocid,
    codes: ['30192700'],
    bids: Array.from({ length: n }, (_, i) => ({ tenderer: `t${i}`, amount: 100 + i })),
    ...extra,
  });

describe('KG-LOW-COMPETITION', () => {
  it('flags a tender 30% or more below the average of its category and region', () => {
    // Average of 5, 5, 5, 5, 2 = 4.4; 2 is 54.5% below it.
    const releases = [1, 2, 3, 4].map((i) => withBidders(`ocds-h7i0z4-${i}`, 5));
    releases.push(withBidders('ocds-h7i0z4-5', 2));
    const flags = flagsOf(runFlags(releases), LOW_COMPETITION);
    expect(flags.map((f) => f.subjectId)).toEqual(['ocds-h7i0z4-5']);
    expect(flags[0]?.value).toBe(0.5455);
    expect(flags[0]?.evidence).toContainEqual({ path: '/bids/details', value: 2 });
    expect(flags[0]?.evidence).toContainEqual({
      path: '/parties/0/address/region',
      value: 'Чуйская область',
    });
    expect(flags[0]?.evidence).toContainEqual({
      path: 'average bidders in the category and region',
      value: 4.4,
    });
  });

  it('compares only within the same category prefix and region', () => {
    const releases = [1, 2, 3, 4].map((i) => withBidders(`ocds-h7i0z4-${i}`, 5));
    releases.push(withBidders('ocds-h7i0z4-5', 1, { region: 'Ошская область' }));
    releases.push(withBidders('ocds-h7i0z4-6', 1, { codes: ['45000000'] }));
    expect(flagsOf(runFlags(releases), LOW_COMPETITION)).toEqual([]);
  });

  it('is silent for small groups and when bidders, region or code are unknown', () => {
    const few = [1, 2, 3].map((i) => withBidders(`ocds-h7i0z4-${i}`, 5));
    few.push(withBidders('ocds-h7i0z4-4', 1));
    expect(flagsOf(runFlags(few), LOW_COMPETITION)).toEqual([]);

    const noRegion = [1, 2, 3, 4, 5].map((i) => withBidders(`ocds-h7i0z4-${i}`, 5));
    const lonely = withBidders('ocds-h7i0z4-6', 1);
    (lonely.parties as Record<string, unknown>[])[0] = { id: 'buyer-1', roles: ['buyer'] };
    const noBids = process({ ocid: 'ocds-h7i0z4-7' });
    expect(flagsOf(runFlags([...noRegion, lonely, noBids]), LOW_COMPETITION)).toEqual([]);
  });

  it('uses numberOfTenderers when bids are not published', () => {
    const releases = [1, 2, 3, 4].map((i) =>
      process({ ocid: `ocds-h7i0z4-${i}`, tenderExtra: { numberOfTenderers: 6 } }),
    );
    releases.push(process({ ocid: 'ocds-h7i0z4-5', tenderExtra: { numberOfTenderers: '1' } }));
    const [flag] = flagsOf(runFlags(releases), LOW_COMPETITION);
    expect(flag?.evidence[0]).toEqual({ path: '/tender/numberOfTenderers', value: 1 });
  });
});
