import fc from 'fast-check';

/**
 * Test helper: compiled releases of roughly the right shape in which any node may instead be
 * junk (wrong type, missing, NaN, a string for a number). Used by the property tests of both
 * engines.
 */

/** Any JSON, or a value JSON cannot hold: the engines must take both. */
export const junk = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.double(), fc.string());
const loose = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: arb, weight: 4 }, { arbitrary: junk, weight: 1 });
const id = loose(fc.constantFrom('a', 'b', 'c', 'ocds-h7i0z4-1', '7'));
const day = loose(fc.constantFrom('2024-01-01', '2024-01-03T10:00:00+06:00', '2023-12-30', 'x'));
const amount = loose(fc.oneof(fc.integer({ min: -10, max: 3_000_000 }), fc.constant('500000')));
const value = loose(
  fc.record({ amount, currency: loose(fc.constantFrom('KGS', 'USD')) }, { requiredKeys: [] }),
);
const code = loose(fc.constantFrom('30192700', '30192799', '45000000'));
const items = loose(
  fc.array(
    loose(
      fc.record(
        { classification: loose(fc.record({ id: code })), relatedLot: id },
        { requiredKeys: [] },
      ),
    ),
    { maxLength: 3 },
  ),
);
const party = loose(
  fc.record(
    {
      id,
      roles: loose(fc.array(fc.constantFrom('buyer', 'tenderer', 'supplier'), { maxLength: 2 })),
      address: loose(
        fc.record(
          { region: id, streetAddress: loose(fc.constantFrom('ул. Киевская 96', '-')) },
          { requiredKeys: [] },
        ),
      ),
      contactPoint: loose(
        fc.record(
          {
            email: loose(fc.constantFrom('a@b.kg', 'A@B.kg')),
            telephone: loose(fc.constantFrom('+996555123456', '0')),
          },
          { requiredKeys: [] },
        ),
      ),
      additionalContactPoints: loose(fc.array(junk, { maxLength: 2 })),
    },
    { requiredKeys: [] },
  ),
);
const bid = loose(
  fc.record(
    {
      status: loose(fc.constantFrom('valid', 'disqualified')),
      tenderers: loose(fc.array(loose(fc.record({ id }, { requiredKeys: [] })), { maxLength: 2 })),
      value,
      relatedLots: loose(
        fc.array(loose(fc.oneof(id, fc.record({ id, value }, { requiredKeys: [] }))), {
          maxLength: 2,
        }),
      ),
    },
    { requiredKeys: [] },
  ),
);
const award = loose(
  fc.record(
    {
      status: loose(fc.constantFrom('active', 'cancelled')),
      date: day,
      value,
      suppliers: loose(fc.array(loose(fc.record({ id }, { requiredKeys: [] })), { maxLength: 2 })),
      items,
    },
    { requiredKeys: [] },
  ),
);
export const looseRelease = fc.record(
  {
    ocid: id,
    date: day,
    buyer: loose(fc.record({ id }, { requiredKeys: [] })),
    parties: loose(fc.array(party, { maxLength: 4 })),
    tender: loose(
      fc.record(
        {
          status: loose(fc.constantFrom('cancelled', 'complete', 'active')),
          date: day,
          procurementMethod: loose(fc.constantFrom('open', 'direct', 'limited')),
          procurementMethodDetails: loose(
            fc.constantFrom('oneStage', 'singleSource', 'simplicated'),
          ),
          procurementMethodRationale: loose(
            fc.constantFrom('urgentNeed', 'additionalProcurement5', '?'),
          ),
          datePublished: day,
          tenderPeriod: loose(fc.record({ startDate: day, endDate: day }, { requiredKeys: [] })),
          numberOfTenderers: loose(fc.integer({ min: -1, max: 5 })),
          tenderers: loose(fc.array(junk, { maxLength: 2 })),
          value,
          items,
          lots: loose(
            fc.array(
              loose(
                fc.record(
                  { id, status: loose(fc.constantFrom('cancelled', 'active')), value },
                  { requiredKeys: [] },
                ),
              ),
              { maxLength: 2 },
            ),
          ),
          conditionOfContract: loose(
            fc.record(
              {
                lateDeliveryRate: loose(fc.constantFrom(0, '0.0', 1)),
                hasGuarantee: loose(fc.boolean()),
              },
              { requiredKeys: [] },
            ),
          ),
          procuringEntity: loose(fc.record({ id }, { requiredKeys: [] })),
        },
        { requiredKeys: [] },
      ),
    ),
    bids: loose(
      fc.record({ details: loose(fc.array(bid, { maxLength: 4 })) }, { requiredKeys: [] }),
    ),
    awards: loose(fc.array(award, { maxLength: 2 })),
    contracts: loose(
      fc.array(loose(fc.record({ status: id, value, dateSigned: day }, { requiredKeys: [] })), {
        maxLength: 2,
      }),
    ),
    relatedProcesses: loose(
      fc.array(
        loose(
          fc.record(
            { relationship: loose(fc.array(fc.constantFrom('prior', 'parent'))), identifier: id },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 2 },
      ),
    ),
  },
  { requiredKeys: [] },
);
