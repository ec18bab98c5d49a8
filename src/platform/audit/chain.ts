import { createHash } from 'node:crypto';

/** The hash that the first entry of the chain points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an entry's hash covers: everything recorded about the event, and the previous hash. */
export interface ChainedEntry {
  at: Date;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  details: unknown;
  ip: string | null;
  prevHash: string;
}

/** JSON with object keys sorted, so that the hash does not depend on how jsonb reorders keys. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      out[key] = sortKeys((value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value;
}

export function entryHash(entry: ChainedEntry): string {
  const material = canonicalJson({
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actorName: entry.actorName,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    details: entry.details,
    ip: entry.ip,
    prevHash: entry.prevHash,
  });
  return createHash('sha256').update(material).digest('hex');
}

export interface StoredEntry extends ChainedEntry {
  id: number;
  hash: string;
}

export type ChainBreak = { id: number; reason: 'prev_hash_mismatch' | 'hash_mismatch' };

/**
 * Checks a run of entries in id order against the hash of the entry before the run; returns the
 * first break and the hash to continue from, so that a long log is checked page by page.
 */
export function checkChain(
  entries: readonly StoredEntry[],
  previousHash: string,
): { broken: ChainBreak | null; lastHash: string } {
  let prev = previousHash;
  for (const e of entries) {
    if (e.prevHash !== prev)
      return { broken: { id: e.id, reason: 'prev_hash_mismatch' }, lastHash: prev };
    if (entryHash(e) !== e.hash)
      return { broken: { id: e.id, reason: 'hash_mismatch' }, lastHash: prev };
    prev = e.hash;
  }
  return { broken: null, lastHash: prev };
}
