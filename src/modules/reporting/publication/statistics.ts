import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { queryRows } from '../../../platform/db/client.ts';
import type { LocalizedText } from '../../../platform/i18n/language.ts';
import {
  median,
  type PublishedCell,
  SUPPRESSION_THRESHOLD,
  suppressSmallCounts,
} from './suppression.ts';

/**
 * Public statistics of the year's reports (kept and destroyed alike): by category, body and
 * outcome; time to first response; protection requests and rewards. Every count under the
 * threshold is withheld (see suppression.ts). Demo installations count their synthetic reports,
 * and the page says so.
 */
export async function reportStatistics(db: Db, year: number) {
  const reports = await queryRows<{
    category: string;
    body: string;
    outcome: string | null;
    hours: number | null;
  }>(
    db,
    sql`SELECT r.category, a.code AS body, coalesce(r.outcome, 'open') AS outcome,
          CASE WHEN r.first_response_at IS NULL THEN NULL
               ELSE extract(epoch from r.first_response_at - r.submitted_at) / 3600 END AS hours
        FROM reports r JOIN agencies a ON a.id = r.body_agency_id
        WHERE extract(year from r.submitted_at AT TIME ZONE 'Asia/Bishkek') = ${year}
        UNION ALL
        SELECT d.category, coalesce(a.code, 'other'), coalesce(d.outcome, 'open'), d.first_response_hours
        FROM destroyed_reports d LEFT JOIN agencies a ON a.id = d.body_agency_id
        WHERE extract(year from d.submitted_month) = ${year}`,
  );
  const summary = summarise(reports, await protectionFigures(db, year));
  const names = await queryRows<{ code: string; name: LocalizedText }>(
    db,
    sql`SELECT code, name FROM agencies WHERE code IN (SELECT DISTINCT a.code FROM reports r JOIN agencies a ON a.id = r.body_agency_id UNION SELECT DISTINCT a.code FROM destroyed_reports d JOIN agencies a ON a.id = d.body_agency_id)`,
  );
  const nameOf = new Map(names.map((n) => [n.code, n.name]));
  return {
    ...summary,
    byBody: summary.byBody.map((c) => ({ ...c, name: nameOf.get(c.key) ?? null })),
  };
}

async function protectionFigures(db: Db, year: number) {
  const [p] = await queryRows<{
    opened: number;
    answered: number;
    on_time: number;
    overdue: number;
  }>(
    db,
    sql`SELECT count(*)::int AS opened,
          count(*) FILTER (WHERE status = 'answered')::int AS answered,
          count(*) FILTER (WHERE status = 'answered' AND (answered_at AT TIME ZONE 'Asia/Bishkek')::date <= deadline)::int AS on_time,
          count(*) FILTER (WHERE status = 'open' AND deadline < (now() AT TIME ZONE 'Asia/Bishkek')::date)::int AS overdue
        FROM protection_requests WHERE extract(year from opened_at AT TIME ZONE 'Asia/Bishkek') = ${year}`,
  );
  const [w] = await queryRows<{
    decided: number;
    eligible: number;
    paid: number;
    overdue: number;
    paid_som: number;
  }>(
    db,
    sql`SELECT count(*)::int AS decided, count(*) FILTER (WHERE eligible)::int AS eligible,
          count(*) FILTER (WHERE paid_on IS NOT NULL)::int AS paid,
          count(*) FILTER (WHERE eligible AND paid_on IS NULL AND payment_due < (now() AT TIME ZONE 'Asia/Bishkek')::date)::int AS overdue,
          coalesce(sum(amount_som) FILTER (WHERE paid_on IS NOT NULL), 0)::bigint AS paid_som
        FROM reward_decisions WHERE extract(year from decided_at AT TIME ZONE 'Asia/Bishkek') = ${year}`,
  );
  return { protection: p!, rewards: { ...w!, paid_som: Number(w!.paid_som) } };
}

const count = (n: number): PublishedCell['count'] =>
  n > 0 && n < SUPPRESSION_THRESHOLD ? null : n;

function summarise(
  reports: ReadonlyArray<{
    category: string;
    body: string;
    outcome: string | null;
    hours: number | null;
  }>,
  extra: Awaited<ReturnType<typeof protectionFigures>>,
) {
  const by = (key: (r: (typeof reports)[number]) => string) => {
    const counts = new Map<string, number>();
    for (const r of reports) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
    return suppressSmallCounts(
      [...counts]
        .map(([k, n]) => ({ key: k, count: n }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    );
  };
  const hours = reports.flatMap((r) => (r.hours === null ? [] : [Number(r.hours)]));
  const enough = hours.length >= SUPPRESSION_THRESHOLD;
  const m = enough ? median(hours) : null;
  return {
    threshold: SUPPRESSION_THRESHOLD,
    total: count(reports.length),
    byCategory: by((r) => r.category),
    byBody: by((r) => r.body),
    byOutcome: by((r) => r.outcome ?? 'open'),
    firstResponse: {
      responded: count(hours.length),
      medianDays: m === null ? null : Math.round((m / 24) * 10) / 10,
      suppressed: !enough && hours.length > 0,
    },
    protection: {
      opened: count(extra.protection.opened),
      answered: count(extra.protection.answered),
      answeredOnTime: count(extra.protection.on_time),
      overdue: count(extra.protection.overdue),
    },
    rewards: {
      decided: count(extra.rewards.decided),
      eligible: count(extra.rewards.eligible),
      paid: count(extra.rewards.paid),
      overdue: count(extra.rewards.overdue),
      paidSom:
        extra.rewards.paid === 0
          ? 0
          : extra.rewards.paid < SUPPRESSION_THRESHOLD
            ? null
            : extra.rewards.paid_som,
    },
  };
}
export type ReportStatistics = ReturnType<typeof summarise>;
