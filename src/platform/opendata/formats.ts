import type { Dataset, Row } from './registry.ts';

const needsQuotes = /[",\r\n]/;

/** RFC 4180 field: quoted when it holds a comma, quote or line break; cells that a spreadsheet
 * would run as a formula are prefixed with an apostrophe (CSV injection). */
export function csvField(value: Row[string]): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function* csvLines(
  dataset: Dataset,
  pages: AsyncIterable<Row[]>,
): AsyncGenerator<string> {
  const names = dataset.fields.map((f) => f.name);
  yield `${names.map((n) => csvField(n)).join(',')}\r\n`;
  for await (const page of pages) {
    yield page.map((row) => `${names.map((n) => csvField(row[n] ?? null)).join(',')}\r\n`).join('');
  }
}

export async function* jsonChunks(pages: AsyncIterable<Row[]>): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const page of pages) {
    for (const row of page) {
      yield (first ? '\n' : ',\n') + JSON.stringify(row);
      first = false;
    }
  }
  yield '\n]\n';
}

/** One JSON value per line (JSON Lines), for data whose own standard is not a table. */
export async function* jsonLines(pages: AsyncIterable<unknown[]>): AsyncGenerator<string> {
  for await (const page of pages) {
    if (page.length > 0) yield `${page.map((value) => JSON.stringify(value)).join('\n')}\n`;
  }
}

/** Frictionless Data Package descriptor (https://specs.frictionlessdata.io/data-package/). */
export function dataPackage(dataset: Dataset, baseUrl: string, lastModified: Date | null) {
  const schema = {
    fields: dataset.fields.map((f) => ({ name: f.name, type: f.type, description: f.description })),
  };
  return {
    profile: 'tabular-data-package',
    name: dataset.name,
    title: dataset.title.en,
    description: dataset.description.en,
    'x-akniet-title': dataset.title,
    'x-akniet-description': dataset.description,
    'x-akniet-update-schedule': dataset.updateSchedule,
    licenses: [dataset.license],
    sources: [{ title: dataset.source }],
    ...(lastModified ? { updated: lastModified.toISOString() } : {}),
    resources: [
      {
        profile: 'tabular-data-resource',
        name: dataset.name,
        path: `${baseUrl}/${dataset.name}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema,
      },
      {
        profile: 'data-resource',
        name: `${dataset.name}-json`,
        path: `${baseUrl}/${dataset.name}.json`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        schema,
      },
    ],
  };
}
