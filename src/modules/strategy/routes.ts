import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localizedText } from '../../platform/i18n/language.ts';
import { definitionView } from './indicators/views.ts';
import { planItem, strategyOverview } from './service.ts';

const itemSummary = z.object({
  number: z.number(),
  goals: z.array(localizedText),
  activityCount: z.number(),
  indicatorCount: z.number(),
});
const overview = z.object({
  directions: z.array(
    z.object({ number: z.number(), title: localizedText, items: z.array(itemSummary) }),
  ),
  targets: z.array(
    z.object({
      code: z.string(),
      year: z.number(),
      change: z.object({ kind: z.string(), value: z.number() }),
      text: localizedText,
    }),
  ),
});
const item = z.object({
  number: z.number(),
  direction: z.object({ number: z.number(), title: localizedText }),
  goals: z.array(localizedText),
  tasks: z.array(localizedText),
  activities: z.array(
    z.object({
      code: z.string(),
      text: localizedText,
      expectedResults: z.array(localizedText),
      indicators: z.array(
        z.object({ code: z.string(), text: localizedText, definition: definitionView.nullable() }),
      ),
    }),
  ),
});

export async function strategyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/strategy',
    {
      config: { access: 'anyone' },
      schema: {
        tags: ['strategy'],
        summary: 'The Strategy: its 7 directions, 20 Plan items and headline targets',
        response: { 200: overview },
      },
    },
    async () => strategyOverview(db),
  );

  r.get(
    '/api/strategy/items/:number',
    {
      config: { access: 'anyone' },
      schema: {
        tags: ['strategy'],
        summary: 'One Plan item with its goals, tasks, activities, expected results and indicators',
        params: z.object({ number: z.coerce.number().int().min(1).max(1000) }),
        response: { 200: item },
      },
    },
    async (request) => planItem(db, request.params.number),
  );
}
