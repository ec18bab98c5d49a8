import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/schema.ts';
import { users } from '../../platform/auth/schema.ts';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../platform/testing/test-platform.ts';
import { declarants } from '../declarations/schema.ts';
import { resolvedShare } from './cases/resolved-share.ts';
import type { PathStep } from './detection/types.ts';
import { followChanges, fullPass } from './findings/follow.ts';
import { entityOfAgency } from './graph/entities.ts';
import { mergePersons } from './graph/merge.ts';
import { conflictFindings, dealings, legalEntities, persons, relations } from './schema.ts';

let t: TestPlatform;
let verifier: Caller;
let official: { personId: string; agencyId: string; name: string };

beforeAll(async () => {
  t = await createTestPlatform({ demo: true });
  verifier = await t.as(['verifier']);
  const db = t.database.db;
  const [row] = await db
    .select({ personId: persons.id, agencyId: declarants.agencyId, name: persons.fullName })
    .from(persons)
    .innerJoin(declarants, eq(declarants.id, persons.declarantId))
    .innerJoin(users, eq(users.id, declarants.userId))
    .where(eq(users.username, 'declarant'));
  official = row!;
}, 120_000);
afterAll(() => t.close());

const kindsOf = (path: PathStep[]) => path.map((s) => s.kind);

describe('the demo story: a spouse directs a company that won a contract from the ministry', () => {
  it('is found, with the path and the source of every edge', async () => {
    const res = await t.request(verifier, 'GET', `/api/people/${official.personId}`);
    expect(res.statusCode).toBe(200);
    const person = res.json() as {
      official: { post: string } | null;
      pinKnown: boolean;
      findings: Array<{ rule: string; path: PathStep[] }>;
    };
    expect(person.official?.post).toMatch(/демо/);
    expect(person.pinKnown).toBe(true);
    expect(JSON.stringify(person)).not.toMatch(/"pin"/);
    const story = person.findings.find(
      (f) =>
        f.rule === 'agency_deals_with_related_party' &&
        f.path.some((s) => s.kind === 'contract' && s.title?.startsWith('Министрликтин имаратын')),
    );
    expect(story).toBeDefined();
    expect(kindsOf(story!.path)).toEqual(
      expect.arrayContaining(['family', 'director', 'contract', 'employment']),
    );
    const spouse = story!.path.find((s) => s.kind === 'family')!;
    expect(spouse.degree).toBe('spouse');
    expect(spouse.source).toBe('declaration');
    expect(story!.path.find((s) => s.kind === 'director')!.source).toBe('registry');
  });

  it('the graph around the official shows the spouse, the company and the contract', async () => {
    const res = await t.request(
      verifier,
      'GET',
      `/api/relations-graph?person=${official.personId}&depth=3`,
    );
    expect(res.statusCode).toBe(200);
    const graph = res.json() as {
      nodes: Array<{ type: string; name: string }>;
      edges: Array<{ kind: string; degree?: string }>;
      findings: unknown[];
    };
    expect(graph.nodes.some((n) => n.name === '«Ак-Суу Курулуш» ЖЧК (демо)')).toBe(true);
    expect(graph.edges.some((e) => e.kind === 'family' && e.degree === 'spouse')).toBe(true);
    expect(graph.edges.some((e) => e.kind === 'contract')).toBe(true);
    expect(graph.findings.length).toBeGreaterThan(0);

    const onlyFamily = await t.request(
      verifier,
      'GET',
      `/api/relations-graph?person=${official.personId}&kinds=family`,
    );
    expect(
      (onlyFamily.json() as { edges: Array<{ kind: string }> }).edges.every(
        (e) => e.kind === 'family',
      ),
    ).toBe(true);
  });

  it('every read of a person and a graph is in the audit log', async () => {
    const [row] = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'person.viewed'), eq(auditLog.entityId, official.personId)));
    expect(row!.n).toBeGreaterThan(0);
  });
});

describe('bad input to the graph', () => {
  it.each([
    ['both centres', (id: string) => `/api/relations-graph?person=${id}&entity=${id}`, 400],
    ['no centre', () => '/api/relations-graph', 400],
    [
      'an unknown kind',
      (id: string) => `/api/relations-graph?person=${id}&kinds=family,cousin`,
      400,
    ],
    ['depth 9', (id: string) => `/api/relations-graph?person=${id}&depth=9`, 400],
    ['a bad date', (id: string) => `/api/relations-graph?person=${id}&at=2025-13-40`, 400],
    [
      'a person who does not exist',
      () => '/api/relations-graph?person=00000000-0000-4000-8000-000000000000',
      404,
    ],
  ])('%s is refused with a message', async (_name, url, status) => {
    const res = await t.request(verifier, 'GET', url(official.personId));
    expect(res.statusCode).toBe(status);
    expect((res.json() as { error: { message: string } }).error.message).toBeTruthy();
  });
});

describe('detection runs', () => {
  it('a second full pass changes nothing: same persons, relations and findings', async () => {
    const db = t.database.db;
    const snapshot = async () => {
      const [p] = await db.select({ n: count() }).from(persons);
      const [r] = await db.select({ n: count() }).from(relations);
      const f = await db
        .select({ id: conflictFindings.id, state: conflictFindings.state })
        .from(conflictFindings)
        .orderBy(conflictFindings.id);
      return { persons: p!.n, relations: r!.n, findings: f };
    };
    const before = await snapshot();
    await fullPass(db, new Date('2025-06-01T00:00:00Z'));
    expect(await snapshot()).toEqual(before);
  });

  it('a new contract to a relative’s company is picked up incrementally, and goes when removed', async () => {
    const db = t.database.db;
    const since = new Date();
    const [company] = await db
      .select({ id: legalEntities.id })
      .from(legalEntities)
      .where(eq(legalEntities.registrationNumber, 'SYN-01203201910042'));
    const buyer = await entityOfAgency(db, official.agencyId);
    await db.insert(dealings).values({
      kind: 'funding',
      organisationId: buyer,
      counterpartyOrganisationId: company!.id,
      title: 'Test subsidy',
      amountTyiyn: 100_000,
      dealtOn: '2025-05-01',
      source: 'budget',
      reference: 'TEST-SUBSIDY-1',
    });
    const run = await followChanges(db, { since, now: new Date() });
    expect(run.added).toBeGreaterThan(0);
    const found = await db
      .select({ id: conflictFindings.id, state: conflictFindings.state })
      .from(conflictFindings)
      .where(sql`${conflictFindings.path}::text LIKE '%Test subsidy%'`);
    expect(found).toHaveLength(1);
    expect(found[0]!.state).toBe('open');

    await db.delete(dealings).where(eq(dealings.reference, 'TEST-SUBSIDY-1'));
    await fullPass(db, new Date('2025-06-01T00:00:00Z'));
    const [after] = await db
      .select({ state: conflictFindings.state })
      .from(conflictFindings)
      .where(eq(conflictFindings.id, found[0]!.id));
    expect(after!.state).toBe('gone');
  });
});

describe('merging two records of one person', () => {
  it('moves the edges to the survivor and refuses two officials', async () => {
    const db = t.database.db;
    const [a] = await db
      .insert(persons)
      .values({ fullName: 'Асанова Айгүл', synthetic: true })
      .returning({ id: persons.id });
    const [b] = await db
      .insert(persons)
      .values({ fullName: 'Asanova Aigul', birthDate: '1980-02-03', synthetic: true })
      .returning({ id: persons.id });
    await db.insert(relations).values({
      key: 'manual:test-merge',
      kind: 'friendship',
      fromPersonId: official.personId,
      toPersonId: b!.id,
      source: 'manual',
      sourceRef: 'test',
      evidence: 'test',
    });
    await mergePersons(db, a!.id, b!.id);
    const [edge] = await db.select().from(relations).where(eq(relations.key, 'manual:test-merge'));
    expect(edge!.toPersonId).toBe(a!.id);
    const [survivor] = await db.select().from(persons).where(eq(persons.id, a!.id));
    expect(survivor!.birthDate).toBe('1980-02-03');

    const officials = await db
      .select({ id: persons.id })
      .from(persons)
      .where(sql`${persons.declarantId} IS NOT NULL`)
      .limit(2);
    await expect(mergePersons(db, officials[0]!.id, officials[1]!.id)).rejects.toMatchObject({
      status: 409,
      code: 'merge_refused',
    });
  });
});

describe('publication and export', () => {
  it('the register lists budget-funded state bodies and the synthetic enterprises, not the National Bank', async () => {
    const res = await t.request(null, 'GET', '/api/opendata/state-organisations.csv');
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/budget_funded/);
    expect(res.body).toMatch(/state_share_company/);
    expect(res.body).not.toMatch(/Улуттук банкы/);
  });

  it('the FtM export is one entity per line, with the graph’s schemata, and is audited', async () => {
    const res = await t.request(verifier, 'GET', '/api/integrity-export');
    expect(res.statusCode).toBe(200);
    const lines = res.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { schema: string });
    const schemata = new Set(lines.map((l) => l.schema));
    for (const s of [
      'Person',
      'PublicBody',
      'Company',
      'Family',
      'Directorship',
      'Employment',
      'Contract',
      'ContractAward',
    ])
      expect(schemata).toContain(s);
    const [row] = await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'relations_graph.exported'));
    expect(row!.n).toBe(1);
  });

  it('the share of conflicts resolved is computed from the cases', async () => {
    const value = await resolvedShare(t.database.db, { year: 2025 });
    expect(value).toMatchObject({ value: 100 });
    expect(value!.basis).toMatch(/with liability/);
  });
});
