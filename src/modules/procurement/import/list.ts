import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { procurementImports } from '../schema.ts';

type ImportRow = typeof procurementImports.$inferSelect;

/** An import as the UI shows it: counts, progress (a share of the bytes when the size is known). */
export function toImportView(row: ImportRow) {
  return {
    id: row.id,
    source: row.source,
    format: row.format,
    state: row.state,
    jobId: row.jobId,
    progress:
      row.state === 'done'
        ? 1
        : row.bytesTotal
          ? Math.min(1, row.bytesRead / row.bytesTotal)
          : null,
    read: row.read,
    created: row.created,
    updated: row.updated,
    unchanged: row.unchanged,
    refused: row.refused,
    problems: row.problems,
    failure: row.failure,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export function listImports(db: Db, page: PageRequest) {
  return fetchPage(
    page,
    (limit, offset) =>
      db
        .select()
        .from(procurementImports)
        .orderBy(desc(procurementImports.startedAt), desc(procurementImports.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(procurementImports),
    // The list leaves the problems out: they are on the import's own page.
    (row) => {
      const { problems: _problems, ...view } = toImportView(row);
      return view;
    },
  );
}

export async function getImport(db: Db, id: string) {
  const [row] = await db.select().from(procurementImports).where(eq(procurementImports.id, id));
  if (!row) throw notFound({ import: id });
  return toImportView(row);
}
