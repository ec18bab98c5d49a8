import { and, eq } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, badInput, notFound } from '../../../platform/http/errors.ts';
import type { Day } from '../engine/types.ts';
import { type LogWriter, withAllocationLog } from '../log/writer.ts';
import { courtChambers, judgeAbsences, judges } from '../schema.ts';
import { courtByCode, effectiveFromOf } from './publish.ts';

export interface JudgeInput {
  name: string;
  pin?: string | null | undefined;
  chamber: string;
  specialisations: string[];
  loadPercent: number;
  synthetic?: boolean;
}

async function chamberOf(db: Db, courtId: string, chamberId: string) {
  const [chamber] = await db
    .select()
    .from(courtChambers)
    .where(and(eq(courtChambers.id, chamberId), eq(courtChambers.courtId, courtId)));
  if (!chamber) throw badInput({ field: 'chamber', problem: 'not a chamber of this court' });
  return chamber;
}

function logVersion(log: LogWriter, row: typeof judges.$inferSelect, at?: Date) {
  log.append(
    {
      kind: 'judge',
      judge: row.id,
      court: row.courtId,
      chamber: row.chamberId,
      name: row.fullName,
      specialisations: [...row.specialisations].sort(),
      loadPercent: row.loadPercent,
      status: row.status as 'active' | 'left',
      effectiveFrom: row.effectiveFrom,
    },
    at,
  );
}

export async function addJudgeIn(
  log: LogWriter,
  courtId: string,
  input: JudgeInput,
  actor: Actor,
  at = new Date(),
) {
  await chamberOf(log.tx, courtId, input.chamber);
  const [row] = await log.tx
    .insert(judges)
    .values({
      courtId,
      chamberId: input.chamber,
      fullName: input.name,
      pin: input.pin ?? null,
      specialisations: [...new Set(input.specialisations)].sort(),
      loadPercent: input.loadPercent,
      status: 'active',
      effectiveFrom: effectiveFromOf(at),
      synthetic: input.synthetic ?? false,
    })
    .returning();
  logVersion(log, row!, at);
  await recordAudit(log.tx, actor, {
    action: 'court.judge.added',
    entityType: 'judge',
    entityId: row!.id,
    details: { effectiveFrom: row!.effectiveFrom },
  });
  return row!;
}

export async function addJudge(db: Db, code: string, input: JudgeInput, actor: Actor) {
  const court = await courtByCode(db, code);
  return withAllocationLog(db, (log) => addJudgeIn(log, court.id, input, actor));
}

export interface JudgeChange {
  chamber?: string | undefined;
  specialisations?: string[] | undefined;
  loadPercent?: number | undefined;
  status?: 'active' | 'left' | undefined;
}

/** A new version of the judge, in force from tomorrow. */
export async function changeJudgeIn(
  log: LogWriter,
  id: string,
  change: JudgeChange,
  actor: Actor,
  at = new Date(),
) {
  const [current] = await log.tx.select().from(judges).where(eq(judges.id, id));
  if (!current) throw notFound({ judge: id });
  if (change.chamber) await chamberOf(log.tx, current.courtId, change.chamber);
  const [row] = await log.tx
    .update(judges)
    .set({
      chamberId: change.chamber ?? current.chamberId,
      specialisations: change.specialisations
        ? [...new Set(change.specialisations)].sort()
        : current.specialisations,
      loadPercent: change.loadPercent ?? current.loadPercent,
      status: change.status ?? current.status,
      effectiveFrom: effectiveFromOf(at),
    })
    .where(eq(judges.id, id))
    .returning();
  logVersion(log, row!, at);
  await recordAudit(log.tx, actor, {
    action: 'court.judge.changed',
    entityType: 'judge',
    entityId: id,
    details: { ...change, effectiveFrom: row!.effectiveFrom },
  });
  return row!;
}

export const changeJudge = (db: Db, id: string, change: JudgeChange, actor: Actor) =>
  withAllocationLog(db, (log) => changeJudgeIn(log, id, change, actor));

export interface AbsenceInput {
  kind: 'leave' | 'sickness' | 'training' | 'other';
  from: Day;
  to: Day;
}

/** An absence counts from the day after it is recorded, until its last day. */
export async function addAbsenceIn(
  log: LogWriter,
  judgeId: string,
  input: AbsenceInput,
  actor: Actor,
  at = new Date(),
) {
  const [judge] = await log.tx.select().from(judges).where(eq(judges.id, judgeId));
  if (!judge) throw notFound({ judge: judgeId });
  if (input.to < input.from)
    throw badInput({ field: 'to', problem: 'the absence ends before it starts' });
  const effectiveFrom = effectiveFromOf(at);
  if (input.to < effectiveFrom)
    throw new AppError(400, 'absence_without_effect', { effectiveFrom });
  const [row] = await log.tx
    .insert(judgeAbsences)
    .values({
      judgeId,
      kind: input.kind,
      startsOn: input.from,
      endsOn: input.to,
      effectiveFrom,
      recordedBy: actor.id,
    })
    .returning();
  log.append(
    {
      kind: 'absence',
      absence: row!.id,
      judge: judgeId,
      from: input.from,
      to: input.to,
      effectiveFrom,
    },
    at,
  );
  await recordAudit(log.tx, actor, {
    action: 'court.judge.absence',
    entityType: 'judge',
    entityId: judgeId,
    details: { from: input.from, to: input.to, effectiveFrom },
  });
  return row!;
}

export const addAbsence = (db: Db, judgeId: string, input: AbsenceInput, actor: Actor) =>
  withAllocationLog(db, (log) => addAbsenceIn(log, judgeId, input, actor));
