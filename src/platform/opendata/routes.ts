import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../http/errors.ts';
import { localizedText } from '../i18n/language.ts';
import type { PlatformModule } from '../module.ts';
import { csvLines, dataPackage, jsonChunks, jsonLines } from './formats.ts';
import type { DatasetRegistry } from './registry.ts';

const BASE = '/api/opendata';

const datasetSummary = z.object({
  name: z.string(),
  title: localizedText,
  description: localizedText,
  license: z.object({ name: z.string(), path: z.string(), title: z.string() }),
  source: z.string(),
  updateSchedule: z.enum(['live', 'daily']),
  updatedAt: z.string().nullable(),
  resources: z.array(
    z.object({
      format: z.enum(['csv', 'json', 'jsonl']),
      path: z.string(),
      standard: z.string().optional(),
    }),
  ),
  datapackage: z.string(),
});

/** The open-data publisher: the catalog and every registered dataset as CSV, JSON and datapackage.json. */
export function openDataModule(registry: DatasetRegistry): PlatformModule {
  return {
    name: 'opendata',
    routes: async (app: FastifyInstance) => {
      const r = app.withTypeProvider<ZodTypeProvider>();
      const db = app.database.db;

      r.get(
        BASE,
        {
          config: { access: 'anyone' },
          schema: {
            tags: ['open data'],
            summary: 'Catalog of public datasets',
            response: { 200: z.object({ datasets: z.array(datasetSummary) }) },
          },
        },
        async () => ({
          datasets: await Promise.all(
            registry.all().map(async (d) => ({
              name: d.name,
              title: d.title,
              description: d.description,
              license: d.license,
              source: d.source,
              updateSchedule: d.updateSchedule,
              updatedAt: (await d.lastModified(db))?.toISOString() ?? null,
              resources: [
                { format: 'csv' as const, path: `${BASE}/${d.name}.csv` },
                { format: 'json' as const, path: `${BASE}/${d.name}.json` },
                ...(d.lines
                  ? [
                      {
                        format: 'jsonl' as const,
                        path: `${BASE}/${d.name}.jsonl`,
                        standard: d.lines.standard,
                      },
                    ]
                  : []),
              ],
              datapackage: `${BASE}/${d.name}/datapackage.json`,
            })),
          ),
        }),
      );

      r.get(
        `${BASE}/:name/datapackage.json`,
        {
          config: { access: 'anyone' },
          schema: {
            tags: ['open data'],
            summary: 'Frictionless Data Package descriptor of a dataset',
            params: z.object({ name: z.string().max(100) }),
          },
        },
        async (request) => {
          const dataset = registry.get(request.params.name);
          if (!dataset) throw notFound({ dataset: request.params.name });
          return dataPackage(dataset, BASE, await dataset.lastModified(db));
        },
      );

      r.get(
        `${BASE}/:file`,
        {
          config: { access: 'anyone' },
          schema: {
            tags: ['open data'],
            summary:
              'A dataset as CSV (name.csv), JSON (name.json), or line-delimited JSON in its own standard where it has one (name.jsonl)',
            params: z.object({
              file: z
                .string()
                .regex(
                  /^[a-z0-9-]+\.(csv|json|jsonl)$/,
                  'expected <dataset>.csv, <dataset>.json or <dataset>.jsonl',
                ),
            }),
          },
        },
        async (request, reply) => {
          const [name, format] = request.params.file.split('.') as [
            string,
            'csv' | 'json' | 'jsonl',
          ];
          const dataset = registry.get(name);
          if (!dataset || (format === 'jsonl' && !dataset.lines)) {
            throw notFound({ dataset: request.params.file });
          }
          const modified = await dataset.lastModified(db);
          if (modified) reply.header('last-modified', modified.toUTCString());
          reply.header('content-disposition', `attachment; filename="${name}.${format}"`);
          reply.header('access-control-allow-origin', '*');
          const chunks =
            format === 'csv'
              ? csvLines(dataset, dataset.pages(db))
              : format === 'jsonl'
                ? jsonLines(dataset.lines!.pages(db))
                : jsonChunks(dataset.pages(db));
          reply.type(
            format === 'csv'
              ? 'text/csv; charset=utf-8'
              : format === 'jsonl'
                ? 'application/jsonl; charset=utf-8'
                : 'application/json; charset=utf-8',
          );
          return reply.send(Readable.from(chunks));
        },
      );
    },
  };
}
