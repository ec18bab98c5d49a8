import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { collectComputedIndicators } from '../computed-indicators.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { PlatformModule } from '../module.ts';
import { accessControl } from './access.ts';
import { installErrorHandler, sendError } from './error-handler.ts';
import { AppError } from './errors.ts';
import { installSecurityHeaders, isReporterPage } from './security-headers.ts';

export const webDist = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export const BODY_LIMIT = 1024 * 1024;
/** One file per upload request, at most this large (evidence, attachments). */
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

export async function buildApp(opts: {
  database: Database;
  config: Config;
  modules: readonly PlatformModule[];
}): Promise<FastifyInstance> {
  const { config } = opts;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: BODY_LIMIT,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', opts.database);
  app.decorate('config', config);
  app.decorate('jobWorker', null);
  app.decorate('computedIndicators', collectComputedIndicators(opts.modules));
  app.decorate(
    'passwordChangedHooks',
    opts.modules.flatMap((m) => (m.passwordChanged ? [m.passwordChanged] : [])),
  );
  installErrorHandler(app);

  await app.register(cookie);
  installSecurityHeaders(app);
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    // The limit guards the API. The web app's files are static: one page view fetches dozens of
    // script chunks, and counting them locked out a quick user (or an office behind one address).
    allowList: (request) => !request.url.startsWith('/api/'),
    errorResponseBuilder: () => new AppError(429, 'rate_limited'),
  });
  await app.register(multipart, {
    limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 10, parts: 11 },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Akniet API',
        description:
          'The national anti-corruption platform of the Kyrgyz Republic. Errors always have the shape ' +
          '{"error": {"code", "message", "details"}}; unsafe methods from a session need the x-csrf-token header.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'akniet_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  await app.register(accessControl);

  for (const mod of opts.modules) {
    if (mod.routes) await app.register(mod.routes);
  }

  app.get('/api/openapi.json', { config: { access: 'anyone' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const hasWeb = existsSync(webDist);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
    // Vite names every asset by its content hash, so a cached copy is never stale.
    app.addHook('onSend', async (request, reply) => {
      if (reply.statusCode === 200 && request.url.startsWith('/assets/')) {
        reply.header('cache-control', 'public, max-age=31536000, immutable');
      }
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/');
    if (wantsPage && hasWeb) {
      // The whistleblower's pages keep the no-store set with the security headers.
      const cacheControl = !isReporterPage(request.url);
      return reply.type('text/html').sendFile('index.html', { cacheControl });
    }
    return sendError(request, reply, 404, 'not_found', { path: request.url.split('?')[0] });
  });
  return app;
}
