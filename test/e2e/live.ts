import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../src/platform/db/client.ts';
import { launchBrowser } from './browser.ts';
import { type Platform, startTestPlatform } from './harness.ts';

export type Live = { url: string; db: Db; browser: Browser };

/**
 * Starts a fresh platform (own in-memory database) and a browser for the test file, and stops
 * both afterwards. Read the fields inside tests, after beforeAll has run.
 */
export function useLivePlatform(): Live {
  const live = {} as Live;
  let platform: Platform | undefined;
  beforeAll(async () => {
    platform = await startTestPlatform();
    live.url = platform.url;
    live.db = platform.db;
    live.browser = await launchBrowser();
  });
  afterAll(async () => {
    await live.browser?.close();
    await platform?.close();
  });
  return live;
}
