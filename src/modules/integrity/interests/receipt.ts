import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../platform/audit/chain.ts';

/**
 * The filer's receipt: SHA-256 over the declaration id, filing time and canonical content (keys
 * sorted, the same canonical JSON the audit chain hashes), so the stored text can be proved later.
 */
export function interestReceipt(
  id: string,
  filedAt: Date,
  filed: { occasion: string; post: string; effectiveOn: string; content: unknown },
): string {
  return createHash('sha256')
    .update(`akniet-interest-declaration-v1\n${id}\n${filedAt.toISOString()}\n`)
    .update(canonicalJson(filed))
    .digest('hex');
}
