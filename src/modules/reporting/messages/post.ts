import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { encrypt } from '../crypto/envelope.ts';
import { REPORTER_ACTOR } from '../intake/reporter-actor.ts';
import { tellReporterWrote } from '../notices/tell.ts';
import type { ReportRow } from '../read/report-view.ts';
import { reportKeyHolders, reportMessages, reports } from '../schema.ts';

export const MESSAGE_MAX = 10_000;

/**
 * A message in the report's thread, encrypted under the report key. A handler's first message
 * (or first action) is the "first response" the public statistics time; a reporter's message
 * puts the report back in the handler's to-do.
 */
export async function postMessage(
  db: Db,
  row: ReportRow,
  reportKey: Uint8Array,
  from: { author: 'reporter' } | { author: 'handler'; actor: Actor & { id: string } },
  text: string,
) {
  const clean = text.trim();
  if (clean.length === 0 || clean.length > MESSAGE_MAX)
    throw new AppError(400, 'validation_failed', { text: `1..${MESSAGE_MAX} characters` });
  if (row.status === 'closed') throw new AppError(409, 'report_closed');
  const id = randomUUID();
  const at = new Date();
  await db.transaction(async (tx) => {
    await tx.insert(reportMessages).values({
      id,
      reportId: row.id,
      author: from.author,
      authorUserId: from.author === 'handler' ? from.actor.id : null,
      body: encrypt(reportKey, clean, `message:${id}`),
      createdAt: at,
    });
    await tx
      .update(reports)
      .set(
        from.author === 'reporter'
          ? { awaitingHandler: true, lastReporterActivityAt: at }
          : { awaitingHandler: false, firstResponseAt: row.firstResponseAt ?? at },
      )
      .where(eq(reports.id, row.id));
    if (from.author === 'reporter') {
      const holders = row.assignedTo
        ? [row.assignedTo]
        : (
            await tx
              .select({ userId: reportKeyHolders.userId })
              .from(reportKeyHolders)
              .where(and(eq(reportKeyHolders.reportId, row.id), eq(reportKeyHolders.grant, 'body')))
          ).map((h) => h.userId);
      await tellReporterWrote(tx, row.id, row.reference, holders, id);
    }
    await recordAudit(tx, from.author === 'handler' ? from.actor : REPORTER_ACTOR, {
      action: from.author === 'handler' ? 'report.message_sent' : 'report.reporter_message',
      entityType: 'report',
      entityId: row.id,
      details: { messageId: id },
    });
  });
  return { id, author: from.author, text: clean, at };
}
