import { and, asc, eq, inArray, notLike, or } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit/schema.ts';
import type { Db } from '../../../platform/db/client.ts';

/** Enough for any real case; a runaway log cannot make the page unbounded. */
const MAX_EVENTS = 500;

/**
 * What happened to a case, from the audit log: its own events and those of its notifications
 * (filed, decided). Reads are left out: the timeline tells the case's story, not who looked.
 */
export async function caseTimeline(
  db: Db,
  caseId: string,
  notificationIds: readonly string[],
  withActors: boolean,
) {
  const subject = or(
    and(eq(auditLog.entityType, 'conflict_case'), eq(auditLog.entityId, caseId)),
    notificationIds.length
      ? and(
          eq(auditLog.entityType, 'conflict_notification'),
          inArray(auditLog.entityId, [...notificationIds]),
        )
      : undefined,
  );
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(subject, notLike(auditLog.action, '%.viewed')))
    .orderBy(asc(auditLog.id))
    .limit(MAX_EVENTS);
  return rows.map((r) => ({
    at: r.at.toISOString(),
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    // The official sees what happened, not which staff account did it.
    actorName: withActors ? r.actorName : null,
    details: r.details as Record<string, unknown>,
  }));
}
