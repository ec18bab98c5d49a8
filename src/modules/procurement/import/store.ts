import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { canonicalJson } from '../../../platform/audit/chain.ts';
import type { Db } from '../../../platform/db/client.ts';
import { processColumns } from '../ocds/columns.ts';
import { compileReleases } from '../ocds/merge.ts';
import type { CompiledRelease } from '../ocds/release.ts';
import { procurementProcesses, procurementReleases } from '../schema.ts';

export type StoreCounts = { created: number; updated: number; unchanged: number };

const hashOf = (release: CompiledRelease) =>
  createHash('sha256').update(canonicalJson(release)).digest('hex');

/**
 * Stores compiled releases as processes, in one transaction: new OCIDs are added, changed ones
 * replaced, and a release identical to the stored one (same hash) changes nothing, so importing
 * the same file twice is harmless.
 */
export async function storeProcesses(
  db: Db,
  releases: readonly CompiledRelease[],
  options: { importId?: string; synthetic?: boolean } = {},
): Promise<StoreCounts> {
  const counts: StoreCounts = { created: 0, updated: 0, unchanged: 0 };
  if (releases.length === 0) return counts;
  const rows = releases.map((release) => ({
    ocid: release.ocid!,
    release,
    releaseHash: hashOf(release),
    ...processColumns(release),
    lastImportId: options.importId ?? null,
    synthetic: options.synthetic ?? false,
  }));
  await db.transaction(async (tx) => {
    const stored = await tx
      .select({ ocid: procurementProcesses.ocid, hash: procurementProcesses.releaseHash })
      .from(procurementProcesses)
      .where(
        inArray(
          procurementProcesses.ocid,
          rows.map((row) => row.ocid),
        ),
      );
    const hashes = new Map(stored.map((row) => [row.ocid, row.hash]));
    const changed = rows.filter((row) => hashes.get(row.ocid) !== row.releaseHash);
    for (const row of rows) {
      if (!hashes.has(row.ocid)) counts.created += 1;
      else if (hashes.get(row.ocid) === row.releaseHash) counts.unchanged += 1;
      else counts.updated += 1;
    }
    if (changed.length === 0) return;
    await tx
      .insert(procurementProcesses)
      .values(changed)
      .onConflictDoUpdate({
        target: procurementProcesses.ocid,
        set: {
          release: sql`excluded.release`,
          releaseHash: sql`excluded.release_hash`,
          title: sql`excluded.title`,
          buyerId: sql`excluded.buyer_id`,
          buyerName: sql`excluded.buyer_name`,
          region: sql`excluded.region`,
          method: sql`excluded.method`,
          methodDetails: sql`excluded.method_details`,
          classification: sql`excluded.classification`,
          status: sql`excluded.status`,
          valueTyiyn: sql`excluded.value_tyiyn`,
          currency: sql`excluded.currency`,
          bidders: sql`excluded.bidders`,
          publishedAt: sql`excluded.published_at`,
          releasedAt: sql`excluded.released_at`,
          supplierIds: sql`excluded.supplier_ids`,
          lastImportId: sql`excluded.last_import_id`,
          updatedAt: sql`now()`,
        },
      });
  });
  return counts;
}

/** Keeps individual releases (from release packages) until their processes are compiled. */
export async function storeReleases(db: Db, releases: readonly CompiledRelease[]): Promise<void> {
  if (releases.length === 0) return;
  // The last copy of a release in a batch wins, as it would one statement at a time.
  const unique = new Map(releases.map((r) => [`${r.ocid}\u0000${String(r.id)}`, r]));
  await db
    .insert(procurementReleases)
    .values(
      [...unique.values()].map((release) => ({
        ocid: release.ocid!,
        releaseId: String(release.id),
        date: release.date ?? null,
        release,
      })),
    )
    .onConflictDoUpdate({
      target: [procurementReleases.ocid, procurementReleases.releaseId],
      set: { release: sql`excluded.release`, date: sql`excluded.date` },
    });
}

/** Compiles the processes of these OCIDs from all their stored releases, and stores them. */
export async function compileProcesses(
  db: Db,
  ocids: readonly string[],
  options: { importId?: string; synthetic?: boolean } = {},
): Promise<StoreCounts> {
  const rows = await db
    .select({ ocid: procurementReleases.ocid, release: procurementReleases.release })
    .from(procurementReleases)
    .where(inArray(procurementReleases.ocid, [...ocids]));
  const byOcid = new Map<string, CompiledRelease[]>();
  for (const row of rows) {
    const list = byOcid.get(row.ocid) ?? [];
    list.push(row.release);
    byOcid.set(row.ocid, list);
  }
  const compiled = [...byOcid.values()].map((releases) => compileReleases(releases));
  return storeProcesses(db, compiled, options);
}
