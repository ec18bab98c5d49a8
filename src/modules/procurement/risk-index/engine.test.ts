import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RedFlag } from '../flags/flag.ts';
import { process } from '../flags/kyrgyz/testing.ts';
import { junk, looseRelease } from '../flags/kyrgyz/testing-arbitrary.ts';
import { NO_FACTS } from './components.ts';
import { type CriResult, corruptionRiskIndex, type TenderCri } from './engine.ts';
import { CRI_COMPONENTS, criSettings, DEFAULT_CRI_SETTINGS } from './settings.ts';

function run(releases: unknown[], settings = DEFAULT_CRI_SETTINGS): CriResult {
  const engine = corruptionRiskIndex(settings, NO_FACTS);
  // biome-ignore lint/suspicious/noExplicitAny: tests feed loose JSON
  for (const release of releases) engine.add(release as any);
  return engine.finish();
}

/** A competitive tender with one bid, a 9-day advertisement and a 10-day decision. */
const risky = (ocid: string, buyer = 'b1') =>
  process({
    ocid,
    buyer,
    bids: [{ tenderer: 'a', amount: 5 }],
    winner: 'a',
    awardDate: '2024-03-20',
    tenderExtra: { datePublished: '2024-03-01', tenderPeriod: { endDate: '2024-03-10' } },
  });

describe('corruptionRiskIndex', () => {
  it('scores the share of applicable components that are risky', () => {
    const [tender] = run([risky('o1')]).tenders;
    // Applicable: single bid (risky), call (safe), open (safe), advertisement (risky), decision (safe).
    expect(tender?.applicable).toEqual([
      'singleBid',
      'noCall',
      'nonOpenProcedure',
      'advertisementPeriod',
      'decisionPeriod',
    ]);
    expect(tender?.risky).toEqual(['singleBid', 'advertisementPeriod']);
    expect(tender?.score).toBe(0.4);
    expect(Object.keys(tender?.unknown ?? {})).toEqual(['taxHaven', 'newSupplier']);
  });

  it('weights components', () => {
    const settings = criSettings({ weights: { ...DEFAULT_CRI_SETTINGS.weights, singleBid: 3 } });
    // (3 + 1) / (3 + 1 + 1 + 1 + 1)
    expect(run([risky('o1')], settings).tenders[0]?.score).toBe(0.5714);
  });

  it('gives no score when no component has data', () => {
    const bare = { ocid: 'o1', tender: {} };
    const [tender] = run([bare]).tenders;
    expect(tender?.score).toBeNull();
    expect(tender?.applicable).toEqual([]);
    expect(run([bare]).buyers).toEqual([]);
  });

  it('emits one CRI flag per risky component, with the same evidence', () => {
    const result = run([risky('o1')]);
    expect(result.flags.map((f) => f.code)).toEqual(['CRI-SINGLE-BID', 'CRI-SHORT-ADVERTISEMENT']);
    const advertisement = result.flags[1];
    expect(advertisement).toMatchObject({
      subject: 'tender',
      subjectId: 'o1',
      value: 9,
      threshold: 14,
    });
    expect(advertisement?.evidence).toBe(result.tenders[0]?.evidence.advertisementPeriod);
  });

  it('averages tenders per buyer, with the count and component breakdown', () => {
    const clean = process({
      ocid: 'o2',
      buyer: 'b1',
      bids: [{ tenderer: 'a' }, { tenderer: 'b' }],
      tenderExtra: { datePublished: '2024-03-01', tenderPeriod: { endDate: '2024-03-30' } },
    });
    const other = risky('o3', 'b2');
    const { buyers } = run([risky('o1'), clean, other]);
    const b1 = buyers.find((b) => b.buyerId === 'b1');
    // o1 scores 0.4; o2: single bid, call, open, advertisement all safe = 0.
    expect(b1).toMatchObject({ score: 0.2, tenders: 2 });
    expect(b1?.components.singleBid).toEqual({ risky: 1, applicable: 2 });
    expect(buyers.find((b) => b.buyerId === 'b2')).toMatchObject({ score: 0.4, tenders: 1 });
  });

  it('streams tenders to onTender instead of keeping them', () => {
    const seen: [TenderCri, RedFlag[]][] = [];
    const engine = corruptionRiskIndex(DEFAULT_CRI_SETTINGS, NO_FACTS, {
      onTender: (tender, flags) => seen.push([tender, flags]),
    });
    engine.add(risky('o1') as never);
    const result = engine.finish();
    expect(result.tenders).toEqual([]);
    expect(result.flags).toEqual([]);
    expect(seen[0]?.[1]).toHaveLength(2);
    expect(result.buyers[0]).toMatchObject({ buyerId: 'b1', tenders: 1 });
  });

  it('never throws on loose releases, and its results stay consistent', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(looseRelease, junk), { maxLength: 20 }), (releases) => {
        const engine = corruptionRiskIndex(DEFAULT_CRI_SETTINGS, {
          foundedOn: (id) => (id === 'a' ? '2023-12-01' : id === 'b' ? 'junk' : null),
        });
        for (const release of releases) engine.add(release as never);
        const result = engine.finish();
        for (const tender of result.tenders) {
          expect(tender.score === null || (tender.score >= 0 && tender.score <= 1)).toBe(true);
          expect(tender.applicable.length + Object.keys(tender.unknown).length).toBe(
            CRI_COMPONENTS.length,
          );
          expect(tender.risky.every((c) => tender.applicable.includes(c))).toBe(true);
        }
        for (const flag of result.flags) expect(Number.isFinite(flag.value)).toBe(true);
        for (const buyer of result.buyers) expect(buyer.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 10 }), (releases) => {
        run(releases);
      }),
      { numRuns: 200 },
    );
  });

  it('ignores releases after finish', () => {
    const engine = corruptionRiskIndex();
    const first = engine.finish();
    engine.add(risky('o1') as never);
    expect(engine.finish()).toBe(first);
    expect(first.tenders).toEqual([]);
  });
});
