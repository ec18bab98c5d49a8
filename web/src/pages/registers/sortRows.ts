/**
 * Sorts a copy of a register's rows by one column ("share" or "-share"), in the browser; rows
 * without a value go last either way, and ties keep the server's order.
 */
export function sortRows<T>(
  rows: readonly T[],
  sort: string,
  columns: Record<string, (row: T) => string | number | null>,
  language: string,
): T[] {
  const descending = sort.startsWith('-');
  const read = columns[sort.replace(/^-/, '')];
  if (!read) return [...rows];
  const collator = new Intl.Collator(language);
  return rows
    .map((row, index) => ({ row, index, value: read(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      }
      const order =
        typeof a.value === 'string' || typeof b.value === 'string'
          ? collator.compare(String(a.value), String(b.value))
          : a.value - b.value;
      return (descending ? -order : order) || a.index - b.index;
    })
    .map((r) => r.row);
}
