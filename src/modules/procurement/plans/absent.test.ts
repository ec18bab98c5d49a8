import { describe, expect, it } from 'vitest';
import { absentFromPlanFlags } from './absent.ts';

const plans = new Map([['B\u00002026', new Set(['30190000', '45453000'])]]);
const tender = (cpv: string | undefined, date = '2026-03-01T04:00:00Z') => ({
  ocid: 'ocds-h7i0z4-1',
  buyer: { id: 'B' },
  tender: {
    datePublished: date,
    items: cpv ? [{ classification: { scheme: 'CPV', id: cpv } }] : [],
  },
});

describe('purchases absent from the annual plan', () => {
  it('flags a purchase whose CPV class is in no line of the plan, with the evidence', () => {
    const [flag] = absentFromPlanFlags(tender('33600000'), plans);
    expect(flag).toMatchObject({ code: 'PLAN-ABSENT', subjectId: 'ocds-h7i0z4-1', value: 1 });
    expect(flag!.evidence).toContainEqual({ path: 'procurement-plans/B/2026', value: 2 });
  });

  it('accepts a purchase of the same CPV class as a plan line', () => {
    expect(absentFromPlanFlags(tender('30192000'), plans)).toEqual([]);
  });

  it('stays silent without a plan for that year, a date or a classification', () => {
    expect(absentFromPlanFlags(tender('33600000', '2025-03-01T04:00:00Z'), plans)).toEqual([]);
    expect(absentFromPlanFlags(tender(undefined), plans)).toEqual([]);
    expect(absentFromPlanFlags({ ocid: 'x', buyer: { id: 'B' }, tender: {} }, plans)).toEqual([]);
  });

  it('takes the year of the call in Bishkek: 31 December 20:00 UTC is already the next year', () => {
    expect(absentFromPlanFlags(tender('33600000', '2025-12-31T20:00:00Z'), plans)).toHaveLength(1);
  });
});
