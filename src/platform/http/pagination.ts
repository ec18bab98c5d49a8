import { z } from 'zod';

/** The one paging contract of every list: ?page=&pageSize=, answered as {items, total, page, pageSize}. */
export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

/** ?sort=name or ?sort=-name over a fixed list of sortable fields. */
export function sortParam<const F extends readonly [string, ...string[]]>(fields: F) {
  const values = fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z.enum(values).optional();
}

export function parseSort<F extends string>(
  sort: string | undefined,
  fallback: F,
): { field: F; descending: boolean } {
  if (!sort) return { field: fallback, descending: false };
  const descending = sort.startsWith('-');
  return { field: (descending ? sort.slice(1) : sort) as F, descending };
}

/** An ILIKE pattern that finds the text anywhere, with the caller's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
