import { eq } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { badInput, invalidReference } from '../../../platform/http/errors.ts';
import { conflictsWithParties } from '../../integrity/dealings/court-parties.ts';
import { courtByCode } from '../config/publish.ts';
import { bishkekDay } from '../engine/days.ts';
import { type AllocationKey, currentAllocationKey } from '../keys/signing-key.ts';
import { type LogWriter, withAllocationLog } from '../log/writer.ts';
import { type CaseParty, courtCases, courtRecusals, judges } from '../schema.ts';
import { allocateIn } from './allocate.ts';
import { claimFingerprint } from './fingerprint.ts';

export interface NewCase {
  category: string;
  claim: string;
  parties: CaseParty[];
  earlierCaseNumber?: string | null | undefined;
  synthetic?: boolean;
}

/** The next number of the court's year: CODE-YYYY-NNNNN (under the log lock, so never twice). */
function nextNumber(log: LogWriter, court: { id: string; code: string }, at: Date) {
  const prefix = `${court.code.toUpperCase()}-${bishkekDay(at).slice(0, 4)}-`;
  return `${prefix}${String(log.ledger.lastNumber(prefix) + 1).padStart(5, '0')}`;
}

/**
 * Registers a case and allocates it at once, in one transaction: the case, the recusals the
 * conflicts module finds between the court's judges and the parties, and the allocation (or its
 * explained failure) are logged together.
 */
export async function registerCaseIn(
  log: LogWriter,
  key: AllocationKey,
  court: { id: string; code: string },
  input: NewCase,
  actor: Actor,
  at = new Date(),
) {
  const tx = log.tx;
  if (!log.ledger.categories.has(input.category))
    throw invalidReference({ field: 'category', value: input.category });
  let earlierCaseId: string | null = null;
  if (input.earlierCaseNumber) {
    const found = await tx
      .select({ id: courtCases.id })
      .from(courtCases)
      .where(eq(courtCases.number, input.earlierCaseNumber.trim()));
    if (found.length !== 1) throw badInput({ field: 'earlierCaseNumber', problem: 'no such case' });
    earlierCaseId = found[0]!.id;
  }
  const number = nextNumber(log, court, at);
  const fingerprint = claimFingerprint(input.category, input.claim, input.parties);
  const [row] = await tx
    .insert(courtCases)
    .values({
      courtId: court.id,
      number,
      category: input.category,
      claim: input.claim,
      parties: input.parties,
      claimFingerprint: fingerprint,
      earlierCaseId,
      filedAt: at,
      registeredBy: actor.id,
      synthetic: input.synthetic ?? false,
    })
    .returning();
  const caseId = row!.id;
  log.append(
    {
      kind: 'case',
      case: caseId,
      number,
      court: court.id,
      category: input.category,
      claimFingerprint: fingerprint,
      earlierCase: earlierCaseId,
    },
    at,
  );
  // Only a party named by PIN or INN can be found in the relations graph.
  const conflicts = input.parties.some((p) => p.identifier)
    ? await conflictsWithParties(
        tx,
        await tx
          .select({ id: judges.id, pin: judges.pin })
          .from(judges)
          .where(eq(judges.courtId, court.id)),
        input.parties,
      )
    : [];
  for (const judgeId of new Set(conflicts.map((c) => c.judgeId))) {
    const entry = log.append(
      { kind: 'recusal', case: caseId, judge: judgeId, grounds: 'conflict' },
      at,
    );
    await tx.insert(courtRecusals).values({
      caseId,
      judgeId,
      grounds: 'conflict',
      evidence: conflicts.filter((c) => c.judgeId === judgeId),
      seq: entry.seq,
      recordedBy: actor.id,
    });
  }
  const allocation = await allocateIn(log, key, caseId, 'initial', at);
  await recordAudit(tx, actor, {
    action: 'court.case.registered',
    entityType: 'court_case',
    entityId: caseId,
    details: {
      number,
      seq: allocation.entry.seq,
      judge: allocation.outcome.kind === 'allocation' ? allocation.outcome.judge : null,
      conflicts: conflicts.length,
    },
  });
  return { case: { id: caseId, number }, ...allocation };
}

export async function registerCase(
  db: Db,
  code: string,
  input: NewCase,
  actor: Actor,
  key = currentAllocationKey(),
) {
  const court = await courtByCode(db, code);
  return withAllocationLog(db, (log) => registerCaseIn(log, key, court, input, actor));
}
