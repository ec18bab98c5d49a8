import type { CompiledRelease } from './release.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Arrays whose items all carry an `id` are merged item by item (OCDS "identifier merge"). */
const mergesById = (value: Json[]) =>
  value.length > 0 && value.every((item) => isObject(item) && item.id !== undefined);

function mergeInto(target: JsonObject, source: JsonObject): void {
  for (const [key, value] of Object.entries(source)) {
    if (value === null) {
      // A null in a later release removes the field (OCDS merge: "null" means "no longer set").
      delete target[key];
    } else if (isObject(value)) {
      const current = target[key];
      const next: JsonObject = isObject(current) ? current : {};
      mergeInto(next, value);
      target[key] = next;
    } else if (Array.isArray(value) && mergesById(value)) {
      const current = target[key];
      const items = Array.isArray(current) && mergesById(current) ? current : [];
      const byId = new Map(items.map((item) => [String((item as JsonObject).id), item]));
      for (const item of value as JsonObject[]) {
        const existing = byId.get(String(item.id));
        if (existing && isObject(existing)) {
          mergeInto(existing, item);
        } else {
          const copy: JsonObject = {};
          mergeInto(copy, item);
          items.push(copy);
          byId.set(String(item.id), copy);
        }
      }
      target[key] = items;
    } else {
      // Scalars and arrays of scalars or of objects without ids are replaced whole.
      target[key] = structuredClone(value);
    }
  }
}

/**
 * Compiles the releases of one contracting process into its compiled release, following the
 * OCDS 1.1 merge rules (https://standard.open-contracting.org/1.1/en/schema/merging/): releases
 * in date order, later values win, objects merge field by field, arrays of objects with ids
 * merge by id, a null removes a field. The compiled release is tagged "compiled" and takes the
 * latest release's date.
 */
export function compileReleases(releases: readonly CompiledRelease[]): CompiledRelease {
  const ordered = [...releases].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const compiled: JsonObject = {};
  for (const release of ordered) {
    const { id: _id, tag: _tag, ...fields } = release as JsonObject;
    mergeInto(compiled, fields);
  }
  const latest = ordered.at(-1);
  return {
    ...(compiled as CompiledRelease),
    id: `${latest?.ocid ?? ''}-${latest?.date ?? ''}`,
    tag: ['compiled'],
    ...(latest?.date ? { date: latest.date } : {}),
  };
}
