import { and, eq } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, badInput, notFound } from '../../../platform/http/errors.ts';
import { bishkekDay } from '../engine/days.ts';
import { currentAllocationKey } from '../keys/signing-key.ts';
import { withAllocationLog } from '../log/writer.ts';
import { courtCases, courtRecusals, judges } from '../schema.ts';
import { allocateIn } from './allocate.ts';

async function caseOf(db: Db, id: string) {
  const [row] = await db.select().from(courtCases).where(eq(courtCases.id, id));
  if (!row) throw notFound({ case: id });
  return row;
}

/**
 * Records a judge's recusal from a case; when the judge holds the case, it is re-allocated at
 * once with the recusal as its ground. A recusal is logged and published (without the note).
 */
export async function recordRecusal(
  db: Db,
  caseId: string,
  input: { judge: string; note: string },
  actor: Actor,
  key = currentAllocationKey(),
) {
  const theCase = await caseOf(db, caseId);
  const [judge] = await db
    .select({ id: judges.id })
    .from(judges)
    .where(and(eq(judges.id, input.judge), eq(judges.courtId, theCase.courtId)));
  if (!judge) throw badInput({ field: 'judge', problem: 'not a judge of the case court' });
  return withAllocationLog(db, async (log) => {
    const known = log.ledger.cases.get(caseId)?.recusals.get(input.judge);
    if (known)
      throw new AppError(409, 'conflict', {
        problem: 'the judge is already recused from this case',
      });
    const at = new Date();
    const entry = log.append(
      { kind: 'recusal', case: caseId, judge: input.judge, grounds: 'declared' },
      at,
    );
    await log.tx.insert(courtRecusals).values({
      caseId,
      judgeId: input.judge,
      grounds: 'declared',
      note: input.note,
      seq: entry.seq,
      recordedBy: actor.id,
    });
    const holds = log.ledger.cases.get(caseId)?.judge === input.judge;
    const allocation = holds ? await allocateIn(log, key, caseId, 'recusal', at) : null;
    await recordAudit(log.tx, actor, {
      action: 'court.case.recusal',
      entityType: 'court_case',
      entityId: caseId,
      details: {
        judge: input.judge,
        seq: entry.seq,
        reallocatedSeq: allocation?.entry.seq ?? null,
      },
    });
    return { recusalSeq: entry.seq, allocation };
  });
}

/**
 * Re-allocates a case whose judge has left office or is absent: allowed only when that ground
 * is on record for the case's current judge, and logged as its own event.
 */
export async function reallocateCase(
  db: Db,
  caseId: string,
  input: { reason: 'judge_left' | 'judge_absent'; note: string },
  actor: Actor,
  key = currentAllocationKey(),
) {
  await caseOf(db, caseId);
  return withAllocationLog(db, async (log) => {
    const at = new Date();
    if (!log.ledger.reasonHolds(caseId, input.reason, bishkekDay(at)))
      throw new AppError(409, 'reallocation_ground_not_held', { reason: input.reason });
    const previous = log.ledger.cases.get(caseId)?.judge ?? null;
    const allocation = await allocateIn(log, key, caseId, input.reason, at);
    await recordAudit(log.tx, actor, {
      action: 'court.case.reallocated',
      entityType: 'court_case',
      entityId: caseId,
      details: {
        reason: input.reason,
        note: input.note,
        previousJudge: previous,
        seq: allocation.entry.seq,
      },
    });
    return allocation;
  });
}
