import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client.ts';
import { formatAmount } from '../../../platform/money.ts';
import { procurementProcesses, procurementRiskScores } from '../schema.ts';
import { tenderFlagCount } from './list.ts';

const p = procurementProcesses;

export const DASHBOARD_DIMENSIONS = ['region', 'category', 'method'] as const;
export type DashboardDimension = (typeof DASHBOARD_DIMENSIONS)[number];

/** The group a tender falls in: its buyer's region, its CPV division (two digits), its method. */
const dimension = {
  region: sql<string | null>`${p.region}`,
  category: sql<string | null>`left(${p.classification}, 2)`,
  method: sql<string | null>`${p.method}`,
} as const;

type Row = {
  key: string | null;
  tenders: number;
  tyiyn: string | null;
  singleBidder: number;
  flagged: number;
  meanRisk: number | null;
};

/**
 * Procurement by region, category or method for a year: how many tenders, their value in KGS,
 * the share with a single bidder, the share with any red flag, and the mean risk index.
 */
export async function dashboard(db: Db, by: DashboardDimension, year: number | undefined) {
  const key = dimension[by];
  const inYear =
    year === undefined
      ? sql`TRUE`
      : sql`extract(year from ${p.publishedAt} AT TIME ZONE 'Asia/Bishkek') = ${year}`;
  const rows = await queryRows<Row>(
    db,
    sql`
    SELECT ${key} AS key,
           count(*)::int AS tenders,
           (sum(${p.valueTyiyn}) FILTER (WHERE ${p.currency} = 'KGS'))::text AS tyiyn,
           (count(*) FILTER (WHERE ${p.bidders} = 1))::int AS "singleBidder",
           (count(*) FILTER (WHERE ${tenderFlagCount} > 0))::int AS flagged,
           avg(r.score)::float8 AS "meanRisk"
    FROM ${p}
    LEFT JOIN ${procurementRiskScores} r ON r.subject = 'tender' AND r.subject_id = ${p.ocid}
    WHERE ${inYear}
    GROUP BY 1
    ORDER BY 2 DESC, 1`,
  );
  const years = await queryRows<{ year: number }>(
    db,
    sql`
    SELECT DISTINCT extract(year from ${p.publishedAt} AT TIME ZONE 'Asia/Bishkek')::int AS year
    FROM ${p} WHERE ${p.publishedAt} IS NOT NULL ORDER BY 1 DESC`,
  );
  return {
    by,
    year: year ?? null,
    years: years.map((r) => r.year),
    groups: rows.map((row) => ({
      key: row.key,
      tenders: row.tenders,
      value:
        row.tyiyn === null ? null : { amount: formatAmount(BigInt(row.tyiyn)), currency: 'KGS' },
      singleBidderShare: row.tenders ? row.singleBidder / row.tenders : 0,
      flaggedShare: row.tenders ? row.flagged / row.tenders : 0,
      meanRisk: row.meanRisk,
    })),
  };
}
