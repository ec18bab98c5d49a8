// Known conflicts planted into the otherwise conflict-free synthetic graph (see fill.ts for why
// it is free of them), so the benchmark can check the engine finds exactly these and no others.
// Each kind goes to its own officials, far enough apart that plants never combine.
import type { ConflictRule, DataRule } from '../../src/modules/integrity/detection/types.ts';
import { KIND, type Scale, uuidOf, workplaceOf } from './scale.ts';

export interface Expected {
  rule: ConflictRule | DataRule;
  officialId: string;
}

export interface Plants {
  companies: object[];
  relations: object[];
  dealings: object[];
  expected: Expected[];
}

const DAY = '2024-06-01';

export function plantsFor(s: Scale): Plants {
  const plants: Plants = { companies: [], relations: [], dealings: [], expected: [] };
  const official = (i: number) => uuidOf(KIND.official, i);
  const spouse = (i: number) => uuidOf(KIND.relative, 3 * i - 2);
  const child = (i: number) => uuidOf(KIND.relative, 3 * i - 1);
  const parent = (i: number) => uuidOf(KIND.relative, 3 * i);
  const organisation = (t: number) => uuidOf(KIND.organisation, t);
  let serial = 0;
  const relation = (row: Record<string, unknown>) => {
    serial++;
    plants.relations.push({
      id: uuidOf(KIND.planted, serial),
      key: `bench:planted:${serial}`,
      head: false,
      source: 'registry',
      source_ref: `planted ${serial}`,
      synthetic: true,
      ...row,
    });
  };
  const company = () => {
    const id = uuidOf(KIND.plantedCompany, plants.companies.length + 1);
    plants.companies.push({
      id,
      kind: 'company',
      name: `Planted company ${plants.companies.length + 1}`,
      synthetic: true,
    });
    return id;
  };
  const dealing = (row: Record<string, unknown>) => {
    const n = plants.dealings.length + 1;
    plants.dealings.push({
      id: uuidOf(KIND.plantedDealing, n),
      kind: 'contract',
      title: `Planted contract ${n}`,
      amount_tyiyn: 250_000_000,
      dealt_on: DAY,
      source: 'procurement',
      reference: `planted-${n}`,
      synthetic: true,
      ...row,
    });
  };
  const expect = (rule: Expected['rule'], i: number) =>
    plants.expected.push({ rule, officialId: official(i) });
  // Ordinary officials (not heads, never with an employed parent): one series per kind.
  const series = (offset: number) =>
    Array.from({ length: s.plants }, (_, q) => s.organisations + offset + 50 * q);

  for (const i of series(7)) {
    // The story: the spouse directs a company that wins a contract from the official's body.
    const c = company();
    relation({
      kind: 'director',
      from_person_id: spouse(i),
      to_organisation_id: c,
      valid_from: '2020-01-01',
    });
    dealing({ organisation_id: organisation(workplaceOf(s, i)), counterparty_organisation_id: c });
    expect('agency_deals_with_related_party', i);
  }
  for (const i of series(11)) {
    // The official's own company (owned, not directed: directing would also be incompatible).
    const c = company();
    relation({
      kind: 'owner',
      share_percent: 100,
      from_person_id: official(i),
      to_organisation_id: c,
      valid_from: '2019-01-01',
    });
    dealing({ organisation_id: organisation(workplaceOf(s, i)), counterparty_organisation_id: c });
    expect('agency_deals_with_related_party', i);
  }
  for (const i of series(13)) {
    // The official decides a matter of their child's company, in another body.
    const c = company();
    relation({
      kind: 'owner',
      share_percent: 51,
      from_person_id: child(i),
      to_organisation_id: c,
      valid_from: '2019-01-01',
    });
    dealing({
      kind: 'decision',
      organisation_id: organisation((workplaceOf(s, i) + 5) % s.organisations),
      counterparty_organisation_id: c,
      decided_by_person_id: official(i),
    });
    expect('decided_related_party', i);
  }
  for (const i of series(17)) {
    relation({
      kind: 'subordination',
      from_person_id: child(i),
      to_person_id: official(i),
      valid_from: '2021-01-01',
    });
    expect('relative_subordinate', i);
  }
  // Heads (officials 1..organisations) whose parent starts working in the body they head.
  const heads = Array.from({ length: s.organisations }, (_, k) => k + 1).filter(
    (i) => i % 50 !== 0,
  );
  for (const i of heads.slice(0, s.plants)) {
    relation({
      kind: 'employment',
      role: 'adviser',
      from_person_id: parent(i),
      to_organisation_id: organisation(workplaceOf(s, i)),
      valid_from: '2021-01-01',
    });
    expect('relative_subordinate', i);
  }
  for (const i of series(19)) {
    const c = company();
    relation({
      kind: 'director',
      from_person_id: official(i),
      to_organisation_id: c,
      valid_from: '2022-01-01',
    });
    expect('incompatible_posts', i);
  }
  for (let q = 0; q < s.plants; q++) {
    // Officials of state bodies 1.. near the top of the list take a second post in the body
    // before theirs: the one body their family's companies never deal with.
    const i =
      1 +
      (1 + (q % (s.stateBodies - 1))) +
      s.organisations * (s.officials / s.organisations - 1 - q);
    relation({
      kind: 'employment',
      role: 'second post',
      from_person_id: official(i),
      to_organisation_id: organisation(workplaceOf(s, i) - 1),
      valid_from: '2023-01-01',
    });
    expect('incompatible_posts', i);
  }
  for (const i of series(29)) {
    // A registry says the declared spouse is a sibling.
    relation({
      kind: 'family',
      degree: 'sibling',
      from_person_id: spouse(i),
      to_person_id: official(i),
    });
    expect('contradicting_sources', i);
  }
  for (const i of series(31)) {
    // A source says the official is their own parent's parent.
    relation({
      kind: 'family',
      degree: 'parent',
      from_person_id: parent(i),
      to_person_id: official(i),
      source: 'manual',
    });
    expect('kinship_cycle', i);
  }
  return plants;
}
