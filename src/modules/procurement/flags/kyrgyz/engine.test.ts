import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RedFlag } from '../flag.ts';
import { kyrgyzRedFlags } from './engine.ts';
import { dayOf, num, text } from './read.ts';
import { DEFAULT_KYRGYZ_SETTINGS, kyrgyzSettings, SETTING_SOURCES } from './settings.ts';
import { process, runFlags } from './testing.ts';
import { junk, looseRelease } from './testing-arbitrary.ts';

function wellFormed(flag: RedFlag): boolean {
  return (
    typeof flag.code === 'string' &&
    ['tender', 'buyer', 'supplier'].includes(flag.subject) &&
    typeof flag.subjectId === 'string' &&
    (flag.ocid === null || typeof flag.ocid === 'string') &&
    Number.isFinite(flag.value) &&
    (flag.threshold === undefined || Number.isFinite(flag.threshold)) &&
    Array.isArray(flag.evidence)
  );
}

describe('kyrgyzRedFlags', () => {
  it('never throws on arbitrary JSON and returns well-formed flags', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(looseRelease, junk), { maxLength: 25 }), (releases) => {
        const flags = runFlags(releases, {}, '2024-01-10');
        expect(flags.every(wellFormed)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary objects', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 10 }), (releases) => {
        runFlags(releases);
      }),
      { numRuns: 200 },
    );
  });

  it('streams flags to onFlag instead of returning them', () => {
    const seen: RedFlag[] = [];
    const engine = kyrgyzRedFlags(undefined, undefined, { onFlag: (flag) => seen.push(flag) });
    engine.add(process({ ocid: 'ocds-h7i0z4-1', details: 'singleSource' }));
    expect(engine.finish()).toEqual([]);
    expect(seen.map((f) => f.code)).toEqual(['KG-DIRECT-NO-GROUND']);
  });

  it('skips releases without an OCID and returns the same result when finished twice', () => {
    const engine = kyrgyzRedFlags();
    // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input
    engine.add({ tender: { procurementMethodDetails: 'singleSource' } } as any);
    engine.add(process({ ocid: 'ocds-h7i0z4-1', details: 'singleSource' }));
    const first = engine.finish();
    expect(first.map((f) => f.subjectId)).toEqual(['ocds-h7i0z4-1']);
    expect(engine.finish()).toBe(first);
  });
});

describe('loose readers', () => {
  it('reads numbers written as strings and refuses the rest', () => {
    expect(num('1 500,5')).toBe(1500.5);
    expect(num('1500.50')).toBe(1500.5);
    expect(num('12abc')).toBeNull();
    expect(num(Number.NaN)).toBeNull();
    expect(num(null)).toBeNull();
    expect(text(7)).toBe('7');
    expect(text('  ')).toBeNull();
  });

  it('reads dates only when they look like dates', () => {
    expect(dayOf('1970-01-02T00:00:00Z')).toBe(1);
    expect(dayOf('1')).toBeNull();
    expect(dayOf('2024-13-45')).toBeNull();
  });
});

describe('settings', () => {
  it('merges overrides section by section', () => {
    const settings = kyrgyzSettings({ bidSpread: { minSpread: 0.5 } });
    expect(settings.bidSpread).toEqual({ minSpread: 0.5, mode: 'range' });
    expect(settings.lowCompetition).toBe(DEFAULT_KYRGYZ_SETTINGS.lowCompetition);
  });

  it('documents a source for every cited setting path', () => {
    for (const source of SETTING_SOURCES) {
      const path = source.setting.split('.');
      let node: unknown = DEFAULT_KYRGYZ_SETTINGS;
      for (const key of path) node = (node as Record<string, unknown>)[key];
      expect(node, source.setting).not.toBeUndefined();
    }
  });
});
