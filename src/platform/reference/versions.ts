import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { referenceVersions } from './schema.ts';

/**
 * Loads a reference file into the database only when its content differs from the version
 * loaded last time, in one transaction with the record of the new version. Returns the load's
 * report, or nothing when the database already holds this version (a restart changes nothing
 * and audits nothing).
 */
export async function loadIfChanged(
  db: Db,
  name: string,
  content: unknown,
  load: (tx: Db) => Promise<string[]>,
): Promise<string[]> {
  const sha256 = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  const [held] = await db
    .select({ sha256: referenceVersions.sha256 })
    .from(referenceVersions)
    .where(eq(referenceVersions.name, name));
  if (held?.sha256 === sha256) return [];
  return db.transaction(async (tx) => {
    const report = await load(tx);
    await tx
      .insert(referenceVersions)
      .values({ name, sha256 })
      .onConflictDoUpdate({
        target: referenceVersions.name,
        set: { sha256, loadedAt: new Date() },
      });
    return report;
  });
}
