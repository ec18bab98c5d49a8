import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../platform/audit/service.ts';
import { createTestPlatform, type TestPlatform } from '../../platform/testing/test-platform.ts';
import { reallocateCase, recordRecusal } from './cases/reallocate.ts';
import { registerCase } from './cases/register.ts';
import { addAbsence } from './config/judges.ts';
import { closeDays } from './days/close.ts';
import { addDays, bishkekDay } from './engine/days.ts';
import { allocationLog, courtCases } from './schema.ts';
import { setUpTestCourt } from './test-court.ts';
import { verifyAllocations } from './verification/service.ts';

let t: TestPlatform;
let setup: Awaited<ReturnType<typeof setUpTestCourt>>;
const today = bishkekDay(new Date());
const tomorrow = new Date(Date.now() + 86_400_000);
const range = { from: addDays(today, -5), to: today };

beforeAll(async () => {
  t = await createTestPlatform();
  setup = await setUpTestCourt(t.database.db);
});
afterAll(() => t.close());

const claimant = { role: 'claimant' as const, name: 'Asanov Bakyt' };
const defendant = { role: 'defendant' as const, name: 'Ak-Jol LLC', identifier: '01234567891011' };

describe('allocation', () => {
  it("allocates a case to an eligible judge, whose draw waits for the day's seed", async () => {
    const result = await registerCase(
      t.database.db,
      'test',
      { category: 'civil', claim: 'Debt', parties: [claimant, defendant] },
      SYSTEM_ACTOR,
    );
    expect(result.outcome.kind).toBe('allocation');
    if (result.outcome.kind !== 'allocation') return;
    const civilJudges = setup.judges
      .filter((j) => j.specialisations.includes('civil'))
      .map((j) => j.id);
    expect(civilJudges).toContain(result.outcome.judge);
    expect(result.outcome.eligible.map((e) => e.judge).sort()).toEqual([...civilJudges].sort());

    const pending = await verifyAllocations(t.database.db, range);
    expect(pending.problems).toEqual([]);
    expect(pending.allocationsPending).toBe(1);
  });

  it('re-allocates only on a recorded ground, and names a tampered row', async () => {
    const { case: c, outcome } = await registerCase(
      t.database.db,
      'test',
      { category: 'family', claim: 'Divorce', parties: [claimant] },
      SYSTEM_ACTOR,
    );
    if (outcome.kind !== 'allocation') throw new Error('not allocated');
    await expect(
      reallocateCase(t.database.db, c.id, { reason: 'judge_absent', note: 'x' }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ status: 409 });
    await addAbsence(
      t.database.db,
      outcome.judge,
      { kind: 'sickness', from: today, to: addDays(today, 10) },
      SYSTEM_ACTOR,
    );
    const again = await reallocateCase(
      t.database.db,
      c.id,
      { reason: 'judge_absent', note: 'sick' },
      SYSTEM_ACTOR,
    );
    expect(again.outcome.kind).toBe('allocation');
    if (again.outcome.kind === 'allocation') {
      expect(again.outcome.judge).not.toBe(outcome.judge);
      expect(again.outcome.previousJudge).toBe(outcome.judge);
    }
    const recused = await recordRecusal(
      t.database.db,
      c.id,
      { judge: again.outcome.kind === 'allocation' ? again.outcome.judge : '', note: 'relative' },
      SYSTEM_ACTOR,
    );
    expect(recused.allocation?.outcome.reason).toBe('recusal');

    // The day closes (the test moves the clock on): its seed is revealed and its head signed.
    await closeDays(t.database.db, tomorrow);
    const report = await verifyAllocations(t.database.db, range, { now: tomorrow });
    expect(report.problems).toEqual([]);
    expect(report.allocationsChecked).toBe(4);
    expect(report.allocationsPending).toBe(0);

    // Someone edits the register: the case now names another judge.
    const other = setup.judges.find((j) => j.specialisations.includes('criminal'))!;
    await t.database.db
      .update(courtCases)
      .set({ judgeId: other.id })
      .where(eq(courtCases.id, c.id));
    const edited = await verifyAllocations(t.database.db, range, { now: tomorrow });
    expect(edited.problems.map((p) => p.code)).toEqual(['projection-mismatch']);
    expect(edited.problems[0]!.caseNumber).toBe(c.number);

    // Someone with the database owner's rights switches the guard off and edits the log itself.
    await expect(
      t.database.db.execute(
        sql`DELETE FROM allocation_log WHERE seq = ${recused.allocation!.entry.seq}`,
      ),
    ).rejects.toThrow();
    await t.database.db.execute(
      sql`ALTER TABLE allocation_log DISABLE TRIGGER allocation_log_no_update_delete`,
    );
    await t.database.db.execute(
      sql`UPDATE allocation_log SET payload = jsonb_set(payload, '{judge}', to_jsonb(${other.id}::text)) WHERE seq = ${recused.allocation!.entry.seq}`,
    );
    const forged = await verifyAllocations(t.database.db, range, { now: tomorrow });
    expect(forged.ok).toBe(false);
    expect(forged.problems.map((p) => p.code)).toContain('hash-mismatch');
    const [row] = await t.database.db
      .select()
      .from(allocationLog)
      .where(eq(allocationLog.seq, recused.allocation!.entry.seq));
    expect(row).toBeDefined();
  });
});
