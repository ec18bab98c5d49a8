import { and, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { guarded, notFound } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { invalidateIndicatorValues } from '../indicators/values.ts';
import { councilMeetings } from './schema.ts';

/** Plan item 9, indicator 9.1.3: the Council meets at least twice a year. */
export const MEETINGS_REQUIRED_PER_YEAR = 2;

type MeetingRow = typeof councilMeetings.$inferSelect;

export interface MeetingInput {
  heldOn: string;
  agenda: LocalizedText;
  decisions: LocalizedText | null;
  minutesUrl: string | null;
}

const view = (m: MeetingRow) => ({
  id: m.id,
  heldOn: m.heldOn,
  agenda: m.agenda,
  decisions: m.decisions,
  minutesUrl: m.minutesUrl,
  synthetic: m.synthetic,
});

const ofYear = (year: number) =>
  and(
    gte(councilMeetings.heldOn, `${year}-01-01`),
    lt(councilMeetings.heldOn, `${year + 1}-01-01`),
  );

export async function listMeetings(db: Db, opts: PageRequest & { year?: number | undefined }) {
  const where: SQL | undefined = opts.year ? ofYear(opts.year) : undefined;
  return fetchPage(
    opts,
    (limit, offset) =>
      db
        .select()
        .from(councilMeetings)
        .where(where)
        .orderBy(desc(councilMeetings.heldOn), desc(councilMeetings.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(councilMeetings).where(where),
    view,
  );
}

/** Meetings per year against the requirement of two, for every year that has any. */
export async function meetingsPerYear(db: Db) {
  const rows = await db
    .select({
      year: sql<number>`extract(year FROM ${councilMeetings.heldOn})::int`,
      held: sql<number>`count(*)::int`,
    })
    .from(councilMeetings)
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  return rows.map((r) => ({
    ...r,
    required: MEETINGS_REQUIRED_PER_YEAR,
    met: r.held >= MEETINGS_REQUIRED_PER_YEAR,
  }));
}

export async function recordMeeting(db: Db, actor: Actor & { id: string }, input: MeetingInput) {
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [m] = await tx
        .insert(councilMeetings)
        .values({ ...input, createdBy: actor.id })
        .returning();
      await recordAudit(tx, actor, {
        action: 'council_meeting.recorded',
        entityType: 'council_meeting',
        entityId: m!.id,
        details: { after: input },
      });
      return m!;
    }),
  );
  invalidateIndicatorValues(db);
  return view(row);
}

export async function updateMeeting(
  db: Db,
  actor: Actor,
  id: string,
  input: Partial<MeetingInput>,
) {
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [before] = await tx.select().from(councilMeetings).where(eq(councilMeetings.id, id));
      if (!before) throw notFound({ meeting: id });
      const [after] = await tx
        .update(councilMeetings)
        .set({ ...input, updatedAt: new Date() })
        .where(eq(councilMeetings.id, id))
        .returning();
      await recordAudit(tx, actor, {
        action: 'council_meeting.updated',
        entityType: 'council_meeting',
        entityId: id,
        details: { before: view(before), after: input },
      });
      return after!;
    }),
  );
  invalidateIndicatorValues(db);
  return view(row);
}

/** Removes a meeting entered by mistake; the audit log keeps what it said. */
export async function removeMeeting(db: Db, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const [gone] = await tx.delete(councilMeetings).where(eq(councilMeetings.id, id)).returning();
    if (!gone) throw notFound({ meeting: id });
    await recordAudit(tx, actor, {
      action: 'council_meeting.removed',
      entityType: 'council_meeting',
      entityId: id,
      details: { before: view(gone) },
    });
  });
  invalidateIndicatorValues(db);
}
