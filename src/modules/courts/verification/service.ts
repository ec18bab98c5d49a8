import type { Db } from '../../../platform/db/client.ts';
import { bishkekDay } from '../engine/days.ts';
import type { Ledger } from '../engine/ledger.ts';
import type { Day, LogEntry, PublicKey } from '../engine/types.ts';
import { type Problem, replayAndVerify, type VerificationReport } from '../engine/verify.ts';
import { nodeCrypto } from '../node-crypto.ts';
import { allocationLog, courtCases, judges } from '../schema.ts';
import { loadPublished } from './load.ts';

export type ProjectionProblem = {
  code: 'projection-mismatch';
  seq: number | null;
  day: Day | null;
  caseNumber: string | null;
  message: string;
};

/**
 * The platform's tables against the log they are projected from: a case's judge, a judge's
 * published state, the log's index columns. An edit that bypassed the log shows up here, named.
 */
async function projectionProblems(
  db: Db,
  entries: readonly LogEntry[],
  ledger: Ledger,
): Promise<ProjectionProblem[]> {
  const problems: ProjectionProblem[] = [];
  const say = (message: string, caseNumber: string | null = null, seq: number | null = null) =>
    problems.push({ code: 'projection-mismatch', seq, day: null, caseNumber, message });

  for (const row of await db.select().from(courtCases)) {
    const c = ledger.cases.get(row.id);
    if (!c) say(`case ${row.number} is in the register but was never logged`, row.number);
    else if (c.number !== row.number || c.category !== row.category || c.court !== row.courtId)
      say(`case ${row.number}: number, court or category differ from the log`, row.number);
    else if ((c.judge ?? null) !== (row.judgeId ?? null))
      say(
        `case ${row.number}: the register names a judge other than the one the log allocated`,
        row.number,
      );
  }
  for (const row of await db.select().from(judges)) {
    const v = ledger.judgeVersions.get(row.id)?.at(-1);
    if (
      !v ||
      v.name !== row.fullName ||
      v.status !== row.status ||
      v.loadPercent !== row.loadPercent ||
      v.chamber !== row.chamberId ||
      v.effectiveFrom !== row.effectiveFrom ||
      v.specialisations.join(',') !== [...row.specialisations].sort().join(',')
    )
      say(`judge ${row.fullName}: the register differs from the judge's last published version`);
  }
  const columns = await db
    .select({
      seq: allocationLog.seq,
      kind: allocationLog.kind,
      caseId: allocationLog.caseId,
      courtId: allocationLog.courtId,
    })
    .from(allocationLog);
  const bySeq = new Map(entries.map((e) => [e.seq, e]));
  for (const col of columns) {
    const p = bySeq.get(col.seq)?.payload as
      | { kind: string; case?: string; court?: string }
      | undefined;
    if (
      p &&
      (p.kind !== col.kind || (p.case ?? null) !== col.caseId || (p.court ?? null) !== col.courtId)
    )
      say(`log entry ${col.seq}: its index columns differ from its content`, null, col.seq);
  }
  return problems;
}

export interface ServerVerification extends Omit<VerificationReport, 'problems'> {
  problems: Array<Problem | ProjectionProblem>;
}

/**
 * What `akniet verify allocations` runs: the published log replayed and checked by the same
 * pure engine the browser runs, plus the platform's own tables checked against the log.
 * `pinnedKeys` replaces the keys read from the database (a key obtained out of band).
 */
export async function verifyAllocations(
  db: Db,
  range: { from: Day; to: Day },
  opts: { now?: Date; pinnedKeys?: PublicKey[] } = {},
): Promise<ServerVerification> {
  const published = await loadPublished(db);
  const { report, ledger } = replayAndVerify(nodeCrypto, {
    ...published,
    keys: opts.pinnedKeys ?? published.keys,
    from: range.from,
    to: range.to,
    today: bishkekDay(opts.now ?? new Date()),
    now: (opts.now ?? new Date()).toISOString(),
  });
  const projection = await projectionProblems(db, published.entries, ledger);
  const problems = [...report.problems, ...projection];
  return { ...report, problems, ok: problems.length === 0 };
}
