import { asc, gt, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import {
  type ProcurementAward,
  recordProcurementAwards,
} from '../../integrity/dealings/procurement.ts';
import { indexBars } from '../barred/matcher.ts';
import { linkBuyer } from '../buyers/link.ts';
import { cardinalIndicators } from '../cardinal/engine.ts';
import type { CardinalGroup } from '../cardinal/results.ts';
import { allIndicators } from '../cardinal/settings.ts';
import type { FlagSubject, RedFlag } from '../flags/flag.ts';
import { kyrgyzRedFlags } from '../flags/kyrgyz/engine.ts';
import type { CompiledRelease } from '../ocds/release.ts';
import { absentFromPlanFlags } from '../plans/absent.ts';
import { planIndex } from '../plans/load.ts';
import { corruptionRiskIndex } from '../risk-index/engine.ts';
import {
  barredEntities,
  procurementFlags,
  procurementProcesses,
  procurementRiskScores,
} from '../schema.ts';
import { awardsOf } from './awards.ts';
import { barredAwardFlags, type RegisterEntry } from './barred-awards.ts';

const PAGE = 1000;
const INSERT_CHUNK = 1000;
export const ENGINES = ['cardinal', 'kyrgyz', 'cri', 'barred', 'plan'] as const;

const CARDINAL_SUBJECT: Record<CardinalGroup, FlagSubject> = {
  OCID: 'tender',
  Buyer: 'buyer',
  ProcuringEntity: 'buyer',
  Tenderer: 'supplier',
};

/** The processes, one page at a time in OCID order: the whole table is never in memory. */
async function* processes(
  db: Db,
): AsyncGenerator<{ release: CompiledRelease; synthetic: boolean }> {
  let after = '';
  for (;;) {
    const page = await db
      .select({
        ocid: procurementProcesses.ocid,
        release: procurementProcesses.release,
        synthetic: procurementProcesses.synthetic,
      })
      .from(procurementProcesses)
      .where(gt(procurementProcesses.ocid, after))
      .orderBy(asc(procurementProcesses.ocid))
      .limit(PAGE);
    yield* page;
    if (page.length < PAGE) return;
    after = page.at(-1)!.ocid;
  }
}

type StoredFlag = RedFlag & { engine: (typeof ENGINES)[number] };

/**
 * Runs every engine over every process and replaces their stored results in one transaction:
 * the Cardinal indicators, the Kyrgyz red flags, the Corruption Risk Index, awards to barred
 * entities, and purchases absent from the buyer's annual plan. Awards by state bodies are handed to the relations graph, where the
 * conflict-of-interest detection checks them against the officials' relatives and companies.
 */
export async function analyseAll(db: Db, now: Date) {
  const register = indexBars<RegisterEntry>(await db.select().from(barredEntities));
  const plans = await planIndex(db);
  const cardinal = cardinalIndicators(allIndicators());
  const kyrgyz = kyrgyzRedFlags(undefined, now.toISOString());
  const cri = corruptionRiskIndex();
  const flags: StoredFlag[] = [];
  const awards: ProcurementAward[] = [];
  let count = 0;
  for await (const { release, synthetic } of processes(db)) {
    count += 1;
    cardinal.add(release);
    kyrgyz.add(release);
    cri.add(release);
    for (const flag of barredAwardFlags(release, register))
      flags.push({ ...flag, engine: 'barred' });
    for (const flag of absentFromPlanFlags(release, plans)) flags.push({ ...flag, engine: 'plan' });
    awards.push(...awardsOf(release, synthetic));
  }
  for (const flag of kyrgyz.finish()) flags.push({ ...flag, engine: 'kyrgyz' });
  const risk = cri.finish();
  for (const flag of risk.flags) flags.push({ ...flag, engine: 'cri' });
  const cardinalResult = cardinal.finish();
  for (const [group, byId] of Object.entries(cardinalResult) as [
    CardinalGroup,
    Record<string, Record<string, number>>,
  ][]) {
    for (const [id, codes] of Object.entries(byId)) {
      for (const [code, value] of Object.entries(codes)) {
        flags.push({
          engine: 'cardinal',
          code,
          subject: CARDINAL_SUBJECT[group],
          subjectId: id,
          ocid: group === 'OCID' ? id : null,
          value,
          evidence: [{ path: `Cardinal ${group}`, value: id }],
        });
      }
    }
  }

  await db.transaction(async (tx) => {
    await tx.delete(procurementFlags).where(inArray(procurementFlags.engine, [...ENGINES]));
    for (let i = 0; i < flags.length; i += INSERT_CHUNK) {
      await tx.insert(procurementFlags).values(
        flags.slice(i, i + INSERT_CHUNK).map((flag) => ({
          engine: flag.engine,
          code: flag.code,
          subject: flag.subject,
          subjectId: flag.subjectId,
          ocid: flag.ocid,
          value: flag.value,
          threshold: flag.threshold ?? null,
          evidence: flag.evidence,
        })),
      );
    }
    await tx.delete(procurementRiskScores);
    const scores = [
      ...risk.tenders
        .filter((t) => t.score !== null)
        .map((t) => ({
          subject: 'tender',
          subjectId: t.ocid,
          score: t.score!,
          tenders: 1,
          components: {
            applicable: t.applicable,
            risky: t.risky,
            unknown: t.unknown,
            evidence: t.evidence,
          },
        })),
      ...risk.buyers.map((b) => ({
        subject: 'buyer',
        subjectId: b.buyerId,
        score: b.score,
        tenders: b.tenders,
        components: b.components,
      })),
    ];
    for (let i = 0; i < scores.length; i += INSERT_CHUNK) {
      await tx.insert(procurementRiskScores).values(scores.slice(i, i + INSERT_CHUNK));
    }
  });
  await linkBuyers(db);
  const dealings = await recordProcurementAwards(db, awards);
  return { processes: count, flags: flags.length, dealings };
}

/** Matches each buyer not yet linked to a platform agency (by INN, or by the agency's name). */
export async function linkBuyers(db: Db): Promise<number> {
  const buyers = await db
    .selectDistinct({ id: procurementProcesses.buyerId, name: procurementProcesses.buyerName })
    .from(procurementProcesses)
    .where(isNull(procurementProcesses.buyerAgencyId));
  let linked = 0;
  for (const buyer of buyers) {
    if (buyer.id && (await linkBuyer(db, buyer.id, buyer.name))) linked += 1;
  }
  return linked;
}
