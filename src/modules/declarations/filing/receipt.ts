import { createHash } from 'node:crypto';

/** Serialises with object keys sorted, so the same content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The filer's receipt: SHA-256 over the declaration id, version, submission time and canonical
 * content. Anyone holding the receipt can later prove which exact version was filed.
 */
export function receiptOf(
  declarationId: string,
  version: number,
  submittedAt: Date,
  content: unknown,
): string {
  return createHash('sha256')
    .update(`akniet-declaration-v1\n${declarationId}\n${version}\n${submittedAt.toISOString()}\n`)
    .update(canonical(content))
    .digest('hex');
}
