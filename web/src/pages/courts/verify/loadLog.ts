import { getCourtLog } from '../../../api/endpoints.ts';
import type { LogEntry, PublicKey, SignedHead } from '../../../api/types.ts';

/** Entries per request: large enough for few round trips, small enough to show progress. */
const PAGE = 5000;

export type LoadedLog = { entries: LogEntry[]; heads: SignedHead[]; keys: PublicKey[] };

/**
 * The whole published log, page by page (afterSeq), with every signed head and public key.
 * All of it, not only the chosen days: the replay needs every court, judge and rule logged
 * before them, and a day's seed is revealed only after the day.
 */
export async function loadLog(
  onProgress: (loaded: number) => void,
  signal?: AbortSignal,
): Promise<LoadedLog> {
  const entries: LogEntry[] = [];
  const heads = new Map<string, SignedHead>();
  const keys = new Map<string, PublicKey>();
  let afterSeq = 0;
  for (;;) {
    signal?.throwIfAborted();
    const page = await getCourtLog({ afterSeq, limit: PAGE });
    entries.push(...page.entries);
    for (const head of page.heads) heads.set(`${head.day}:${head.keyId}`, head);
    for (const key of page.keys) keys.set(key.keyId, key);
    onProgress(entries.length);
    const last = page.entries.at(-1);
    if (page.complete || !last) break;
    afterSeq = last.seq;
  }
  return { entries, heads: [...heads.values()], keys: [...keys.values()] };
}
