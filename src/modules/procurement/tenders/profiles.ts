import { and, arrayContains, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { formatAmount } from '../../../platform/money.ts';
import { partyOf } from '../ocds/columns.ts';
import { procurementFlags, procurementProcesses, procurementRiskScores } from '../schema.ts';
import { tenderFlagCount, tenderRisk } from './list.ts';

const p = procurementProcesses;
const flagged = sql<boolean>`${tenderFlagCount} > 0`;
const year = sql<number>`extract(year from ${p.publishedAt} AT TIME ZONE 'Asia/Bishkek')::int`;

type YearRow = {
  year: number | null;
  tenders: number;
  tyiyn: string | null;
  singleBidder: number;
  meanRisk: number | null;
  flagged: number;
};

/** Per year: tenders, their value (KGS only: other currencies are not summed), single-bidder and flagged shares, mean risk. */
async function byYear(db: Db, where: ReturnType<typeof and>) {
  const rows = (await db
    .select({
      year,
      tenders: sql<number>`count(*)::int`,
      tyiyn: sql<string | null>`sum(${p.valueTyiyn}) FILTER (WHERE ${p.currency} = 'KGS')::text`,
      singleBidder: sql<number>`count(*) FILTER (WHERE ${p.bidders} = 1)::int`,
      meanRisk: sql<number | null>`avg(${tenderRisk})::float8`,
      flagged: sql<number>`count(*) FILTER (WHERE ${flagged})::int`,
    })
    .from(p)
    .where(where)
    .groupBy(year)
    .orderBy(year)) as YearRow[];
  return rows.map((row) => ({
    year: row.year,
    tenders: row.tenders,
    value: row.tyiyn === null ? null : { amount: formatAmount(BigInt(row.tyiyn)), currency: 'KGS' },
    singleBidderShare: row.tenders ? row.singleBidder / row.tenders : 0,
    flaggedShare: row.tenders ? row.flagged / row.tenders : 0,
    meanRisk: row.meanRisk,
  }));
}

async function partyFlags(db: Db, subject: 'buyer' | 'supplier', id: string) {
  const f = procurementFlags;
  return db
    .select({
      engine: f.engine,
      code: f.code,
      ocid: f.ocid,
      value: f.value,
      threshold: f.threshold,
      evidence: f.evidence,
    })
    .from(f)
    .where(and(eq(f.subject, subject), eq(f.subjectId, id)))
    .orderBy(f.engine, f.code);
}

/** A buyer's public profile: its tenders and risk over time, its own flags and risk index. */
export async function buyerProfile(db: Db, buyerId: string) {
  const [latest] = await db
    .select({ name: p.buyerName, region: p.region, agencyId: p.buyerAgencyId })
    .from(p)
    .where(eq(p.buyerId, buyerId))
    .orderBy(desc(p.publishedAt))
    .limit(1);
  if (!latest) throw notFound({ buyer: buyerId });
  const [score] = await db
    .select({
      score: procurementRiskScores.score,
      tenders: procurementRiskScores.tenders,
      components: procurementRiskScores.components,
    })
    .from(procurementRiskScores)
    .where(
      and(eq(procurementRiskScores.subject, 'buyer'), eq(procurementRiskScores.subjectId, buyerId)),
    );
  return {
    id: buyerId,
    name: latest.name,
    region: latest.region,
    onPlatform: latest.agencyId !== null,
    years: await byYear(db, eq(p.buyerId, buyerId)),
    flags: await partyFlags(db, 'buyer', buyerId),
    risk: score ?? null,
  };
}

/** A supplier's public profile: what it won from whom, risk of those tenders over time, its flags. */
export async function supplierProfile(db: Db, supplierId: string) {
  const won = arrayContains(p.supplierIds, [supplierId]);
  const [latest] = await db
    .select({ release: p.release })
    .from(p)
    .where(won)
    .orderBy(desc(p.publishedAt))
    .limit(1);
  if (!latest) throw notFound({ supplier: supplierId });
  const party = partyOf(latest.release, supplierId);
  const buyers = await db
    .select({
      id: p.buyerId,
      name: sql<string | null>`max(${p.buyerName})`,
      tenders: sql<number>`count(*)::int`,
    })
    .from(p)
    .where(won)
    .groupBy(p.buyerId)
    .orderBy(sql`count(*) DESC`)
    .limit(50);
  return {
    id: supplierId,
    name: party?.name ?? null,
    identifier: party?.identifier?.id !== undefined ? String(party.identifier.id) : null,
    country: party?.address?.countryName ?? null,
    buyers,
    years: await byYear(db, won),
    flags: await partyFlags(db, 'supplier', supplierId),
  };
}
