import { describe, expect, it } from 'vitest';
import { SHARED_CONTACTS } from './shared-contacts.ts';
import { flagsOf, type Json, party, process, runFlags } from './testing.ts';

const bidders = (a: Json, b: Json) => ({
  tenderers: [party('t1', ['tenderer'], a), party('t2', ['tenderer'], b)],
  bids: [
    { tenderer: 't1', amount: 100 },
    { tenderer: 't2', amount: 110 },
  ],
});

describe('KG-SHARED-CONTACTS', () => {
  it('flags two bidders with the same e-mail, whatever its case', () => {
    const flags = runFlags([
      process({
        ocid: 'ocds-h7i0z4-1',
        ...bidders(
          { contactPoint: { email: 'Sales@Firm.kg' } },
          { contactPoint: { email: 'sales@firm.kg' } },
        ),
      }),
    ]);
    const [flag] = flagsOf(flags, SHARED_CONTACTS);
    expect(flag?.subject).toBe('tender');
    expect(flag?.value).toBe(2);
    expect(flag?.evidence).toContainEqual({
      path: '/parties/1/contactPoint/email',
      value: 'Sales@Firm.kg',
    });
  });

  it('flags the same phone written differently, and the Kyrgyz "phone" field', () => {
    const flags = runFlags([
      process({
        ocid: 'ocds-h7i0z4-2',
        ...bidders(
          { contactPoint: { telephone: '+996 (555) 12-34-56' } },
          { additionalContactPoints: [{ phone: '0555123456' }] },
        ),
      }),
    ]);
    expect(flagsOf(flags, SHARED_CONTACTS)).toHaveLength(1);
  });

  it('flags the same street address in the same locality', () => {
    const flags = runFlags([
      process({
        ocid: 'ocds-h7i0z4-3',
        ...bidders(
          { address: { streetAddress: 'ул. Киевская, 96', locality: 'Бишкек' } },
          { address: { streetAddress: 'Ул Киевская 96', locality: 'бишкек' } },
        ),
      }),
    ]);
    expect(flagsOf(flags, SHARED_CONTACTS)).toHaveLength(1);
  });

  it('is silent for different details, placeholders and missing parties', () => {
    const flags = runFlags([
      process({
        ocid: 'ocds-h7i0z4-4',
        ...bidders(
          { contactPoint: { email: 'a@one.kg', telephone: '-' }, address: { streetAddress: '-' } },
          { contactPoint: { email: 'b@two.kg', telephone: '-' }, address: { streetAddress: '-' } },
        ),
      }),
      // Bidders named in bids but absent from parties: nothing to compare.
      process({ ocid: 'ocds-h7i0z4-5', bids: [{ tenderer: 'x' }, { tenderer: 'y' }] }),
      // One bidder cannot share with another.
      process({
        ocid: 'ocds-h7i0z4-6',
        tenderers: [party('t1', ['tenderer'], { contactPoint: { email: 'a@one.kg' } })],
        bids: [{ tenderer: 't1' }],
      }),
    ]);
    expect(flagsOf(flags, SHARED_CONTACTS)).toEqual([]);
  });

  it('ignores a comparison turned off in settings', () => {
    const release = process({
      ocid: 'ocds-h7i0z4-7',
      ...bidders({ contactPoint: { email: 'x@y.kg' } }, { contactPoint: { email: 'x@y.kg' } }),
    });
    const flags = runFlags([release], {
      sharedContacts: { compareEmail: false },
    });
    expect(flagsOf(flags, SHARED_CONTACTS)).toEqual([]);
  });
});
