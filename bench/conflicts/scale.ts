// The shape of the synthetic relations graph, from the number of officials: the issue's
// 100,000 officials, 300,000 relatives, 500,000 company roles and 200,000 contracts, and the
// same proportions at 1/20 for --quick. Ids are built from numbers (a kind prefix and a serial),
// so fill, plants and checks agree on them without passing lists around.

export interface Scale {
  officials: number;
  /** Three per official: spouse, child, parent. */
  relatives: number;
  stateBodies: number;
  stateOrganisations: number;
  /** All state bodies and organisations: 200 officials each. */
  organisations: number;
  companies: number;
  roles: number;
  contracts: number;
  /** How many organisations a company's contracts come from (never its family's own). */
  reach: number;
  /** Planted conflicts of each kind. */
  plants: number;
}

export function scaleFor(officials: number): Scale {
  if (officials % 1000 !== 0) throw new Error('officials must be a multiple of 1000');
  const organisations = officials / 200;
  return {
    officials,
    relatives: officials * 3,
    stateBodies: officials / 1000,
    stateOrganisations: organisations - officials / 1000,
    organisations,
    companies: officials * 2,
    roles: officials * 5,
    contracts: officials * 2,
    reach: Math.min(100, organisations - 2),
    plants: Math.max(10, officials / 1000),
  };
}

/** Id prefixes: persons, organisations, edges and dealings each get their own. */
export const KIND = {
  official: 1,
  relative: 2,
  company: 3,
  organisation: 4,
  plantedCompany: 5,
  employment: 0x11,
  family: 0x12,
  role: 0x13,
  parentEmployment: 0x14,
  subordination: 0x15,
  planted: 0x16,
  contract: 0x21,
  plantedDealing: 0x22,
} as const;

/** The uuid of serial `n` of a kind, as JavaScript sees it. */
export const uuidOf = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The same uuid computed in SQL from an integer expression. */
export const uid = (kind: number, n: string) =>
  `(lpad(to_hex(${kind}), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;

/** The organisation (0-based) official `i` (1-based) works at: 200 officials each. */
export const workplaceOf = (s: Scale, i: number) => (i - 1) % s.organisations;
