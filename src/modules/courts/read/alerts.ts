import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import {
  type Alert,
  absenceClusters,
  repeatedFilings,
  smallEligibleSets,
} from '../engine/alerts.ts';
import { bishkekDay } from '../engine/days.ts';
import type { LogPayload } from '../engine/types.ts';
import {
  allocationLog,
  allocationRules,
  caseCategories,
  courtChambers,
  judges,
} from '../schema.ts';
import { allocationsOf } from './statistics.ts';

type CasePayload = Extract<LogPayload, { kind: 'case' }>;
type AbsencePayload = Extract<LogPayload, { kind: 'absence' }>;

export const ALERT_KINDS = ['small-eligible-set', 'absence-cluster', 'repeated-filing'] as const;

/**
 * The manipulation patterns the issue names, from the court's published log: allocations with
 * few eligible judges, bursts of fresh absences that shrank a chamber before a case arrived,
 * and the same claim by the same parties filed again. Newest first.
 */
export async function courtAlerts(db: Db, courtId: string): Promise<Alert[]> {
  const [allocations, caseRows, rules, chambers, courtJudges, categories] = await Promise.all([
    allocationsOf(db, courtId, {}),
    db
      .select({ day: allocationLog.day, payload: allocationLog.payload })
      .from(allocationLog)
      .where(and(eq(allocationLog.courtId, courtId), eq(allocationLog.kind, 'case')))
      .orderBy(asc(allocationLog.seq)),
    db.select().from(allocationRules),
    db.select().from(courtChambers).where(eq(courtChambers.courtId, courtId)),
    db
      .select({ id: judges.id, chamberId: judges.chamberId })
      .from(judges)
      .where(eq(judges.courtId, courtId)),
    db.select().from(caseCategories),
  ]);
  const rulesOf = new Map(rules.map((r) => [r.version, r.rules]));
  const latest = rules.sort((a, b) => a.version - b.version).at(-1)?.rules;
  const alerts: Alert[] = [];

  for (const [version, r] of rulesOf) {
    const own = allocations.filter((a) => a.payload.rulesVersion === version);
    alerts.push(
      ...smallEligibleSets(
        own.map((a) => ({
          seq: a.seq,
          day: a.day,
          case: a.payload.case,
          number: a.payload.number,
          eligibleCount: a.payload.eligible.length,
        })),
        r.smallEligibleSet,
      ),
    );
  }

  const absenceRows = courtJudges.length
    ? await db
        .select({ at: allocationLog.at, payload: allocationLog.payload })
        .from(allocationLog)
        .where(
          and(
            eq(allocationLog.kind, 'absence'),
            inArray(
              allocationLog.judgeId,
              courtJudges.map((j) => j.id),
            ),
          ),
        )
    : [];
  const absences = absenceRows.map((a) => {
    const p = a.payload as AbsencePayload;
    return { judge: p.judge, from: p.from, to: p.to, publishedDay: bishkekDay(a.at) };
  });
  const specialisationOf = new Map(categories.map((c) => [c.code, c.specialisation]));
  if (absences.length)
    for (const a of allocations) {
      const rule = rulesOf.get(a.payload.rulesVersion)?.absenceCluster;
      if (!rule) continue;
      for (const chamber of chambers.filter(
        (c) => c.specialisation === specialisationOf.get(a.payload.category),
      )) {
        const alert = absenceClusters({
          day: a.day,
          case: a.payload.case,
          number: a.payload.number,
          chamber: chamber.id,
          chamberJudges: courtJudges.filter((j) => j.chamberId === chamber.id).map((j) => j.id),
          absences,
          rule,
        });
        if (alert) alerts.push(alert);
      }
    }

  alerts.push(
    ...repeatedFilings(
      caseRows.map((c) => {
        const p = c.payload as CasePayload;
        return { case: p.case, number: p.number, day: c.day, claimFingerprint: p.claimFingerprint };
      }),
      latest?.repeatedFilingDays ?? 90,
    ),
  );
  return alerts.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}
