import { describe, expect, it } from 'vitest';
import { SINGLE_BIDDER_BUYER } from './single-bidder-buyer.ts';
import { flagsOf, process, runFlags } from './testing.ts';

const single = (i: number, buyer = 'buyer-1', published = '2024-05-01') =>
  process({ ocid: `ocds-h7i0z4-${i}`, buyer, published, bids: [{ tenderer: 'only', amount: 10 }] });

describe('KG-BUYER-SINGLE-BIDDER', () => {
  it('flags a buyer with more than 20 single-bidder tenders', () => {
    const releases = Array.from({ length: 21 }, (_, i) => single(i));
    const [flag] = flagsOf(runFlags(releases), SINGLE_BIDDER_BUYER);
    expect(flag).toMatchObject({
      subject: 'buyer',
      subjectId: 'buyer-1',
      value: 21,
      threshold: 20,
    });
    expect(flag?.ocid).toMatch(/^ocds-h7i0z4-/);
  });

  it('is silent at 20, for other buyers, and for tenders with competition', () => {
    const releases = Array.from({ length: 20 }, (_, i) => single(i));
    releases.push(single(100, 'buyer-2'));
    releases.push(
      process({
        ocid: 'ocds-h7i0z4-200',
        bids: [
          { tenderer: 'a', amount: 1 },
          { tenderer: 'b', amount: 2 },
        ],
      }),
    );
    expect(flagsOf(runFlags(releases), SINGLE_BIDDER_BUYER)).toEqual([]);
  });

  it('counts lots one by one', () => {
    const release = process({
      ocid: 'ocds-h7i0z4-1',
      bids: Array.from({ length: 21 }, (_, i) => ({ tenderer: `t${i}`, amount: 5, lot: `L${i}` })),
    });
    expect(flagsOf(runFlags([release]), SINGLE_BIDDER_BUYER)[0]?.value).toBe(21);
  });

  it('counts only the look-back window when now is given', () => {
    const releases = Array.from({ length: 21 }, (_, i) => single(i, 'buyer-1', '2020-01-01'));
    expect(flagsOf(runFlags(releases, {}, '2024-06-01'), SINGLE_BIDDER_BUYER)).toEqual([]);
    expect(flagsOf(runFlags(releases, {}, '2020-06-01'), SINGLE_BIDDER_BUYER)).toHaveLength(1);
  });
});
