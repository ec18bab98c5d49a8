import {
  type DeclarationContent,
  MAX_ITEMS_PER_SECTION,
  type RealEstate,
  type RegistryOrigin,
  type Security,
  type Vehicle,
} from '../content.ts';
import type {
  RegistryCompanyRole,
  RegistryRealEstate,
  RegistryRecords,
  RegistryVehicle,
} from './records.ts';

export interface PrefillResult {
  content: DeclarationContent;
  /** Items added from the registries. */
  added: number;
  /** Registry items not added because their section already holds MAX_ITEMS_PER_SECTION items. */
  leftOut: number;
}

/**
 * Adds to a draft what the registries hold and the draft does not have yet, each item marked with
 * its origin (registry, record, the registry's values) and unconfirmed until the declarant looks
 * at it. Pure: the draft passed in is not changed. Pre-filling twice adds nothing the second
 * time, and nothing the declarant typed or corrected is removed or overwritten.
 *
 * A registry record is already in the draft when an item came from the same record for the same
 * owner (origin), or the declarant typed it with the same registry id (cadastral number,
 * vehicle record) for the same owner. A founder's or owner's role in a company becomes a company
 * stake, unless the owner already declares a stake or shares of that company (issuer id).
 *
 * `owners` maps a PIN to the owner field: "declarant" or a relative's id; records about other
 * PINs are ignored.
 */
export function prefillDraft(
  content: DeclarationContent,
  records: RegistryRecords,
  owners: ReadonlyMap<string, string>,
): PrefillResult {
  const realEstate = [...content.realEstate];
  const vehicles = [...content.vehicles];
  const securities = [...content.securities];
  let added = 0;
  let leftOut = 0;

  const add = <T extends { id: string }>(
    section: T[],
    prefix: string,
    recordId: string,
    make: (id: string) => T,
  ) => {
    if (section.length >= MAX_ITEMS_PER_SECTION) {
      leftOut++;
      return;
    }
    section.push(make(newId(prefix, recordId, section)));
    added++;
  };

  for (const r of records.realEstate) {
    const owner = owners.get(r.ownerPin);
    if (owner === undefined) continue;
    const key = clip(r.recordId, 80);
    if (realEstate.some((i) => holds(i, key, owner, i.registryId === key))) continue;
    add(realEstate, 're', key, (id) => realEstateItem(id, owner, key, r));
  }

  for (const r of records.vehicles) {
    const owner = owners.get(r.ownerPin);
    if (owner === undefined) continue;
    const key = clip(r.recordId, 80);
    if (vehicles.some((i) => holds(i, key, owner, i.registryId === key))) continue;
    add(vehicles, 've', key, (id) => vehicleItem(id, owner, key, r));
  }

  for (const r of records.companyRoles) {
    const owner = owners.get(r.personPin);
    if (owner === undefined || r.role === 'director') continue;
    const key = clip(r.recordId, 80);
    const issuerId = clip(r.companyId, 40);
    const declared = (i: Security) =>
      (i.kind === 'company_stake' || i.kind === 'shares') && i.issuerId === issuerId;
    if (securities.some((i) => holds(i, key, owner, declared(i)))) continue;
    add(securities, 'co', key, (id) => stakeItem(id, owner, key, issuerId, r));
  }

  return { content: { ...content, realEstate, vehicles, securities }, added, leftOut };
}

/**
 * Whether an item stands for this registry record of this owner. A pre-filled item is matched by
 * its origin and the owner the registry gave (the declarant may have corrected the owner); a
 * typed item by its own owner and `typedMatch`.
 */
function holds(
  item: { owner: string; origin?: RegistryOrigin | undefined },
  recordId: string,
  owner: string,
  typedMatch: boolean,
): boolean {
  if (item.origin?.recordId === recordId) {
    const registryOwner = item.origin.original.owner;
    if ((typeof registryOwner === 'string' ? registryOwner : item.owner) === owner) return true;
  }
  return item.owner === owner && typedMatch;
}

function origin(
  registry: RegistryOrigin['registry'],
  recordId: string,
  original: RegistryOrigin['original'],
): RegistryOrigin {
  return { registry, recordId, confirmed: false, original };
}

function realEstateItem(id: string, owner: string, key: string, r: RegistryRealEstate): RealEstate {
  const address = clip(r.address, 300);
  const price = r.price ? { amount: r.price.amount, currency: r.price.currency } : null;
  return {
    id,
    owner,
    kind: r.kind,
    area: r.area,
    address,
    country: 'KG',
    sharePercent: r.sharePercent,
    acquiredOn: r.acquiredOn,
    price,
    registryId: key,
    origin: origin(r.registry, key, {
      owner,
      kind: r.kind,
      area: r.area,
      address,
      sharePercent: r.sharePercent,
      acquiredOn: r.acquiredOn,
      'price.amount': price?.amount ?? null,
      'price.currency': price?.currency ?? null,
    }),
  };
}

function vehicleItem(id: string, owner: string, key: string, r: RegistryVehicle): Vehicle {
  const make = clip(r.make, 80);
  const model = clip(r.model, 80);
  const registrationNumber = clip(r.registrationNumber, 20);
  return {
    id,
    owner,
    kind: r.kind,
    make,
    model,
    yearMade: r.yearMade,
    registrationNumber,
    country: 'KG',
    acquiredOn: r.acquiredOn,
    // Vehicle registration does not record prices: the declarant fills it in.
    price: null,
    registryId: key,
    origin: origin(r.registry, key, {
      owner,
      kind: r.kind,
      make,
      model,
      yearMade: r.yearMade,
      registrationNumber,
      acquiredOn: r.acquiredOn,
    }),
  };
}

function stakeItem(
  id: string,
  owner: string,
  key: string,
  issuerId: string,
  r: RegistryCompanyRole,
): Security {
  const issuer = clip(r.companyName, 200);
  return {
    id,
    owner,
    kind: 'company_stake',
    issuer,
    issuerId,
    sharePercent: r.sharePercent,
    // The register of legal entities has no value of a stake: left blank for the declarant.
    value: { amount: '', currency: 'KGS' },
    country: 'KG',
    origin: origin(r.registry, key, {
      owner,
      issuer,
      issuerId,
      sharePercent: r.sharePercent,
    }),
  };
}

const MAX_ID = 40;

/** "re-<record id>", shortened by a hash when too long, numbered when the draft already has it. */
function newId(prefix: string, recordId: string, section: readonly { id: string }[]): string {
  let base = `${prefix}-${recordId}`;
  // Room for a "-NN" suffix within the 40 characters an item id may have.
  if (base.length > MAX_ID - 4) base = `${prefix}-${recordId.slice(0, 20)}-${fnv1a(recordId)}`;
  const taken = new Set(section.map((i) => i.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** FNV-1a 32-bit, hex: a short stable tag for a long record id. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
