// Child process of the http benchmark: the platform and a bare Fastify hello server, side by
// side in one process, so that both are measured under the same conditions.
import Fastify from 'fastify';
import { startPlatform } from '../../src/main.ts';
import { loadConfig } from '../../src/platform/config.ts';

const platform = await startPlatform({
  port: 0,
  host: '127.0.0.1',
  quiet: true,
  // BENCH_DATABASE_URL=postgres://... measures on a PostgreSQL server instead of PGlite.
  databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
  config: { ...loadConfig({}), logLevel: 'silent', rateLimitPerMinute: 100_000_000 },
});
const bare = Fastify();
bare.get('/hello', async () => ({ hello: 'world' }));
await bare.listen({ port: 0, host: '127.0.0.1' });

const login = await fetch(`${platform.url}/api/session`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: 'demo-Akniet-2026' }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
const barePort = (bare.server.address() as { port: number }).port;
process.stdout.write(
  `${JSON.stringify({ platform: platform.url.replace('localhost', '127.0.0.1'), bare: `http://127.0.0.1:${barePort}`, cookie })}\n`,
);
process.on('SIGTERM', async () => {
  await bare.close();
  await platform.close();
  process.exit(0);
});
