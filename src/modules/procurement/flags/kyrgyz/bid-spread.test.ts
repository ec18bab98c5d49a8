import { describe, expect, it } from 'vitest';
import { BID_SPREAD } from './bid-spread.ts';
import { flagsOf, process, runFlags } from './testing.ts';

describe('KG-BID-SPREAD', () => {
  it('flags bids on a lot differing by 30% or more', () => {
    const flags = runFlags([
      process({
        ocid: 'ocds-h7i0z4-1',
        bids: [
          { tenderer: 'a', amount: 700, lot: 'L1' },
          { tenderer: 'b', amount: 1000, lot: 'L1' },
          { tenderer: 'c', amount: 950, lot: 'L2' },
          { tenderer: 'd', amount: 1000, lot: 'L2' },
        ],
      }),
    ]);
    const [flag] = flagsOf(flags, BID_SPREAD);
    expect(flag?.value).toBe(0.3);
    expect(flag?.threshold).toBe(0.3);
    expect(flag?.evidence).toEqual([
      { path: 'lot', value: 'L1' },
      { path: '/bids/details/0/relatedLots/0', value: 700 },
      { path: '/bids/details/1/relatedLots/0', value: 1000 },
    ]);
  });

  it('reads standard bid values and can compare the winner with the next bid', () => {
    const release = process({
      ocid: 'ocds-h7i0z4-2',
      bids: [
        { tenderer: 'a', amount: 500 },
        { tenderer: 'b', amount: 520 },
        { tenderer: 'c', amount: 1000 },
      ],
    });
    expect(flagsOf(runFlags([release]), BID_SPREAD)).toHaveLength(1);
    expect(
      flagsOf(runFlags([release], { bidSpread: { mode: 'winnerToNext' } }), BID_SPREAD),
    ).toEqual([]);
  });

  it('is silent with one priced bid, disqualified bids, or missing amounts', () => {
    const flags = runFlags([
      process({ ocid: 'ocds-h7i0z4-3', bids: [{ tenderer: 'a', amount: 100 }] }),
      process({
        ocid: 'ocds-h7i0z4-4',
        bids: [
          { tenderer: 'a', amount: 100 },
          { tenderer: 'b', amount: 1000, status: 'disqualified' },
        ],
      }),
      process({ ocid: 'ocds-h7i0z4-5', bids: [{ tenderer: 'a' }, { tenderer: 'b', amount: 10 }] }),
      process({
        ocid: 'ocds-h7i0z4-6',
        bids: [
          { tenderer: 'a', amount: 100 },
          { tenderer: 'b', amount: 105 },
        ],
      }),
    ]);
    expect(flagsOf(flags, BID_SPREAD)).toEqual([]);
  });
});
