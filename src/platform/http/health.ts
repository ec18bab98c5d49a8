import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';

export const VERSION = '0.1.0';

/** How long a database probe result is reused. */
export const PROBE_TTL_MS = 1000;

interface Probe {
  ok: boolean;
  latencyMs: number;
  checkedAt: Date;
}

/**
 * Probes the database at most once per PROBE_TTL_MS, however many health checks arrive: a load
 * balancer polling, or a flood, must not turn into a flood of database queries. Concurrent
 * callers share the probe in flight.
 */
export function databaseProbe(db: Db, ttlMs = PROBE_TTL_MS): () => Promise<Probe> {
  let last: Probe | null = null;
  let inFlight: Promise<Probe> | null = null;
  return () => {
    if (last && Date.now() - last.checkedAt.getTime() < ttlMs) return Promise.resolve(last);
    inFlight ??= (async () => {
      const started = performance.now();
      let ok = true;
      try {
        await db.execute(sql`SELECT 1`);
      } catch {
        ok = false;
      }
      last = {
        ok,
        latencyMs: Math.round((performance.now() - started) * 100) / 100,
        checkedAt: new Date(),
      };
      inFlight = null;
      return last;
    })();
    return inFlight;
  };
}

export async function healthRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const probe = databaseProbe(app.database.db);
  const health = z.object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({
      ok: z.boolean(),
      driver: z.enum(['pglite', 'postgres']),
      latencyMs: z.number(),
      checkedAt: z.string(),
    }),
    version: z.string(),
    demo: z.boolean(),
  });
  // One body per probe: the probe changes at most once a second, the answer is served far more often.
  const bodies = new WeakMap<Probe, string>();
  r.get(
    '/api/health',
    {
      // Not rate-limited: load balancers poll it, and it costs no database work (see databaseProbe).
      config: { access: 'anyone', rateLimit: false },
      schema: {
        tags: ['platform'],
        summary:
          'Whether the server and its database answer (database probed at most once a second)',
        response: { 200: health, 503: health },
      },
    },
    async (_request, reply) => {
      const result = await probe();
      let body = bodies.get(result);
      if (!body) {
        body = JSON.stringify(
          health.parse({
            status: result.ok ? 'ok' : 'degraded',
            database: {
              ok: result.ok,
              driver: app.database.driver,
              latencyMs: result.latencyMs,
              checkedAt: result.checkedAt.toISOString(),
            },
            version: VERSION,
            demo: app.config.demoData,
          }),
        );
        bodies.set(result, body);
      }
      return reply
        .status(result.ok ? 200 : 503)
        .type('application/json; charset=utf-8')
        .serializer((payload) => payload as string)
        .send(body as unknown as z.infer<typeof health>); // already serialised and checked
    },
  );
}
