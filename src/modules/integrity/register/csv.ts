import { rowsFromCsv } from '../../../platform/csv-rows.ts';

/** Rows of a register file: a JSON array, or CSV. */
export function rowsFromFile(name: string, text: string): unknown[] {
  if (name.toLowerCase().endsWith('.json')) {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) throw new Error(`${name}: expected a JSON array of organisations`);
    return parsed;
  }
  return rowsFromCsv(text);
}
