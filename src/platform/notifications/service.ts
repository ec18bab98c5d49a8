import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { fetchPage } from '../db/paging.ts';
import { notFound } from '../http/errors.ts';
import type { LocalizedText } from '../i18n/language.ts';
import { notifications } from './schema.ts';

export interface NewNotification {
  userId: string;
  kind: string;
  title: LocalizedText;
  link?: string | null;
  dedupeKey?: string | null;
}

/** Adds notifications; ones whose dedupe key was told before are skipped. Returns how many were new. */
export async function notify(db: Db, items: readonly NewNotification[]): Promise<number> {
  if (items.length === 0) return 0;
  const inserted = await db
    .insert(notifications)
    .values(items.map((n) => ({ ...n, link: n.link ?? null, dedupeKey: n.dedupeKey ?? null })))
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  return inserted.length;
}

export async function listNotifications(
  db: Db,
  userId: string,
  opts: { unread?: boolean | undefined; page: number; pageSize: number },
) {
  const where = and(
    eq(notifications.userId, userId),
    opts.unread ? isNull(notifications.readAt) : undefined,
  );
  const [unread] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  const page = await fetchPage(
    opts,
    (limit, offset) =>
      db
        .select()
        .from(notifications)
        .where(where)
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(notifications).where(where),
    (n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      link: n.link,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    }),
  );
  return { ...page, unread: unread?.n ?? 0 };
}

/** Marks one of the caller's notifications read; another person's is "not found". */
export async function markRead(db: Db, userId: string, id: string): Promise<void> {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  if (rows.length === 0) throw notFound({ notification: id });
}

export async function markAllRead(db: Db, userId: string): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}
