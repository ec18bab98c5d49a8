import { describe, expect, it } from 'vitest';
import { SIMPLIFIED_ABOVE_THRESHOLD } from './simplified-above-threshold.ts';
import { flagsOf, process, runFlags } from './testing.ts';

describe('KG-SIMPLIFIED-OVER-THRESHOLD', () => {
  it('flags a simplified procedure above the threshold', () => {
    const flags = runFlags([
      process({ ocid: 'ocds-h7i0z4-1', details: 'simplicated', value: 1_200_000 }),
    ]);
    const [flag] = flagsOf(flags, SIMPLIFIED_ABOVE_THRESHOLD);
    expect(flag).toMatchObject({ value: 1_200_000, threshold: 1_000_000 });
    expect(flag?.evidence).toContainEqual({ path: '/tender/value/amount', value: 1_200_000 });
  });

  it('sums the lots when the tender value is missing', () => {
    const release = process({
      ocid: 'ocds-h7i0z4-2',
      details: 'simplicated',
      tenderExtra: {
        lots: [
          { id: 'L1', value: { amount: '600000', currency: 'KGS' } },
          { id: 'L2', value: { amount: 600_000 } },
          { id: 'L3', status: 'cancelled', value: { amount: 5_000_000 } },
        ],
      },
    });
    expect(flagsOf(runFlags([release]), SIMPLIFIED_ABOVE_THRESHOLD)[0]?.value).toBe(1_200_000);
  });

  it('is silent at or below the threshold, for other methods, other currencies or no value', () => {
    const usd = process({ ocid: 'ocds-h7i0z4-6', details: 'simplicated' });
    (usd.tender as Record<string, unknown>).value = { amount: 5_000_000, currency: 'USD' };
    const flags = runFlags([
      process({ ocid: 'ocds-h7i0z4-3', details: 'simplicated', value: 1_000_000 }),
      process({ ocid: 'ocds-h7i0z4-4', details: 'oneStage', value: 9_000_000 }),
      process({ ocid: 'ocds-h7i0z4-5', details: 'simplicated' }),
      usd,
    ]);
    expect(flagsOf(flags, SIMPLIFIED_ABOVE_THRESHOLD)).toEqual([]);
  });
});
