import { describe, expect, it } from 'vitest';
import { DIRECT_WITHOUT_GROUND } from './direct-without-ground.ts';
import { flagsOf, process, runFlags } from './testing.ts';

const direct = (ocid: string, extra: object = {}) =>
  process({ ocid, details: 'singleSource', method: 'direct', ...extra });

describe('KG-DIRECT-NO-GROUND', () => {
  it('flags a direct contract with no rationale', () => {
    const [flag] = flagsOf(runFlags([direct('ocds-h7i0z4-1')]), DIRECT_WITHOUT_GROUND);
    expect(flag?.evidence).toContainEqual({
      path: '/tender/procurementMethodRationale',
      value: null,
    });
    expect(flag?.evidence).toContainEqual({
      path: '/tender/procurementMethodDetails',
      value: 'singleSource',
    });
  });

  it('flags a rationale that is not a lawful ground', () => {
    const flags = runFlags([direct('ocds-h7i0z4-2', { rationale: 'becauseWeWantTo' })]);
    expect(flagsOf(flags, DIRECT_WITHOUT_GROUND)[0]?.evidence).toContainEqual({
      path: '/tender/procurementMethodRationale',
      value: 'becauseWeWantTo',
    });
  });

  it('accepts the lawful grounds, in any case, and settings patterns', () => {
    const flags = runFlags(
      [
        direct('ocds-h7i0z4-3', { rationale: 'urgentNeed' }),
        direct('ocds-h7i0z4-4', { rationale: 'NATURALMONOPOLY' }),
        direct('ocds-h7i0z4-5', { rationale: 'ст. 21 ч. 2 п. 8' }),
      ],
      { directWithoutGround: { lawfulGroundPatterns: ['^ст\\. ?21', '('] } },
    );
    expect(flagsOf(flags, DIRECT_WITHOUT_GROUND)).toEqual([]);
  });

  it('flags an additional purchase with no link to the earlier tender', () => {
    const unlinked = direct('ocds-h7i0z4-6', { rationale: 'additionalProcurement5' });
    const linked = direct('ocds-h7i0z4-7', {
      rationale: 'additionalProcurement5',
      extra: { relatedProcesses: [{ relationship: ['prior'], identifier: '123' }] },
    });
    const flags = flagsOf(runFlags([unlinked, linked]), DIRECT_WITHOUT_GROUND);
    expect(flags.map((f) => f.subjectId)).toEqual(['ocds-h7i0z4-6']);
  });

  it('is silent for competitive tenders and when the method is unknown', () => {
    const unknown = process({ ocid: 'ocds-h7i0z4-8' });
    const tender = unknown.tender as Record<string, unknown>;
    delete tender.procurementMethod;
    delete tender.procurementMethodDetails;
    const flags = runFlags([process({ ocid: 'ocds-h7i0z4-9' }), unknown]);
    expect(flagsOf(flags, DIRECT_WITHOUT_GROUND)).toEqual([]);
  });

  it('uses procurementMethod when there are no details', () => {
    const limited = process({ ocid: 'ocds-h7i0z4-10', method: 'limited' });
    delete (limited.tender as Record<string, unknown>).procurementMethodDetails;
    expect(flagsOf(runFlags([limited]), DIRECT_WITHOUT_GROUND)).toHaveLength(1);
  });
});
