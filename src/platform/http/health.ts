import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';

export const VERSION = '0.1.0';

export async function healthRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const health = z.object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({ ok: z.boolean(), driver: z.enum(['pglite', 'postgres']), latencyMs: z.number() }),
    version: z.string(),
    demo: z.boolean(),
  });
  r.get(
    '/api/health',
    {
      config: { access: 'anyone' },
      schema: {
        tags: ['platform'],
        summary: 'Whether the server and its database answer',
        response: { 200: health, 503: health },
      },
    },
    async (_request, reply) => {
      const started = performance.now();
      let ok = true;
      try {
        await app.database.db.execute(sql`SELECT 1`);
      } catch {
        ok = false;
      }
      const body = {
        status: ok ? ('ok' as const) : ('degraded' as const),
        database: {
          ok,
          driver: app.database.driver,
          latencyMs: Math.round((performance.now() - started) * 100) / 100,
        },
        version: VERSION,
        demo: app.config.demoData,
      };
      return reply.status(ok ? 200 : 503).send(body);
    },
  );
}
