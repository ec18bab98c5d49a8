import { describe, expect, it } from 'vitest';
import { NO_PENALTIES } from './no-penalties.ts';
import { flagsOf, process, runFlags } from './testing.ts';

const withConditions = (ocid: string, conditionOfContract: unknown, details = 'oneStage') =>
  process({ ocid, details, tenderExtra: { conditionOfContract } });

describe('KG-NO-PENALTIES', () => {
  it('flags published conditions with no penalty or guarantee', () => {
    const flags = runFlags([
      withConditions('ocds-h7i0z4-1', {
        lateDeliveryRate: 0,
        latePaymentRate: '0.0',
        lateGuaranteeRate: '0',
        hasGuarantee: false,
      }),
    ]);
    const [flag] = flagsOf(flags, NO_PENALTIES);
    expect(flag?.evidence).toContainEqual({
      path: '/tender/conditionOfContract/lateDeliveryRate',
      value: 0,
    });
    expect(flag?.evidence).toHaveLength(4);
  });

  it('is silent when any penalty or guarantee is set', () => {
    const flags = runFlags([
      withConditions('ocds-h7i0z4-2', { lateDeliveryRate: 0.1 }),
      withConditions('ocds-h7i0z4-3', { lateDeliveryRate: 0, hasGuarantee: true }),
      withConditions('ocds-h7i0z4-4', { maxDeductibleAmountDelivery: '10' }),
    ]);
    expect(flagsOf(flags, NO_PENALTIES)).toEqual([]);
  });

  it('is silent when the publisher does not fill the extension', () => {
    const flags = runFlags([
      process({ ocid: 'ocds-h7i0z4-5' }),
      withConditions('ocds-h7i0z4-6', {}),
      withConditions('ocds-h7i0z4-7', { lateDeliveryRate: null, insuranceType: 'x' }),
      withConditions('ocds-h7i0z4-8', 'none'),
      withConditions('ocds-h7i0z4-9', { lateDeliveryRate: 0 }, 'singleSource'),
    ]);
    expect(flagsOf(flags, NO_PENALTIES)).toEqual([]);
  });
});
