import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/client.ts';
import { migrate } from '../../../platform/db/migrate.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { openTestDatabase } from '../../../platform/testing/test-platform.ts';
import { declarants } from '../../declarations/schema.ts';
import { detectConflicts } from '../detection/engine.ts';
import { dealings, legalEntities, persons, relations } from '../schema.ts';
import { neighbourhoodChunks } from './chunks.ts';
import { listOfficialIds, loadNeighbourhood } from './load.ts';

let database: Database;
// Ids sort in this order, so keyset pages are predictable.
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const O = id(1);
const S = id(2);
const DUP = id(3);
const STRANGER = id(4);
const DECLARING = id(5);
const CLERK = id(6);
const K = id(7);
const M = id(101);
const C = id(102);
const X = id(103);
const N = id(104);
const Y = id(105);

beforeAll(async () => {
  database = await openTestDatabase();
  await migrate(database);
  const { db } = database;
  const [agency] = await db
    .insert(agencies)
    .values({
      code: 'T-1',
      kind: 'ministry',
      name: { ky: 'М', ru: 'М', en: 'M' },
      shortName: { ky: 'М', ru: 'М', en: 'M' },
    })
    .returning();
  const [declarant] = await db
    .insert(declarants)
    .values({
      pin: '12345678901234',
      fullName: 'Декларант',
      agencyId: agency!.id,
      post: 'адис',
      postCategory: 'administrative',
      declaresFrom: 2024,
    })
    .returning();
  await db.insert(persons).values([
    { id: O, fullName: 'Official' },
    { id: S, fullName: 'Spouse' },
    { id: DUP, fullName: 'Spouse (duplicate)', mergedInto: S },
    { id: STRANGER, fullName: 'Stranger' },
    { id: DECLARING, fullName: 'Declaring official', declarantId: declarant!.id },
    { id: CLERK, fullName: 'Clerk of a state enterprise' },
    { id: K, fullName: "Official's son, on their staff" },
  ]);
  await db.insert(legalEntities).values([
    { id: M, kind: 'state_body', name: 'Ministry' },
    { id: C, kind: 'company', name: 'Spouse Ltd' },
    { id: X, kind: 'company', name: 'Unrelated Ltd' },
    { id: N, kind: 'state_body', name: 'Another ministry' },
    { id: Y, kind: 'company', name: 'Spouse Holdings' },
  ]);
  const rel = (r: Partial<typeof relations.$inferInsert>) => ({
    key: randomUUID(),
    kind: 'family',
    source: 'manual',
    sourceRef: 'test',
    ...r,
  });
  await db.insert(relations).values([
    rel({
      kind: 'employment',
      fromPersonId: O,
      toOrganisationId: M,
      head: true,
      validFrom: '2020-01-01',
    }),
    rel({ degree: 'spouse', fromPersonId: O, toPersonId: S, source: 'declaration' }),
    rel({ kind: 'director', fromPersonId: S, toOrganisationId: C, source: 'registry' }),
    rel({ degree: 'spouse', fromPersonId: DUP, toPersonId: O }),
    rel({ kind: 'director', fromPersonId: STRANGER, toOrganisationId: X }),
    rel({ kind: 'employment', fromPersonId: CLERK, toOrganisationId: M }),
    rel({ degree: 'child', fromPersonId: O, toPersonId: K }),
    rel({ kind: 'employment', fromPersonId: K, toOrganisationId: M, validFrom: '2022-01-01' }),
    rel({ kind: 'subordination', fromPersonId: K, toPersonId: O, validFrom: '2022-01-01' }),
    rel({ kind: 'owner', fromPersonId: S, toOrganisationId: Y, sharePercent: 100 }),
  ]);
  const deal = (n: number, counterparty: string) => ({
    kind: 'contract',
    organisationId: M,
    counterpartyOrganisationId: counterparty,
    title: `Contract ${n}`,
    amountTyiyn: 5_000_000_000_00,
    dealtOn: '2024-03-01',
    source: 'procurement',
    reference: `ocid-${n}`,
  });
  // Contract 3 goes to the spouse's other company from a ministry the official has no post in.
  await db.insert(dealings).values([deal(1, C), deal(2, X), { ...deal(3, Y), organisationId: N }]);
}, 60_000);
afterAll(() => database.close());

describe('listOfficialIds', () => {
  it('walks declaring and state-employed persons in id order, never merged ones', async () => {
    const { db } = database;
    expect(await listOfficialIds(db, undefined, 10)).toEqual([O, DECLARING, CLERK, K]);
    expect(await listOfficialIds(db, undefined, 2)).toEqual([O, DECLARING]);
    expect(await listOfficialIds(db, DECLARING, 2)).toEqual([CLERK, K]);
    await db.update(persons).set({ mergedInto: DECLARING }).where(eq(persons.id, CLERK));
    expect(await listOfficialIds(db, DECLARING, 2)).toEqual([K]);
    await db.update(persons).set({ mergedInto: null }).where(eq(persons.id, CLERK));
  });
});

describe('loadNeighbourhood', () => {
  it("loads the official's ties, the relatives' companies and only the dealings that can close a path", async () => {
    const graph = await loadNeighbourhood(database.db, [O]);
    expect([...graph.persons.keys()].sort()).toEqual([O, S, K]);
    expect(graph.persons.get(O)).toMatchObject({ name: 'Official', official: true });
    expect(graph.persons.get(S)?.official).toBe(false);
    // The son's post is loaded with him, so he is known as an official too.
    expect(graph.persons.get(K)?.official).toBe(true);
    expect([...graph.organisations.keys()].sort()).toEqual([M, C]);
    // Left out: the merged duplicate's edge, the stranger's company, and the spouse's other
    // company, whose only contract comes from a ministry the official has no post in.
    expect(graph.relations.map((r) => r.kind).sort()).toEqual([
      'director',
      'employment',
      'employment',
      'family',
      'family',
      'subordination',
    ]);
    expect(graph.dealings).toEqual([
      expect.objectContaining({
        title: 'Contract 1',
        amountTyiyn: 5_000_000_000_00,
        date: '2024-03-01',
        counterparty: { type: 'organisation', id: C },
      }),
    ]);
    expect(graph.relations.find((r) => r.kind === 'employment')).toMatchObject({
      head: true,
      validFrom: '2020-01-01',
      validUntil: null,
    });
  });

  it('gives the engine what it needs to find the spouse-company story', async () => {
    const settings = {
      closeDegrees: ['spouse', 'child', 'parent'] as const,
      includeAssociations: false,
      asOf: '2025-01-01',
    };
    const expected = [
      ['agency_deals_with_related_party', 'high', O],
      ['relative_subordinate', 'high', O],
      ['relative_subordinate', 'high', O],
    ];
    const rules = (ids: string[]) =>
      loadNeighbourhood(database.db, ids).then((graph) =>
        detectConflicts(graph, { officials: ids, settings })
          .map((f) => [f.rule, f.severity, f.officialId])
          .sort(),
      );
    // Alone, and in one chunk with his son (an official too, whose edges then load as his own).
    expect(await rules([O])).toEqual(expected);
    expect(await rules([O, CLERK, K])).toEqual(expected);
  });

  it('walks every official in chunks, loading ahead, and stops cleanly when left early', async () => {
    const seen: string[][] = [];
    for await (const chunk of neighbourhoodChunks(database.db, 2, 1)) {
      seen.push(chunk.officialIds);
      expect(chunk.graph.persons.has(chunk.officialIds[0]!)).toBe(true);
    }
    expect(seen).toEqual([
      [O, DECLARING],
      [CLERK, K],
    ]);
    for await (const chunk of neighbourhoodChunks(database.db, 1)) {
      expect(chunk.officialIds).toEqual([O]);
      break;
    }
  });

  it('answers an empty graph for no officials or unknown ids', async () => {
    for (const ids of [[], [id(999)]]) {
      const graph = await loadNeighbourhood(database.db, ids);
      expect(graph.relations).toEqual([]);
      expect(graph.dealings).toEqual([]);
    }
  });
});
