import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDatabase, queryRows } from './client.ts';
import { acquireDataDirLock } from './lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'akniet-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('data directory lock', () => {
  it('refuses a second user of the directory with a clear message', () => {
    const release = acquireDataDirLock(dir);
    // The lock holds this process's pid; pretend another live process (pid 1) owns it.
    writeFileSync(join(dir, 'akniet.lock'), '1');
    expect(() => acquireDataDirLock(dir)).toThrow(/in use by another Akniet process \(pid 1\)/);
    release();
  });

  it('takes over a lock left by a process that is gone', () => {
    writeFileSync(join(dir, 'akniet.lock'), '999999999');
    const release = acquireDataDirLock(dir);
    release();
  });

  it('keeps PGlite data on disk across openings', async () => {
    const first = await openDatabase({ dataDir: dir });
    await first.db.execute(sql`CREATE TABLE kept (v int)`);
    await first.db.execute(sql`INSERT INTO kept VALUES (42)`);
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    expect(await queryRows(second.db, sql`SELECT v FROM kept`)).toEqual([{ v: 42 }]);
    await second.close();
  });
});

describe('configuration', () => {
  it('refuses a malformed environment naming the setting', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(loadConfig({}).port).toBe(3000);
  });
});
