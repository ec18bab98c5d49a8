import { and, desc, eq, gt, inArray, isNotNull, sql } from 'drizzle-orm';
import { recordAuditNow, SYSTEM_ACTOR } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { jobs } from '../../../platform/jobs/schema.ts';
import { declarations, declarationVersions } from '../../declarations/schema.ts';
import { syncAgencies } from '../graph/entities.ts';
import { resolvePersons } from '../graph/resolve.ts';
import { syncAllDeclarants, syncInterestDeclaration } from '../graph/sync.ts';
import { dealings, interestDeclarations, relations } from '../schema.ts';
import { detectAll, recheckPersons } from './store.ts';

/** Picks up what changed since its last run (declarations, interest declarations, dealings, relations) and re-checks around it. */
export const FOLLOW_JOB = 'integrity.follow-changes';
/** The full pass: every official, against today's graph (nightly, and on a verifier's request). */
export const DETECT_ALL_JOB = 'integrity.detect-all';

async function lastMark(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ mark: sql<string | null>`${jobs.result}->>'mark'` })
    .from(jobs)
    .where(and(eq(jobs.kind, FOLLOW_JOB), eq(jobs.status, 'done')))
    .orderBy(desc(jobs.updatedAt))
    .limit(1);
  return row?.mark ? new Date(row.mark) : null;
}

/**
 * The incremental job. Declarations belong to another module, so instead of being called by it
 * this job reads what was submitted since its last mark (kept in its own job result); a first
 * run starts from now, since the seed and the nightly pass cover the past.
 */
export async function followJob(db: Db, now = new Date()) {
  return followChanges(db, { since: (await lastMark(db)) ?? now, now });
}

/** Re-syncs and re-checks around what changed between `since` and `now`. */
export async function followChanges(db: Db, { since, now }: { since: Date; now: Date }) {
  const submitted = await db
    .selectDistinct({ declarantId: declarations.declarantId })
    .from(declarationVersions)
    .innerJoin(declarations, eq(declarations.id, declarationVersions.declarationId))
    .where(gt(declarationVersions.submittedAt, since));
  const persons = await syncAllDeclarants(
    db,
    submitted.map((s) => s.declarantId),
  );
  const filed = await db
    .select({ id: interestDeclarations.id })
    .from(interestDeclarations)
    .where(gt(interestDeclarations.filedAt, since));
  for (const f of filed) persons.push(...(await syncInterestDeclaration(db, f.id)));
  await resolvePersons(db, persons);
  const newDealings = await db
    .select({
      organisation: dealings.counterpartyOrganisationId,
      person: dealings.counterpartyPersonId,
    })
    .from(dealings)
    .where(gt(dealings.createdAt, since));
  const newRelations = await db
    .select({
      from: relations.fromPersonId,
      to: relations.toPersonId,
      organisation: relations.toOrganisationId,
    })
    .from(relations)
    .where(
      and(
        gt(relations.createdAt, since),
        isNotNull(relations.fromPersonId),
        inArray(relations.source, ['registry', 'manual', 'notification']),
      ),
    );
  const changedPersons = [
    ...persons,
    ...newDealings.flatMap((d) => (d.person ? [d.person] : [])),
    ...newRelations.flatMap((r) => [r.from, r.to].filter((x): x is string => x !== null)),
  ];
  const changedOrganisations = [
    ...newDealings.flatMap((d) => (d.organisation ? [d.organisation] : [])),
    ...newRelations.flatMap((r) => (r.organisation ? [r.organisation] : [])),
  ];
  const result = await recheckPersons(
    db,
    { persons: [...new Set(changedPersons)], organisations: [...new Set(changedOrganisations)] },
    now,
  );
  return { mark: now.toISOString(), declarants: submitted.length, ...result };
}

/** The nightly full pass: re-reads every declarant and registry extract, then detects for all. */
export async function fullPass(db: Db, now = new Date()) {
  await syncAgencies(db);
  await syncAllDeclarants(db);
  const resolution = await resolvePersons(db);
  const result = { ...(await detectAll(db, now)), ...resolution };
  await recordAuditNow(db, SYSTEM_ACTOR, {
    action: 'conflicts.detected',
    entityType: 'conflict_finding',
    details: { ...result },
  });
  return result;
}
