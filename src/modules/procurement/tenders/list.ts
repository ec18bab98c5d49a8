import {
  and,
  arrayContains,
  asc,
  count,
  desc,
  eq,
  exists,
  ilike,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import { formatAmount } from '../../../platform/money.ts';
import { procurementFlags, procurementProcesses, procurementRiskScores } from '../schema.ts';

export const TENDER_SORTS = ['publishedAt', 'value', 'risk', 'bidders', 'flags'] as const;
export type TenderSort = (typeof TENDER_SORTS)[number];

export type TenderQuery = {
  q?: string;
  buyer?: string;
  supplier?: string;
  region?: string;
  method?: string;
  year?: number;
  /** Only tenders with this flag code (or with any flag: "any"). */
  flag?: string;
};

const p = procurementProcesses;
/**
 * The process's OCID, qualified by its table: in a one-table select Drizzle writes a column bare
 * ("ocid"), which inside a subquery over the flags would be the flag's own `ocid`.
 */
const processOcid = sql`${p}.${sql.identifier('ocid')}`;

/** How many red flags a tender has (its own, not its buyer's or suppliers'). */
export const tenderFlagCount = sql<number>`(SELECT count(*)::int FROM ${procurementFlags} f
  WHERE f.subject = 'tender' AND f.subject_id = ${processOcid})`;
/** A tender's Corruption Risk Index, when it has one. */
export const tenderRisk = sql<number | null>`(SELECT r.score FROM ${procurementRiskScores} r
  WHERE r.subject = 'tender' AND r.subject_id = ${processOcid})`;

export function tenderFilters(query: TenderQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(
      or(ilike(p.title, pattern), ilike(p.ocid, pattern), ilike(p.buyerName, pattern)),
    );
  }
  if (query.buyer) conditions.push(eq(p.buyerId, query.buyer));
  if (query.supplier) conditions.push(arrayContains(p.supplierIds, [query.supplier]));
  if (query.region) conditions.push(eq(p.region, query.region));
  if (query.method) conditions.push(eq(p.method, query.method));
  if (query.year) {
    conditions.push(
      sql`extract(year from ${p.publishedAt} AT TIME ZONE 'Asia/Bishkek') = ${query.year}`,
    );
  }
  if (query.flag) {
    const f = procurementFlags;
    conditions.push(
      exists(
        sql`(SELECT 1 FROM ${f} WHERE ${f.subject} = 'tender' AND ${f.subjectId} = ${processOcid}
          ${query.flag === 'any' ? sql`` : sql`AND ${f.code} = ${query.flag}`})`,
      ),
    );
  }
  return and(...conditions);
}

/** Stored minor units as the API's money: {amount: "1234.50", currency}. */
export const money = (tyiyn: number | null, currency: string | null) =>
  tyiyn === null ? null : { amount: formatAmount(BigInt(tyiyn)), currency: currency ?? 'KGS' };

/** The public list of tenders with their flags count and risk score, filtered, sorted and paged. */
export function listTenders(
  db: Db,
  query: TenderQuery,
  sort: { field: TenderSort; descending: boolean },
  page: PageRequest,
) {
  const where = tenderFilters(query);
  const column = {
    publishedAt: p.publishedAt,
    value: p.valueTyiyn,
    risk: tenderRisk,
    bidders: p.bidders,
    flags: tenderFlagCount,
  }[sort.field];
  const order = sort.descending ? sql`${column} DESC NULLS LAST` : sql`${column} ASC NULLS LAST`;
  return fetchPage(
    page,
    (limit, offset) =>
      db
        .select({
          ocid: p.ocid,
          title: p.title,
          buyerId: p.buyerId,
          buyerName: p.buyerName,
          region: p.region,
          method: p.method,
          methodDetails: p.methodDetails,
          status: p.status,
          valueTyiyn: p.valueTyiyn,
          currency: p.currency,
          bidders: p.bidders,
          publishedAt: p.publishedAt,
          synthetic: p.synthetic,
          flags: tenderFlagCount,
          risk: tenderRisk,
        })
        .from(p)
        .where(where)
        .orderBy(order, sort.descending ? desc(p.ocid) : asc(p.ocid))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(p).where(where),
    (row) => ({
      ocid: row.ocid,
      title: row.title,
      buyer: row.buyerId ? { id: row.buyerId, name: row.buyerName } : null,
      region: row.region,
      method: row.method,
      methodDetails: row.methodDetails,
      status: row.status,
      value: money(row.valueTyiyn, row.currency),
      bidders: row.bidders,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      synthetic: row.synthetic,
      flags: row.flags,
      risk: row.risk,
    }),
  );
}
