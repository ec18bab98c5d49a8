import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { DEFAULT_DETECTION_SETTINGS, detectConflicts } from '../detection/engine.ts';
import type { DetectionSettings, Finding } from '../detection/types.ts';
import { listOfficialIds, loadNeighbourhood } from '../graph/load.ts';
import { conflictFindings } from '../schema.ts';
import { officialsAround } from './around.ts';

export interface DetectionResult {
  officials: number;
  found: number;
  added: number;
  gone: number;
}

const settingsAt = (now: Date): DetectionSettings => ({
  ...DEFAULT_DETECTION_SETTINGS,
  asOf: now.toISOString().slice(0, 10),
});

/**
 * Stores what one detection pass found for these officials: a finding seen again keeps its id,
 * state and case (only its path is refreshed); one that no longer holds in the data is marked
 * `gone` unless a case already took it up.
 */
export async function storeFindings(
  db: Db,
  officialIds: readonly string[],
  found: readonly Finding[],
  now: Date,
): Promise<{ added: number; gone: number }> {
  let added = 0;
  for (let i = 0; i < found.length; i += 500) {
    const rows = await db
      .insert(conflictFindings)
      .values(
        found.slice(i, i + 500).map((f) => ({
          key: f.key,
          rule: f.rule,
          severity: f.severity,
          officialPersonId: f.officialId,
          path: f.path,
          firstFoundAt: now,
          lastSeenAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: conflictFindings.key,
        set: {
          path: sql`excluded.path`,
          severity: sql`excluded.severity`,
          lastSeenAt: now,
          state: sql`CASE WHEN ${conflictFindings.state} = 'gone' THEN 'open' ELSE ${conflictFindings.state} END`,
        },
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    added += rows.filter((r) => r.inserted).length;
  }
  if (officialIds.length === 0) return { added, gone: 0 };
  const keys = found.map((f) => f.key);
  const gone = await db
    .update(conflictFindings)
    .set({ state: 'gone' })
    .where(
      and(
        inArray(conflictFindings.officialPersonId, [...officialIds]),
        eq(conflictFindings.state, 'open'),
        keys.length > 0 ? notInArray(conflictFindings.key, keys) : undefined,
      ),
    )
    .returning({ id: conflictFindings.id });
  return { added, gone: gone.length };
}

/** Re-checks the officials these changed persons (and organisations) can affect. */
export async function recheckPersons(
  db: Db,
  changed: { persons?: readonly string[]; organisations?: readonly string[] },
  now = new Date(),
): Promise<DetectionResult> {
  const officials = await officialsAround(db, changed);
  return detectFor(db, officials, now);
}

async function detectFor(db: Db, officials: string[], now: Date): Promise<DetectionResult> {
  if (officials.length === 0) return { officials: 0, found: 0, added: 0, gone: 0 };
  const graph = await loadNeighbourhood(db, officials);
  const found = detectConflicts(graph, { officials, settings: settingsAt(now) });
  const { added, gone } = await storeFindings(db, officials, found, now);
  return { officials: officials.length, found: found.length, added, gone };
}

/** The full pass over every official, in keyset chunks so memory stays flat at any scale. */
export async function detectAll(
  db: Db,
  now = new Date(),
  onChunk?: (done: number) => void,
  chunk = 2000,
): Promise<DetectionResult> {
  const total: DetectionResult = { officials: 0, found: 0, added: 0, gone: 0 };
  let after: string | undefined;
  for (;;) {
    const ids = await listOfficialIds(db, after, chunk);
    if (ids.length === 0) break;
    const r = await detectFor(db, ids, now);
    total.officials += r.officials;
    total.found += r.found;
    total.added += r.added;
    total.gone += r.gone;
    onChunk?.(total.officials);
    after = ids[ids.length - 1];
    if (ids.length < chunk) break;
  }
  return total;
}
