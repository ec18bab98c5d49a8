import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/service.ts';
import { recordAuditNow } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { conflictFindings, conflictNotifications } from '../schema.ts';
import { readableCase } from './access.ts';
import { caseTimeline } from './timeline.ts';
import type { IntegrityViewer } from './viewer.ts';

/**
 * A case with its findings (each with the path that explains it), the official's notifications
 * and the head's decisions, and its timeline. Reading someone else's case is audited.
 */
export async function caseDetail(db: Db, viewer: IntegrityViewer, actor: Actor, id: string) {
  const { kase, person, declarant, own } = await readableCase(db, viewer, id);
  const [agency] = await db
    .select({ id: agencies.id, code: agencies.code, name: agencies.name })
    .from(agencies)
    .where(eq(agencies.id, kase.agencyId));
  const findings = await db
    .select()
    .from(conflictFindings)
    .where(eq(conflictFindings.caseId, id))
    .orderBy(asc(conflictFindings.firstFoundAt), asc(conflictFindings.id));
  const notifications = await db
    .select()
    .from(conflictNotifications)
    .where(eq(conflictNotifications.caseId, id))
    .orderBy(asc(conflictNotifications.filedAt), asc(conflictNotifications.id));
  if (!own) {
    await recordAuditNow(db, actor, {
      action: 'conflict_case.viewed',
      entityType: 'conflict_case',
      entityId: id,
      details: { officialPersonId: person.id },
    });
  }
  return {
    id: kase.id,
    state: kase.state,
    origin: kase.origin,
    summary: kase.summary,
    official: {
      id: person.id,
      fullName: person.fullName,
      post: declarant?.post ?? null,
      postCategory: declarant?.postCategory ?? null,
    },
    agency: agency ?? null,
    openedAt: kase.openedAt.toISOString(),
    closedAt: kase.closedAt?.toISOString() ?? null,
    outcome: kase.outcome,
    liability: kase.liability,
    closingNote: kase.closingNote,
    synthetic: kase.synthetic,
    findings: findings.map((f) => ({
      id: f.id,
      rule: f.rule,
      severity: f.severity,
      state: f.state,
      path: f.path,
      firstFoundAt: f.firstFoundAt.toISOString(),
      lastSeenAt: f.lastSeenAt.toISOString(),
    })),
    notifications: notifications.map((n) => ({
      id: n.id,
      post: n.post,
      description: n.description,
      relatedParty: n.relatedParty,
      filedAt: n.filedAt.toISOString(),
      state: n.state,
      measure: n.measure,
      measureText: n.measureText,
      decidedAt: n.decidedAt?.toISOString() ?? null,
    })),
    timeline: await caseTimeline(
      db,
      id,
      notifications.map((n) => n.id),
      !own,
    ),
  };
}
