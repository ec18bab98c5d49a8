/**
 * The canonical JSON of RFC 8785 (JCS) for the values the log holds: strings, safe integers,
 * booleans, null, arrays and objects with keys sorted by UTF-16 code units. Anything else (a
 * fraction, an undefined) is refused, so that two implementations can never encode a value
 * differently.
 */
export function canonical(value: unknown): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`not a safe integer: ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
  }
  throw new Error(`cannot encode a ${typeof value}`);
}
