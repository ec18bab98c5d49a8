import { CARDINAL_GROUPS, type CardinalResult } from './results.ts';

/**
 * Cardinal's JSON text (serde_json): compact, and every value written as a decimal, 1 as "1.0",
 * 1e-7 as "1e-7", 1e16 as "1e16"; a non-finite value (a winning bid of 0 gives an infinite
 * difference) as null. Produced in pieces, so a million results need no single huge string.
 */
export function* cardinalJsonChunks(
  result: CardinalResult,
  chunkSize = 1 << 20,
): Generator<string> {
  let chunk = '{';
  let firstGroup = true;
  for (const group of CARDINAL_GROUPS) {
    const ids = result[group];
    if (!ids) continue;
    chunk += `${firstGroup ? '' : ','}${JSON.stringify(group)}:{`;
    firstGroup = false;
    let firstId = true;
    for (const id in ids) {
      const values = ids[id]!;
      let entry = `${firstId ? '' : ','}${JSON.stringify(id)}:{`;
      firstId = false;
      let firstCode = true;
      for (const code in values) {
        const value = values[code as keyof typeof values]!;
        entry += `${firstCode ? '' : ','}${JSON.stringify(code)}:${formatDecimal(value)}`;
        firstCode = false;
      }
      chunk += `${entry}}`;
      if (chunk.length >= chunkSize) {
        yield chunk;
        chunk = '';
      }
    }
    chunk += '}';
  }
  yield `${chunk}}`;
}

/** The whole JSON text at once (tests, small results). */
export function cardinalJson(result: CardinalResult): string {
  let text = '';
  for (const chunk of cardinalJsonChunks(result)) text += chunk;
  return text;
}

/** A number as serde_json writes an f64 (the shortest round-trip digits, ryu's layout). */
export function formatDecimal(value: number): string {
  if (!Number.isFinite(value)) return 'null';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e16 || magnitude < 1e-5) return value.toExponential().replace('e+', 'e');
  const text = String(value);
  return Number.isInteger(value) ? `${text}.0` : text;
}
