import type { RegistryRecords } from './records.ts';

const byKeys =
  <T>(...keys: ((r: T) => string)[]) =>
  (a: T, b: T) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

/**
 * The one order of registry records, whichever registry gave them: by person, then date, then
 * record id (the local registry's queries sort the same way), so pre-fill adds items in a stable
 * order.
 */
export function inRegistryOrder(records: RegistryRecords): RegistryRecords {
  return {
    realEstate: records.realEstate.toSorted(
      byKeys(
        (r) => r.ownerPin,
        (r) => r.acquiredOn,
        (r) => r.recordId,
      ),
    ),
    vehicles: records.vehicles.toSorted(
      byKeys(
        (r) => r.ownerPin,
        (r) => r.acquiredOn,
        (r) => r.recordId,
      ),
    ),
    companyRoles: records.companyRoles.toSorted(
      byKeys(
        (r) => r.personPin,
        (r) => r.since,
        (r) => r.recordId,
      ),
    ),
  };
}
