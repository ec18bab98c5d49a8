import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../platform/db/client.ts';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../../bin/akniet.mjs', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'akniet-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function akniet(...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout + e.stderr };
  }
}

// The CLI drives the embedded database in DATA_DIR; the server variant of the suite skips it.
describe.skipIf(!!process.env.TEST_DATABASE_URL)('akniet command', () => {
  it('explains itself', async () => {
    const help = await akniet('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('verify audit');
    expect((await akniet('frobnicate')).code).toBe(2);
  });

  it('migrates, seeds, and verify audit names the entry edited behind its back', async () => {
    expect((await akniet('migrate')).stdout).toContain('Migrations applied');
    expect((await akniet('seed')).stdout).toContain('agencies:');
    const intact = await akniet('verify', 'audit');
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/intact: \d+ entries checked/);

    const database = await openDatabase({ dataDir });
    await database.db.execute(
      sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`,
    );
    await database.db.execute(sql`UPDATE audit_log SET actor_name = 'someone else' WHERE id = 1`);
    await database.close();

    const broken = await akniet('verify', 'audit');
    expect(broken.code).toBe(3);
    expect(broken.stdout).toContain('BROKEN at entry 1 (hash_mismatch)');
    // The demo seed spends argon2id on handlers' keys and synthetic reports: slow on a busy machine.
  }, 240_000);

  it('verify allocations replays the demo courts, and names an allocation edited in the database', async () => {
    const range = ['--from', '2020-01-01', '--to', new Date().toISOString().slice(0, 10)];
    const intact = await akniet('verify', 'allocations', ...range);
    expect(intact.stdout).toContain('Everything checks.');
    expect(intact.code).toBe(0);

    const database = await openDatabase({ dataDir });
    await database.db.execute(
      sql`ALTER TABLE allocation_log DISABLE TRIGGER allocation_log_no_update_delete`,
    );
    await database.db.execute(
      sql`UPDATE allocation_log SET payload = jsonb_set(payload, '{draw}', '"0"') WHERE seq = (SELECT min(seq) FROM allocation_log WHERE kind = 'allocation')`,
    );
    await database.close();
    const broken = await akniet('verify', 'allocations', ...range);
    expect(broken.code).toBe(3);
    expect(broken.stdout).toMatch(/hash-mismatch \(entry \d+\)/);
    expect((await akniet('verify', 'allocations', '--from', 'yesterday')).code).toBe(2);
  }, 90_000);
});
