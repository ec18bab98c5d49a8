import { describe, expect, it } from 'vitest';
import type { CompiledRelease } from '../ocds/release.ts';
import { cardinalIndicators } from './engine.ts';
import { cardinalJson, formatDecimal } from './output.ts';
import { daysBetween, parseRfc3339 } from './rfc3339.ts';
import { allIndicators, type CardinalSettings } from './settings.ts';

function run(settings: CardinalSettings, releases: unknown[], warnings: string[] = []) {
  const engine = cardinalIndicators(settings, { warn: (m) => warnings.push(m) });
  for (const release of releases) engine.add(release as CompiledRelease);
  return engine.finish();
}

const single = (ocid: unknown, tender: Record<string, unknown> = {}) => ({
  ocid,
  tender: { numberOfTenderers: 1, procurementMethod: 'open', ...tender },
});

describe('Cardinal engine', () => {
  it('skips what is not a process: not an object, no string ocid, cancelled, excluded', () => {
    const result = run({ R018: {}, exclusions: { procurementMethodDetails: ['Lottery'] } }, [
      null,
      [single('array')],
      'text',
      single(42),
      single('cancelled', { status: 'cancelled' }),
      single('excluded', { procurementMethodDetails: 'Lottery' }),
      single('kept', { procurementMethodDetails: 'Auction' }),
    ]);
    expect(result).toEqual({ OCID: { kept: { R018: 1 } } });
  });

  it('runs only the indicators with a section', () => {
    expect(run({}, [single('A')])).toEqual({});
    expect(run(allIndicators(), [single('A')])).toEqual({ OCID: { A: { R018: 1 } } });
  });

  it('keeps identifiers that look like object internals', () => {
    const result = run({ R018: {} }, [single('__proto__'), single('constructor')]);
    expect(Object.keys(result.OCID ?? {})).toEqual(['__proto__', 'constructor']);
    expect(cardinalJson(result)).toBe(
      '{"OCID":{"__proto__":{"R018":1.0},"constructor":{"R018":1.0}}}',
    );
  });

  it('compares amounts in the main currency only, and says how many it skipped', () => {
    const bids = (currency: string) => ({
      details: [
        { status: 'disqualified', value: { amount: 1, currency } },
        { status: 'valid', value: { amount: 2, currency } },
      ],
    });
    const releases = [
      { ocid: 'usd', bids: bids('USD'), awards: [{ status: 'active' }] },
      { ocid: 'kgs', bids: bids('KGS'), awards: [{ status: 'active' }] },
    ];
    const warnings: string[] = [];
    // The first currency met becomes the main one…
    expect(run({ R036: {} }, releases, warnings)).toEqual({ OCID: { usd: { R036: 1 } } });
    expect(warnings).toEqual([
      '2 bid amounts not in the main currency (USD) were skipped; set "currency" in the settings to choose it',
    ]);
    // …unless the settings choose it.
    expect(run({ R036: {}, currency: 'KGS' }, releases)).toEqual({ OCID: { kgs: { R036: 1 } } });
  });

  it('counts tenderers right in releases with many bidders (past the per-release memo)', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `T${i}`);
    const bid = (id: string, status: string) => ({ status, tenderers: [{ id }] });
    const first = {
      ocid: 'first',
      bids: {
        details: [
          ...ids.map((id, i) => bid(id, i < 10 ? 'disqualified' : 'valid')),
          bid('T0', 'valid'),
        ],
      },
    };
    const second = { ocid: 'second', bids: { details: ids.map((id) => bid(id, 'valid')) } };
    const result = run({ R038: { threshold: 0.01, minimumSubmittedBids: 1 } }, [first, second]);
    const expected: Record<string, { R038: number }> = { T0: { R038: 1 / 3 } };
    for (let i = 1; i < 10; i++) expected[`T${i}`] = { R038: 0.5 };
    expect(result.Tenderer).toEqual(expected);

    // R025 counts a tenderer once per process, however many valid bids it has there.
    const won = (ocid: string, winner: string) => ({
      ocid,
      bids: { details: [...ids.map((id) => bid(id, 'valid')), bid(winner, 'valid')] },
      awards: [{ status: 'active', suppliers: [{ id: winner }] }],
    });
    const r025 = run({ R025: { threshold: 0.5, percentile: 0 } }, [won('a', 'T0'), won('b', 'T1')]);
    expect(r025.Tenderer?.T0).toEqual({ R025: 0.5 });
    expect(r025.Tenderer?.T1).toEqual({ R025: 0.5 });
    expect(r025.Tenderer?.T19).toEqual({ R025: 0 });
  });

  it('merges a repeated ocid: flags from every line, the last price comparison', () => {
    const priced = (ocid: string, runnerUp: number) => ({
      ocid,
      bids: {
        details: [
          { status: 'valid', tenderers: [{ id: 'W' }], value: { amount: 100, currency: 'KGS' } },
          {
            status: 'valid',
            tenderers: [{ id: 'L' }],
            value: { amount: runnerUp, currency: 'KGS' },
          },
        ],
      },
      awards: [{ status: 'active', suppliers: [{ id: 'W' }] }],
    });
    const result = run({ R018: {}, R036: {}, R058: { threshold: 0.5 } }, [
      single('twice'),
      { ...priced('twice', 300), tender: { numberOfTenderers: 2 } },
      priced('twice', 120),
      priced('other', 200),
    ]);
    // R018 from the first line stays; R058 uses the last figures of "twice" (0.2, not 2).
    expect(result.OCID).toEqual({ twice: { R018: 1 }, other: { R058: 1 } });
  });

  it('compares prices only where allowed', () => {
    const release = (ocid: string, procurementMethodDetails?: string) => ({
      ocid,
      tender: { procurementMethodDetails },
      bids: {
        details: [
          { status: 'valid', value: { amount: 5, currency: 'KGS' }, tenderers: [{ id: 'A' }] },
          { status: 'valid', value: { amount: 5, currency: 'KGS' }, tenderers: [{ id: 'B' }] },
        ],
      },
    });
    const releases = [
      release('auction', 'Auction'),
      release('fixed', 'Fixed price'),
      release('none'),
    ];
    expect(Object.keys(run({ R028: {} }, releases).OCID ?? {})).toEqual([
      'auction',
      'fixed',
      'none',
    ]);
    expect(
      Object.keys(
        run({ R028: {}, noPriceComparisonProcurementMethods: ['Fixed price'] }, releases).OCID ??
          {},
      ),
    ).toEqual(['auction', 'none']);
    expect(
      Object.keys(
        run({ R028: {}, priceComparisonProcurementMethods: ['Auction'] }, releases).OCID ?? {},
      ),
    ).toEqual(['auction']);
  });
});

describe('RFC 3339 dates', () => {
  it('reads what chrono reads and nothing else', () => {
    expect(parseRfc3339('2000-01-01T00:00:00Z')).toEqual({ seconds: 946684800, nanos: 0 });
    expect(parseRfc3339('2000-01-01t06:00:00.5+06:00')).toEqual({
      seconds: 946684800,
      nanos: 500_000_000,
    });
    for (const bad of [
      '2000-01-01',
      '2000-01-01T00:00:00',
      '2000-02-30T00:00:00Z',
      '2000-01-01T24:00:00Z',
      'invalid',
    ]) {
      expect(parseRfc3339(bad)).toBeNull();
    }
  });

  it('counts whole days, truncated towards zero', () => {
    const days = (a: string, b: string) => daysBetween(parseRfc3339(a)!, parseRfc3339(b)!);
    expect(days('2000-01-01T18:00:00Z', '2000-01-06T17:59:59Z')).toBe(4);
    expect(days('2000-01-01T18:00:00Z', '2000-01-06T18:00:00Z')).toBe(5);
    expect(days('2000-01-06T17:59:59.999Z', '2000-01-01T18:00:00Z')).toBe(-4);
    expect(days('2000-02-28T00:00:00Z', '2000-03-01T00:00:00Z')).toBe(2);
    expect(days('0001-01-01T00:00:00Z', '9999-12-31T00:00:00Z')).toBe(3652058);
  });
});

describe('number output', () => {
  it('writes decimals as serde_json does', () => {
    expect(formatDecimal(1)).toBe('1.0');
    expect(formatDecimal(0)).toBe('0.0');
    expect(formatDecimal(0.2)).toBe('0.2');
    expect(formatDecimal(100)).toBe('100.0');
    expect(formatDecimal(0.00001)).toBe('0.00001');
    expect(formatDecimal(1.5e-7)).toBe('1.5e-7');
    expect(formatDecimal(1e16)).toBe('1e16');
    expect(formatDecimal(Number.POSITIVE_INFINITY)).toBe('null');
  });
});
