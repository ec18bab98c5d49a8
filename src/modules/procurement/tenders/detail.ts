import { and, eq, or } from 'drizzle-orm';
import { type Actor, recordAuditNow } from '../../../platform/audit/service.ts';
import type { Role } from '../../../platform/auth/roles.ts';
import type { Db } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { conflictFindingsOfProcess } from '../../integrity/dealings/procurement.ts';
import { minorUnits } from '../ocds/columns.ts';
import type { CompiledRelease, OcdsValue } from '../ocds/release.ts';
import { remarksOf } from '../remarks/service.ts';
import { procurementFlags, procurementProcesses, procurementRiskScores } from '../schema.ts';
import { money } from './list.ts';

/** Who may see the potential conflicts of interest behind a tender: they name officials' relatives. */
export const CONFLICT_VIEWERS: readonly Role[] = ['verifier', 'prosecutor', 'admin'];

const id = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : null;
const str = (value: unknown) => (typeof value === 'string' ? value : null);
const value = (v: OcdsValue | undefined) => money(minorUnits(v), str(v?.currency));
const period = (p: { startDate?: string | null; endDate?: string | null } | undefined) =>
  p ? { start: str(p.startDate), end: str(p.endDate) } : null;

/** The parts of a compiled release a tender page shows, in plain shapes. */
function summary(release: CompiledRelease) {
  const tender = release.tender ?? {};
  const names = new Map(
    (release.parties ?? []).map((party) => [id(party?.id), str(party?.name)] as const),
  );
  const party = (ref: { id?: unknown; name?: unknown } | undefined) =>
    ref ? { id: id(ref.id), name: str(ref.name) ?? names.get(id(ref.id)) ?? null } : null;
  return {
    description: str((tender as { description?: unknown }).description),
    procuringEntity: party(tender.procuringEntity),
    methodRationale: str(tender.procurementMethodRationale),
    mainProcurementCategory: str(tender.mainProcurementCategory),
    tenderPeriod: period(tender.tenderPeriod),
    awardPeriod: period(tender.awardPeriod),
    items: (tender.items ?? []).map((item) => ({
      id: id(item?.id),
      description: str(item?.description),
      classification: item?.classification
        ? {
            scheme: str(item.classification.scheme),
            id: id(item.classification.id),
            description: str(item.classification.description),
          }
        : null,
      quantity: typeof item?.quantity === 'number' ? item.quantity : null,
    })),
    bids: (release.bids?.details ?? []).map((bid) => ({
      id: id(bid?.id),
      date: str(bid?.date),
      status: str(bid?.status),
      value: value(bid?.value),
      tenderers: (bid?.tenderers ?? []).map(party),
    })),
    awards: (release.awards ?? []).map((award) => ({
      id: id(award?.id),
      date: str(award?.date),
      status: str(award?.status),
      value: value(award?.value),
      suppliers: (award?.suppliers ?? []).map(party),
    })),
    contracts: (release.contracts ?? []).map((contract) => ({
      id: id(contract?.id),
      awardId: id(contract?.awardID),
      status: str(contract?.status),
      value: value(contract?.value),
      dateSigned: str(contract?.dateSigned),
      period: period(contract?.period ?? undefined),
    })),
    documents: (tender.documents ?? []).map((d) => ({
      id: id(d?.id),
      type: str(d?.documentType),
      title: str(d?.title),
      url: str(d?.url),
    })),
  };
}

/**
 * A tender as its public page shows it: the process, every red flag with its evidence (on the
 * tender, and on its buyer and suppliers through it), the risk index, the civic remarks, and for
 * verifiers, prosecutors and administrators the potential conflicts of interest (audited).
 */
export async function tenderDetail(
  db: Db,
  ocid: string,
  viewer: { roles: readonly Role[]; actor: Actor },
) {
  const [process] = await db
    .select()
    .from(procurementProcesses)
    .where(eq(procurementProcesses.ocid, ocid));
  if (!process) throw notFound({ tender: ocid });
  const f = procurementFlags;
  const [flags, [risk], remarks] = await Promise.all([
    db
      .select({
        engine: f.engine,
        code: f.code,
        subject: f.subject,
        subjectId: f.subjectId,
        value: f.value,
        threshold: f.threshold,
        evidence: f.evidence,
      })
      .from(f)
      .where(or(and(eq(f.subject, 'tender'), eq(f.subjectId, ocid)), eq(f.ocid, ocid)))
      .orderBy(f.engine, f.code),
    db
      .select({ score: procurementRiskScores.score, components: procurementRiskScores.components })
      .from(procurementRiskScores)
      .where(
        and(eq(procurementRiskScores.subject, 'tender'), eq(procurementRiskScores.subjectId, ocid)),
      ),
    remarksOf(db, ocid),
  ]);
  const maySeeConflicts = viewer.roles.some((role) => CONFLICT_VIEWERS.includes(role));
  const conflicts = maySeeConflicts ? await conflictFindingsOfProcess(db, ocid) : null;
  if (conflicts && conflicts.length > 0) {
    await recordAuditNow(db, viewer.actor, {
      action: 'read',
      entityType: 'conflict_findings',
      entityId: ocid,
      details: { findings: conflicts.map((c) => c.id) },
    });
  }
  return {
    ocid: process.ocid,
    title: process.title,
    buyer: process.buyerId ? { id: process.buyerId, name: process.buyerName } : null,
    /** The platform agency that answers concerns about this tender, once the buyer is linked. */
    buyerAgencyId: process.buyerAgencyId,
    region: process.region,
    method: process.method,
    methodDetails: process.methodDetails,
    classification: process.classification,
    status: process.status,
    value: money(process.valueTyiyn, process.currency),
    bidders: process.bidders,
    publishedAt: process.publishedAt?.toISOString() ?? null,
    releasedAt: process.releasedAt?.toISOString() ?? null,
    synthetic: process.synthetic,
    ...summary(process.release),
    flags,
    risk: risk ?? null,
    remarks,
    conflicts,
  };
}

/** The compiled release itself, as published (OCDS open data). */
export async function tenderRelease(db: Db, ocid: string): Promise<CompiledRelease> {
  const [row] = await db
    .select({ release: procurementProcesses.release })
    .from(procurementProcesses)
    .where(eq(procurementProcesses.ocid, ocid));
  if (!row) throw notFound({ tender: ocid });
  return row.release;
}
