import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { expectedCounts, fairness } from '../engine/fairness.ts';
import type { Day, LogPayload } from '../engine/types.ts';
import { allocationLog, judges } from '../schema.ts';

type Allocation = Extract<LogPayload, { kind: 'allocation' }>;

/** The court's allocations of a period as the log holds them. */
export async function allocationsOf(
  db: Db,
  courtId: string,
  range: { from?: Day | undefined; to?: Day | undefined },
) {
  const rows = await db
    .select({ seq: allocationLog.seq, day: allocationLog.day, payload: allocationLog.payload })
    .from(allocationLog)
    .where(
      and(
        eq(allocationLog.courtId, courtId),
        eq(allocationLog.kind, 'allocation'),
        range.from ? gte(allocationLog.day, range.from) : undefined,
        range.to ? lte(allocationLog.day, range.to) : undefined,
      ),
    )
    .orderBy(asc(allocationLog.seq));
  return rows.map((r) => ({ seq: r.seq, day: r.day, payload: r.payload as Allocation }));
}

/**
 * Per judge: allocations received against the number their weights made expected, and the
 * chi-square test of the whole (observed vs expected by weight) with its verdict and reasons.
 */
export async function courtStatistics(
  db: Db,
  courtId: string,
  range: { from?: Day | undefined; to?: Day | undefined },
) {
  const allocations = await allocationsOf(db, courtId, range);
  const counts = expectedCounts(
    allocations.map((a) => ({ eligible: a.payload.eligible, judge: a.payload.judge })),
  );
  const result = fairness(counts);
  const points = new Map<string, number>();
  for (const a of allocations)
    points.set(a.payload.judge, (points.get(a.payload.judge) ?? 0) + a.payload.points);
  const ids = counts.map((c) => c.judge);
  const names = new Map(
    (ids.length
      ? await db
          .select({ id: judges.id, name: judges.fullName })
          .from(judges)
          .where(inArray(judges.id, ids))
      : []
    ).map((j) => [j.id, j.name]),
  );
  return {
    judges: result.judges
      .map((j) => ({
        judge: { id: j.judge, name: names.get(j.judge) ?? j.judge },
        allocations: j.observed,
        expected: j.expected,
        contribution: j.contribution,
        points: points.get(j.judge) ?? 0,
      }))
      .sort((a, b) => a.judge.name.localeCompare(b.judge.name, 'ru')),
    fairness: {
      statistic: result.statistic,
      degreesOfFreedom: result.degreesOfFreedom,
      pValue: result.pValue,
      allocations: result.allocations,
      verdict: result.verdict,
      reason: result.reason,
      significance: result.significance,
    },
  };
}
