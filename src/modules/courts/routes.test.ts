import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/schema.ts';
import { createTestPlatform, type TestPlatform } from '../../platform/testing/test-platform.ts';
import { legalEntities, persons, relations } from '../integrity/schema.ts';
import { addDays, bishkekDay } from './engine/days.ts';
import { courtRecusals } from './schema.ts';
import { setUpTestCourt } from './test-court.ts';

let t: TestPlatform;
let setup: Awaited<ReturnType<typeof setUpTestCourt>>;
let admin: Awaited<ReturnType<TestPlatform['as']>>;
const today = bishkekDay(new Date());
const parties = [
  { role: 'claimant', name: 'Asanov Bakyt' },
  { role: 'defendant', name: 'Ak-Jol LLC' },
];

beforeAll(async () => {
  t = await createTestPlatform();
  setup = await setUpTestCourt(t.database.db);
  admin = await t.as(['court_admin']);
});
afterAll(() => t.close());

const register = (body: unknown) => t.request(admin, 'POST', '/api/courts/test/cases', body);

describe('court administrator', () => {
  it('registers a case, which is allocated at once and published', async () => {
    const res = await register({ category: 'civil', claim: 'Debt of 100 000 som', parties });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.case.number).toMatch(/^TEST-\d{4}-00001$/);
    expect(body.allocation.eligibleCount).toBe(4);
    expect(setup.judges.map((j) => j.id)).toContain(body.allocation.judge);

    const list = (await t.request(null, 'GET', '/api/courts/test/allocations')).json();
    expect(list.items[0]).toMatchObject({
      number: body.case.number,
      reason: 'initial',
      eligibleCount: 4,
      revealed: false,
    });
    expect(list.items[0].judge.id).toBe(body.allocation.judge);
    // The public list names no party.
    expect(JSON.stringify(list)).not.toContain('Asanov');

    const detail = await t.request(admin, 'GET', `/api/courts/cases/${body.case.id}`);
    expect(detail.json().parties).toHaveLength(2);
    const reads = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'court.case.read'));
    expect(reads.map((r) => r.entityId)).toContain(body.case.id);
  });

  it('refuses bad input with a 4xx that says what is wrong, and writes nothing', async () => {
    const before = (await t.request(null, 'GET', '/api/courts/test/allocations')).json().total;
    const cases = [
      [{ category: 'astrology', claim: 'x', parties }, 400],
      [{ category: 'civil', claim: '', parties }, 400],
      [{ category: 'civil', claim: 'x', parties: [] }, 400],
      [
        {
          category: 'civil',
          claim: 'x',
          parties: [{ role: 'claimant', name: 'A', identifier: '123' }],
        },
        400,
      ],
      [{ category: 'civil', claim: 'x', parties, earlierCaseNumber: 'NOPE-1' }, 400],
    ] as const;
    for (const [body, status] of cases) {
      const res = await register(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.message).toBeTruthy();
    }
    expect(
      (
        await t.request(admin, 'POST', '/api/courts/nowhere/cases', {
          category: 'civil',
          claim: 'x',
          parties,
        })
      ).statusCode,
    ).toBe(404);
    expect((await t.request(null, 'GET', '/api/courts/test/allocations')).json().total).toBe(
      before,
    );
  });

  it('re-allocates only on a ground on record (409 otherwise), and a recusal re-allocates at once', async () => {
    const { case: c, allocation } = (
      await register({ category: 'family', claim: 'Divorce', parties })
    ).json();
    const refused = await t.request(admin, 'POST', `/api/courts/cases/${c.id}/reallocation`, {
      reason: 'judge_absent',
      note: 'ill',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('reallocation_ground_not_held');

    const absence = await t.request(
      admin,
      'POST',
      `/api/courts/judges/${allocation.judge}/absences`,
      { kind: 'sickness', from: today, to: addDays(today, 5) },
    );
    expect(absence.statusCode).toBe(201);
    expect(absence.json().effectiveFrom).toBe(addDays(today, 1));
    const moved = await t.request(admin, 'POST', `/api/courts/cases/${c.id}/reallocation`, {
      reason: 'judge_absent',
      note: 'ill',
    });
    expect(moved.statusCode).toBe(201);
    expect(moved.json().allocation.judge).not.toBe(allocation.judge);

    const recused = await t.request(admin, 'POST', `/api/courts/cases/${c.id}/recusals`, {
      judge: moved.json().allocation.judge,
      note: 'cousin of the claimant',
    });
    expect(recused.statusCode).toBe(201);
    expect([allocation.judge, moved.json().allocation.judge]).not.toContain(
      recused.json().allocation.judge,
    );
    const history = (await t.request(admin, 'GET', `/api/courts/cases/${c.id}`)).json().history;
    expect(history.map((h: { kind: string; reason: string }) => `${h.kind}:${h.reason}`)).toEqual([
      'allocation:initial',
      'allocation:judge_absent',
      'recusal:declared',
      'allocation:recusal',
    ]);
    const again = await t.request(admin, 'POST', `/api/courts/cases/${c.id}/recusals`, {
      judge: moved.json().allocation.judge,
      note: 'again',
    });
    expect(again.statusCode).toBe(409);
    const stranger = await t.request(admin, 'POST', `/api/courts/cases/${c.id}/recusals`, {
      judge: randomUUID(),
      note: 'x',
    });
    expect(stranger.statusCode).toBe(400);
  });

  it('records an explained failure, never a manual pick, when no judge is eligible', async () => {
    const res = await register({ category: 'economic', claim: 'Supply contract', parties });
    expect(res.statusCode).toBe(201);
    expect(res.json().allocation).toBeNull();
    expect(res.json().failure.reason).toBe('no-eligible-judge');
    expect(
      res.json().failure.excluded.every((x: { reason: string }) => x.reason === 'not-specialised'),
    ).toBe(true);
  });

  it('recuses a judge tied to a party in the relations graph before the draw', async () => {
    const judge = setup.judges.find((j) => j.specialisations.includes('civil'))!;
    const [judgePerson] = await t.database.db
      .insert(persons)
      .values({ fullName: judge.fullName, pin: judge.pin })
      .returning();
    const [spouse] = await t.database.db.insert(persons).values({ fullName: 'Spouse' }).returning();
    const [company] = await t.database.db
      .insert(legalEntities)
      .values({ kind: 'company', name: 'Spouse Ltd', registrationNumber: '02805201910123' })
      .returning();
    const rel = { source: 'manual', sourceRef: 'test' };
    await t.database.db.insert(relations).values([
      {
        ...rel,
        key: randomUUID(),
        kind: 'family',
        degree: 'spouse',
        fromPersonId: judgePerson!.id,
        toPersonId: spouse!.id,
      },
      {
        ...rel,
        key: randomUUID(),
        kind: 'owner',
        fromPersonId: spouse!.id,
        toOrganisationId: company!.id,
        sharePercent: 100,
      },
    ]);
    const res = await register({
      category: 'civil',
      claim: 'Unpaid rent',
      parties: [
        parties[0],
        { role: 'defendant', name: 'Spouse Ltd', identifier: '02805201910123' },
      ],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().allocation.judge).not.toBe(judge.id);
    const [recusal] = await t.database.db
      .select()
      .from(courtRecusals)
      .where(eq(courtRecusals.caseId, res.json().case.id));
    expect(recusal).toMatchObject({ judgeId: judge.id, grounds: 'conflict' });
    expect(recusal!.evidence).toEqual([
      { judgeId: judge.id, party: 'Spouse Ltd', path: ['spouse', 'owner'] },
    ]);
  });

  it('publishes rule changes, judges and absences for tomorrow, and refuses those that could not take effect', async () => {
    const rules = {
      baseLoad: 5,
      workloadWindowDays: 180,
      categoryPoints: { civil: 3 },
      smallEligibleSet: 2,
      absenceCluster: { days: 7, sharePercent: 50 },
      repeatedFilingDays: 90,
    };
    const incomplete = await t.request(admin, 'POST', '/api/courts/rules', rules);
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.code).toBe('court_rules_incomplete');
    const all = {
      civil: 3,
      family: 2,
      labour: 2,
      criminal: 4,
      'criminal-corruption': 6,
      administrative: 3,
      economic: 4,
    };
    const published = await t.request(admin, 'POST', '/api/courts/rules', {
      ...rules,
      categoryPoints: all,
    });
    expect(published.statusCode).toBe(201);
    expect(published.json().effectiveFrom).toBe(addDays(today, 1));
    const court = (await t.request(null, 'GET', '/api/courts/test')).json();
    expect(court.rules.version).toBe(1);
    expect(court.pendingRules).toMatchObject({ version: 2, effectiveFrom: addDays(today, 1) });

    const past = await t.request(
      admin,
      'POST',
      `/api/courts/judges/${setup.judges[1]!.id}/absences`,
      { kind: 'leave', from: addDays(today, -5), to: today },
    );
    expect(past.statusCode).toBe(400);
    expect(past.json().error.code).toBe('absence_without_effect');
    const change = await t.request(admin, 'PATCH', `/api/courts/judges/${setup.judges[1]!.id}`, {
      specialisations: ['civil', 'economic'],
    });
    expect(change.statusCode).toBe(200);
    const after = (await t.request(null, 'GET', '/api/courts/test')).json();
    const judge = after.judges.find((j: { id: string }) => j.id === setup.judges[1]!.id);
    expect(judge.specialisations).toEqual(['civil']);
    expect(judge.pending).toMatchObject({
      specialisations: ['civil', 'economic'],
      effectiveFrom: addDays(today, 1),
    });
    expect(
      (await t.request(admin, 'PATCH', `/api/courts/judges/${setup.judges[1]!.id}`, {})).statusCode,
    ).toBe(400);
  });
});

describe('the public', () => {
  it('reads the courts, the days with their commitments, the log and the keys', async () => {
    const courts = (await t.request(null, 'GET', '/api/courts')).json();
    expect(courts.items.map((c: { code: string }) => c.code)).toEqual(['test']);
    const days = (await t.request(null, 'GET', '/api/courts/days')).json().items;
    const todays = days.find((d: { day: string }) => d.day === today);
    expect(todays.commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(todays.seed).toBeNull();
    expect(days.find((d: { day: string }) => d.day === addDays(today, -1)).seed).toMatch(
      /^[0-9a-f]{64}$/,
    );
    const log = (await t.request(null, 'GET', '/api/courts/log?afterSeq=0&limit=5')).json();
    expect(log.entries.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(log.complete).toBe(false);
    expect((await t.request(null, 'GET', '/api/courts/keys')).json().items).toHaveLength(1);
    expect((await t.request(null, 'GET', '/api/courts/days?from=2026-13-01')).statusCode).toBe(400);
    expect(
      (await t.request(null, 'GET', '/api/courts/test/statistics?from=2026-02-01&to=2026-01-01'))
        .statusCode,
    ).toBe(400);
    const stats = (await t.request(null, 'GET', '/api/courts/test/statistics')).json();
    expect(stats.fairness.verdict).toBe('too-few');
  });

  it('has no route that lets anyone name the judge of an allocation', () => {
    const writes = t.app.routeTable.filter(
      (r) => r.url.startsWith('/api/courts') && r.method !== 'GET',
    );
    expect(writes.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'PATCH /api/courts/judges/:id',
      'POST /api/courts',
      'POST /api/courts/:code/cases',
      'POST /api/courts/:code/chambers',
      'POST /api/courts/:code/judges',
      'POST /api/courts/cases/:id/reallocation',
      'POST /api/courts/cases/:id/recusals',
      'POST /api/courts/judges/:id/absences',
      'POST /api/courts/rules',
    ]);
  });
});
