import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { queryRows } from '../../../platform/db/client.ts';
import type { Day } from '../engine/types.ts';

interface Row {
  day: string;
  commitment: string | null;
  committed_at: string | Date | null;
  seed: string | null;
  revealed_at: string | Date | null;
  last_seq: string | number | null;
  head_hash: string | null;
  key_id: string | null;
  signature: string | null;
  signed_at: string | Date | null;
  allocations: number;
}

const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

/** Per day: the seed's commitment (published ahead), the seed once revealed, the signed head. */
export async function listDays(db: Db, range: { from: Day; to: Day }) {
  const rows = await queryRows<Row>(
    db,
    sql`WITH days AS (
          SELECT payload->>'day' AS day, payload->>'commitment' AS commitment, at AS committed_at
          FROM allocation_log WHERE kind = 'seed-commit' AND payload->>'day' BETWEEN ${range.from} AND ${range.to})
        SELECT d.day, d.commitment, d.committed_at, r.payload->>'seed' AS seed, r.at AS revealed_at,
          h.last_seq, h.head_hash, h.key_id, h.signature, h.signed_at,
          (SELECT count(*)::int FROM allocation_log a WHERE a.kind = 'allocation' AND a.day::text = d.day) AS allocations
        FROM days d
        LEFT JOIN allocation_log r ON r.kind = 'seed-reveal' AND r.payload->>'day' = d.day
        LEFT JOIN allocation_heads h ON h.day::text = d.day
        ORDER BY d.day DESC`,
  );
  return {
    items: rows.map((r) => ({
      day: r.day,
      commitment: r.commitment,
      committedAt: iso(r.committed_at),
      seed: r.seed,
      revealedAt: iso(r.revealed_at),
      head: r.head_hash
        ? {
            lastSeq: Number(r.last_seq),
            headHash: r.head_hash,
            keyId: r.key_id ?? '',
            signature: r.signature ?? '',
            signedAt: iso(r.signed_at) ?? '',
          }
        : null,
      allocations: r.allocations,
    })),
  };
}
