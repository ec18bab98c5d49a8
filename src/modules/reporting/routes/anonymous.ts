import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/**
 * Route options every anonymous reporting route shares: nothing about the request is logged
 * (Fastify's request log would record the address), and the rate limit counts per address only
 * in memory, under a keyed hash that changes with every start, so not even the counters hold an
 * address.
 */
const processKey = randomBytes(32);

export const anonymousKey = (request: FastifyRequest) =>
  createHmac('sha256', processKey).update(request.ip).digest('base64url');

export const anonymousRoute = (perMinute: number) =>
  ({
    logLevel: 'silent',
    config: {
      access: 'anyone',
      rateLimit: { max: perMinute, timeWindow: '1 minute', keyGenerator: anonymousKey },
    },
  }) as const;

/** Reading routes of a returning reporter: no log, the platform's general limit. */
export const anonymousReadRoute = {
  logLevel: 'silent',
  config: { access: 'anyone', rateLimit: { keyGenerator: anonymousKey } },
} as const;
