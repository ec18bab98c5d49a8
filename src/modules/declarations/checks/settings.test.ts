import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from './codes.ts';
import { loadCheckSettings, parseCheckSettings } from './settings.ts';

const file = () =>
  JSON.parse(readFileSync(new URL('../data/check-settings.json', import.meta.url), 'utf8'));
const docs = readFileSync(
  new URL('../../../../docs/modules/declarations-checks.md', import.meta.url),
  'utf8',
);

describe('check settings', () => {
  it('loads the reviewed file with som amounts as tyiyn', () => {
    const s = loadCheckSettings();
    expect(s.version).toMatch(/\S/);
    expect(s.purchases).toEqual({ immovableTyiyn: 200_000_000, movableTyiyn: 100_000_000 });
    expect(s.balance.toleranceTyiyn).toBe(10_000_000);
    expect(s.ratios.luxuryMakes.has('rolls-royce')).toBe(true);
    expect(Object.keys(s.risk.weights).sort()).toEqual([...FINDING_CODES].sort());
  });

  it('refuses a file with a missing weight, an unknown key or a bad amount', () => {
    const noWeight = file();
    delete noWeight.risk.weights['ratio.large_cash'];
    expect(() => parseCheckSettings(noWeight)).toThrow();
    const unknownCode = file();
    unknownCode.risk.weights['ratio.yachts'] = 10;
    expect(() => parseCheckSettings(unknownCode)).toThrow();
    const extraKey = file();
    extraKey.purchases.aircraftSom = '1';
    expect(() => parseCheckSettings(extraKey)).toThrow();
    const badAmount = file();
    badAmount.purchases.movableSom = '1 000 000';
    expect(() => parseCheckSettings(badAmount)).toThrow();
    const decreasing = file();
    decreasing.risk.severityMultipliers.low = 0.9;
    expect(() => parseCheckSettings(decreasing)).toThrow(/must not decrease/);
  });

  it('is documented: every code with its weight in docs/modules/declarations-checks.md', () => {
    const weights = loadCheckSettings().risk.weights;
    const rows = docs.split('\n').filter((line) => line.startsWith('| `'));
    for (const code of FINDING_CODES) {
      const row = rows.find((line) => line.startsWith(`| \`${code}\` |`));
      expect(row, code).toBeDefined();
      expect(row, code).toContain(`| ${weights[code]} |`);
    }
  });
});
