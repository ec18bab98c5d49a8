import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { jsonCache } from '../../../platform/http/cached-json.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { indicatorCatalogue } from './catalogue.ts';
import { bindComputedIndicators, indicatorValues } from './values.ts';
import { indicatorView, yearValueView } from './views.ts';

const code = z.string().regex(/^\d+\.\d+\.\d+$/, 'a Plan indicator code such as 2.1.1');

/** The Plan's indicators: definitions, latest values against targets, and values by year. */
export async function indicatorRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const tags = ['indicators'];
  bindComputedIndicators(db, app.computedIndicators);
  const indicatorPage = pageOf(indicatorView);
  const listJson = jsonCache(indicatorPage);

  r.get(
    '/api/indicators',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Plan indicators with their definitions and latest values',
        querystring: z.object({
          item: z.coerce.number().int().min(1).max(20).optional(),
          source: z.enum(['manual', 'computed']).optional(),
          q: z.string().trim().max(200).optional(),
          ...pageQuery,
        }),
        response: { 200: indicatorPage },
      },
    },
    async (request, reply) => {
      const { item, source, q, page, pageSize } = request.query;
      const [{ list }, values] = await Promise.all([
        indicatorCatalogue.get(db),
        indicatorValues(db),
      ]);
      // Values are cached for a minute; so is each page of them as JSON.
      return listJson.send(reply, values, JSON.stringify(request.query), () => {
        const needle = q?.toLocaleLowerCase();
        const matching = list.filter(
          (i) =>
            (item === undefined || i.itemNumber === item) &&
            (source === undefined || i.definition.source.kind === source) &&
            (!needle ||
              i.code.startsWith(needle) ||
              Object.values(i.text).some((t) => t.toLocaleLowerCase().includes(needle))),
        );
        return {
          items: matching
            .slice((page - 1) * pageSize, page * pageSize)
            .map((i) => ({ ...i, latest: values.get(i.code)!.latest })),
          total: matching.length,
          page,
          pageSize,
        };
      });
    },
  );

  r.get(
    '/api/indicators/:code',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'One Plan indicator with its values by year',
        params: z.object({ code }),
        response: { 200: indicatorView.extend({ history: z.array(yearValueView) }) },
      },
    },
    async (request) => {
      const [{ byCode }, values] = await Promise.all([
        indicatorCatalogue.get(db),
        indicatorValues(db),
      ]);
      const indicator = byCode.get(request.params.code);
      if (!indicator) throw notFound({ indicator: request.params.code });
      const v = values.get(indicator.code)!;
      return { ...indicator, latest: v.latest, history: v.history };
    },
  );
}
