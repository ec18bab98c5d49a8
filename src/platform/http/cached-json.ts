import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

/**
 * Serialised responses kept beside the cached value they were made from: for figures many readers
 * ask for and few writes change (dashboards). The JSON is checked against the route's schema once,
 * when made; a new cached value (after a write or expiry) starts afresh. Per value at most `limit`
 * variants (one per query) are kept, the oldest dropped first.
 */
export function jsonCache<S extends z.ZodType>(schema: S, limit = 256) {
  const byValue = new WeakMap<object, Map<string, string>>();
  return {
    send(reply: FastifyReply, source: object, key: string, build: () => z.input<S>) {
      let variants = byValue.get(source);
      if (!variants) {
        variants = new Map();
        byValue.set(source, variants);
      }
      let json = variants.get(key);
      if (json === undefined) {
        json = JSON.stringify(schema.parse(build()));
        if (variants.size >= limit) variants.delete(variants.keys().next().value!);
        variants.set(key, json);
      }
      return reply
        .type('application/json; charset=utf-8')
        .serializer((payload) => payload as string)
        .send(json);
    },
  };
}
