import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client.ts';
import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { type NewNotification, notify } from '../../../platform/notifications/service.ts';
import { scoreMeasure } from '../reporting/scoring.ts';
import { loadFacts } from './rating.ts';

/** A submitted report waiting longer than this for the coordinator is flagged. */
export const VERIFICATION_WAIT_DAYS = 7;
export const ATTENTION_SCAN_JOB = 'strategy.attention-scan';

/**
 * Overdue and unverified measures surface on their own: the responsible officer (or, if none is
 * named, the agency's officers) hears of an overdue measure, the coordinators of a report left
 * waiting. Each event is told once (dedupe keys), however often the scan runs.
 */
export async function scanForAttention(db: Db, asOf = new Date()) {
  const facts = await loadFacts(db);
  const overdue = facts.filter((f) => scoreMeasure(f, asOf).overdue).map((f) => f.measureId);
  const out: NewNotification[] = [];

  if (overdue.length > 0) {
    const rows = await queryRows<{
      id: string;
      agency_id: string;
      title: LocalizedText;
      deadline: string;
      user_id: string;
    }>(
      db,
      sql`SELECT m.id, m.agency_id, m.title, m.deadline::text AS deadline, u.id AS user_id
          FROM measures m
          JOIN users u ON u.active AND (
            u.id = m.responsible_user_id
            OR (m.responsible_user_id IS NULL AND u.agency_id = m.agency_id AND 'officer' = ANY(u.roles)))
          WHERE m.id IN (${sql.join(
            overdue.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
    );
    for (const r of rows) {
      out.push({
        userId: r.user_id,
        kind: 'measure.overdue',
        title: {
          ky: `Иш-чаранын мөөнөтү (${r.deadline}) өтүп кетти: «${r.title.ky}»`,
          ru: `Просрочено мероприятие (срок ${r.deadline}): «${r.title.ru}»`,
          en: `Measure overdue (deadline ${r.deadline}): “${r.title.en}”`,
        },
        // Straight to the measure's report page: titles repeat across measures.
        link: `/work/measures/${r.id}`,
        dedupeKey: `overdue:${r.id}:${r.user_id}`,
      });
    }
  }

  const waiting = await queryRows<{
    id: string;
    agency_id: string;
    title: LocalizedText;
    user_id: string;
  }>(
    db,
    sql`SELECT r.id, m.agency_id, m.title, u.id AS user_id
        FROM measure_reports r
        JOIN measures m ON m.id = r.measure_id
        JOIN users u ON u.active AND 'coordinator' = ANY(u.roles)
        WHERE r.state = 'submitted'
          AND r.submitted_at < ${new Date(asOf.getTime() - VERIFICATION_WAIT_DAYS * 86_400_000)}`,
  );
  for (const r of waiting) {
    out.push({
      userId: r.user_id,
      kind: 'report.awaiting_verification',
      title: {
        ky: `Отчёт текшерүүнү ${VERIFICATION_WAIT_DAYS} күндөн ашык күтүүдө: «${r.title.ky}»`,
        ru: `Отчёт ждёт проверки более ${VERIFICATION_WAIT_DAYS} дней: «${r.title.ru}»`,
        en: `Report waiting for verification for over ${VERIFICATION_WAIT_DAYS} days: “${r.title.en}”`,
      },
      link: `/work/reports/${r.id}`,
      dedupeKey: `unverified:${r.id}:${r.user_id}`,
    });
  }
  const notified = await notify(db, out);
  return {
    overdueMeasures: overdue.length,
    waitingReports: new Set(waiting.map((w) => w.id)).size,
    notified,
  };
}
