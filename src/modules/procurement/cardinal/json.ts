/**
 * Reading untyped JSON the way Cardinal (Rust, serde_json) reads it: a field counts only when it
 * has the expected JSON type, so `"status": 1` is as absent as no status at all, and a `null`
 * or a string in an array of objects is skipped instead of throwing.
 */
export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` when `value` is an object and the field is an object. */
export function objectAt(value: unknown, key: string): JsonObject | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  return isObject(field) ? field : undefined;
}

/** `value[key]` when `value` is an object and the field is an array. */
export function arrayAt(value: unknown, key: string): unknown[] | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  return Array.isArray(field) ? field : undefined;
}

/** `value[key]` when `value` is an object and the field is a string. */
export function stringAt(value: unknown, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}

/** `value[key]` when `value` is an object and the field is a number. */
export function numberAt(value: unknown, key: string): number | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  return typeof field === 'number' ? field : undefined;
}

/** The same members, whatever their order (Rust's `HashSet == HashSet`). */
export function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
