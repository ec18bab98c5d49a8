import { describe, expect, it } from 'vitest';
import { DIRECT_AFTER_CANCELLATION } from './after-cancellation.ts';
import { flagsOf, process, runFlags } from './testing.ts';

const cancelled = (ocid: string, date: string, code = '30192700', buyer = 'b1') =>
  process({ ocid, buyer, status: 'cancelled', date, published: '2024-02-01', codes: [code] });

const direct = (ocid: string, published: string, code = '30192700', buyer = 'b1') =>
  process({
    ocid,
    buyer,
    details: 'singleSource',
    rationale: 'urgentNeed',
    published,
    codes: [code],
  });

describe('KG-DIRECT-AFTER-CANCEL', () => {
  it('flags a direct contract on the code of a tender cancelled days before', () => {
    // The direct contract comes first in the file: order must not matter.
    const flags = runFlags([
      direct('ocds-h7i0z4-2', '2024-03-04T09:00:00+06:00'),
      cancelled('ocds-h7i0z4-1', '2024-03-01T12:00:00+06:00'),
    ]);
    const [flag] = flagsOf(flags, DIRECT_AFTER_CANCELLATION);
    expect(flag).toMatchObject({ subjectId: 'ocds-h7i0z4-2', value: 3, threshold: 5 });
    expect(flag?.evidence).toContainEqual({
      path: 'cancelled tender or lot',
      value: 'ocds-h7i0z4-1',
      ocid: 'ocds-h7i0z4-1',
    });
  });

  it('flags a direct contract on the code of a cancelled lot', () => {
    const tender = process({
      ocid: 'ocds-h7i0z4-3',
      buyer: 'b1',
      date: '2024-03-01',
      tenderExtra: {
        lots: [
          { id: 'L1', status: 'cancelled' },
          { id: 'L2', status: 'complete' },
        ],
        items: [
          { id: 'i1', relatedLot: 'L1', classification: { id: '33600000' } },
          { id: 'i2', relatedLot: 'L2', classification: { id: '30192700' } },
        ],
      },
    });
    const flags = runFlags([
      tender,
      direct('ocds-h7i0z4-4', '2024-03-02', '33600000'),
      direct('ocds-h7i0z4-5', '2024-03-02', '30192700'),
    ]);
    expect(flagsOf(flags, DIRECT_AFTER_CANCELLATION).map((f) => f.subjectId)).toEqual([
      'ocds-h7i0z4-4',
    ]);
  });

  it('is silent too late, before the cancellation, for another buyer or code, or without dates', () => {
    const noDate = direct('ocds-h7i0z4-14', '');
    delete (noDate.tender as Record<string, unknown>).datePublished;
    delete noDate.date;
    const flags = runFlags([
      cancelled('ocds-h7i0z4-1', '2024-03-01'),
      direct('ocds-h7i0z4-10', '2024-03-20'),
      direct('ocds-h7i0z4-11', '2024-02-25'),
      direct('ocds-h7i0z4-12', '2024-03-02', '30192700', 'b2'),
      direct('ocds-h7i0z4-13', '2024-03-02', '45000000'),
      noDate,
    ]);
    expect(flagsOf(flags, DIRECT_AFTER_CANCELLATION)).toEqual([]);
  });
});
