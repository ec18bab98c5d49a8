import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startPlatform } from '../../src/main.ts';
import type { Db } from '../../src/platform/db/client.ts';

export const DEMO_PASSWORD = 'demo-Akniet-2026';

const webIndex = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));

/** `db` is the platform's own database, for tests that set up data the API cannot. */
export type Platform = { url: string; db: Db; close(): Promise<void> };

/**
 * The whole platform on a random port over an in-memory database with demo data, serving the
 * built web app. Build it first: `npm run test:e2e` runs `vite build` before the tests.
 */
export async function startTestPlatform(): Promise<Platform> {
  if (!existsSync(webIndex)) {
    throw new Error('web/dist is missing: run `npm run build:web` (npm run test:e2e does it).');
  }
  const platform = await startPlatform({ port: 0, seed: true, quiet: true });
  return { url: platform.url, db: platform.app.database.db, close: () => platform.close() };
}
