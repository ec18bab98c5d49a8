import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { hashPassword } from '../../platform/auth/password.ts';
import { users } from '../../platform/auth/schema.ts';
import { DEMO_PASSWORD } from '../../platform/auth/seed.ts';
import type { Db } from '../../platform/db/client.ts';
import { agencies } from '../../platform/reference/schema.ts';
import { buildDemoPlans, DEMO_YEARS, type DemoIndicator } from './demo-data.ts';
import { loadIndicatorDefinitions } from './indicators/definition.ts';
import {
  agencyPlans,
  evidenceFiles,
  measureReports,
  measures,
  reportingPeriods,
} from './plans/schema.ts';
import { strategyActivities } from './schema.ts';

const DEMO_AGENCY_KINDS = ['ministry', 'state_service', 'state_committee', 'local_self_government'];

/** The demo's reporting periods: 2021-2023 closed; 2024's window kept open so the demo can be tried. */
function periodWindow(year: number) {
  return year === 2024
    ? { opensAt: new Date(Date.UTC(2025, 0, 1)), closesAt: new Date(Date.UTC(2027, 11, 31)) }
    : {
        opensAt: new Date(Date.UTC(year + 1, 0, 1)),
        closesAt: new Date(Date.UTC(year + 1, 3, 30)),
      };
}

const DEMO_EVIDENCE_TEXT = Buffer.from(
  'Синтетикалык демо далил / Синтетическое демонстрационное подтверждение / Synthetic demo evidence.\n' +
    'This file is not a real document.\n',
  'utf8',
);
const DEMO_EVIDENCE = {
  filename: 'demo-evidence-synthetic.txt',
  mediaType: 'text/plain',
  sizeBytes: DEMO_EVIDENCE_TEXT.length,
  sha256: createHash('sha256').update(DEMO_EVIDENCE_TEXT).digest('hex'),
  content: new Uint8Array(DEMO_EVIDENCE_TEXT),
};

/** The manual indicators of each Plan activity (an indicator's code starts with its activity's). */
function manualIndicatorsByActivity(): Map<string, DemoIndicator[]> {
  const byActivity = new Map<string, DemoIndicator[]>();
  for (const d of loadIndicatorDefinitions()) {
    if (d.source.kind !== 'manual') continue;
    const activity = d.code.split('.').slice(0, 2).join('.');
    byActivity.set(activity, [
      ...(byActivity.get(activity) ?? []),
      { code: d.code, unit: d.unit, target: d.target?.value ?? null },
    ]);
  }
  return byActivity;
}

/** Stores the synthetic plans, measures and reports once; a database that has them is left alone. */
export async function seedStrategyDemo(db: Db): Promise<string[]> {
  const [existing] = await db
    .select({ id: agencyPlans.id })
    .from(agencyPlans)
    .where(eq(agencyPlans.synthetic, true))
    .limit(1);
  if (existing) return [];
  const targets = await db
    .select({ id: agencies.id, code: agencies.code })
    .from(agencies)
    .where(inArray(agencies.kind, DEMO_AGENCY_KINDS))
    // The Ministry of Justice first: its officer is the demo login printed at start.
    .orderBy(sql`${agencies.code} = 'ministry-of-justice' DESC`, agencies.code)
    .limit(14);
  const activityCodes = (
    await db.select({ code: strategyActivities.code }).from(strategyActivities)
  ).map((a) => a.code);
  if (targets.length === 0 || activityCodes.length === 0) return [];
  const plans = buildDemoPlans(targets, activityCodes, undefined, manualIndicatorsByActivity());
  const [coordinator] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'coordinator'));
  const passwordHash = hashPassword(DEMO_PASSWORD);
  let reportCount = 0;
  let evidenceCount = 0;

  await db.transaction(async (tx) => {
    const periodIds = new Map<number, string>();
    for (const year of DEMO_YEARS) {
      const [period] = await tx
        .insert(reportingPeriods)
        .values({ kind: 'year', year, number: 1, ...periodWindow(year) })
        .onConflictDoUpdate({
          target: [reportingPeriods.kind, reportingPeriods.year, reportingPeriods.number],
          set: { kind: sql`excluded.kind` },
        })
        .returning({ id: reportingPeriods.id });
      periodIds.set(year, period!.id);
    }
    for (const plan of plans) {
      // The demo officer of the Ministry of Justice is the one printed at start; the others are
      // synthetic accounts of their agencies, with the same demo password.
      const agencyCode = plan.key;
      const username =
        agencyCode === 'ministry-of-justice' ? 'officer' : `officer-${agencyCode}`.slice(0, 64);
      await tx
        .insert(users)
        .values({
          username,
          displayName: `Демо кызматкер (${agencyCode})`,
          passwordHash,
          roles: ['officer'],
          agencyId: plan.agencyId,
          synthetic: true,
        })
        .onConflictDoNothing({ target: users.username });
      const [author] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.username, username)));
      const [stored] = await tx
        .insert(agencyPlans)
        .values({
          agencyId: plan.agencyId,
          kind: 'departmental',
          title: plan.title,
          yearFrom: 2021,
          yearTo: 2024,
          synthetic: true,
          createdBy: author!.id,
        })
        .returning({ id: agencyPlans.id });
      for (const m of plan.measures) {
        const [measure] = await tx
          .insert(measures)
          .values({
            planId: stored!.id,
            agencyId: plan.agencyId,
            activityCode: m.activityCode,
            title: m.title,
            deadline: m.deadline,
            responsibleUserId: author!.id,
            plannedBudget: m.plannedBudgetTyiyn,
            plannedBudgetCurrency: 'KGS',
            executedBudget: m.executedBudgetTyiyn,
            executedBudgetCurrency: m.executedBudgetTyiyn === null ? null : 'KGS',
            synthetic: true,
          })
          .returning({ id: measures.id });
        if (m.reports.length === 0) continue;
        const storedReports = await tx
          .insert(measureReports)
          .values(
            m.reports.map((r) => ({
              measureId: measure!.id,
              periodId: periodIds.get(r.year)!,
              version: 1,
              state: r.state,
              executionStatus: r.executionStatus,
              narrative: r.narrative,
              indicatorValues: r.indicatorValues,
              authorId: author!.id,
              reviewerId: r.reviewedAt ? (coordinator?.id ?? null) : null,
              reviewComment: r.reviewComment,
              submittedAt: r.submittedAt,
              reviewedAt: r.reviewedAt,
              publishedAt: r.publishedAt,
              createdAt: r.submittedAt ?? new Date(Date.UTC(r.year + 1, 0, 5)),
            })),
          )
          .returning({ id: measureReports.id, state: measureReports.state });
        // The first published report of a measure carries a small evidence file, so the public
        // drill-down shows what evidence looks like.
        const published = storedReports.find((r) => r.state === 'published');
        if (published) {
          await tx.insert(evidenceFiles).values({
            reportId: published.id,
            ...DEMO_EVIDENCE,
            uploadedBy: author!.id,
          });
          evidenceCount++;
        }
        reportCount += m.reports.length;
      }
    }
  });
  const measureCount = plans.reduce((n, p) => n + p.measures.length, 0);
  return [
    `strategy demo: ${plans.length} synthetic plans, ${measureCount} measures, ${reportCount} reports, ${evidenceCount} evidence files`,
  ];
}
