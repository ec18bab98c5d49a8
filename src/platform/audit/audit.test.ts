import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { openTestDatabase } from '../testing/test-platform.ts';
import { recordAudit, SYSTEM_ACTOR, verifyAuditChain } from './service.ts';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  await migrate(database);
  for (let i = 0; i < 5; i++) {
    await database.db.transaction((tx) =>
      recordAudit(
        tx,
        { id: null, name: 'tester', ip: '10.0.0.1' },
        {
          action: 'case.changed',
          entityType: 'case',
          entityId: String(i),
          details: {
            before: { status: 'open' },
            after: { status: 'closed', amount: 1.5, list: [3, 1] },
          },
        },
      ),
    );
  }
});
afterAll(() => database.close());

describe('audit log', () => {
  it('verifies an intact chain', async () => {
    expect(await verifyAuditChain(database.db)).toEqual({
      ok: true,
      checked: 5,
      firstBrokenId: null,
      reason: null,
    });
  });

  it('checks long logs page by page', async () => {
    expect((await verifyAuditChain(database.db, 2)).checked).toBe(5);
  });

  it('refuses UPDATE, DELETE and TRUNCATE through the database itself', async () => {
    const db = database.db;
    await expect(db.execute(sql`UPDATE audit_log SET action = 'x' WHERE id = 1`)).rejects.toThrow();
    await expect(db.execute(sql`DELETE FROM audit_log WHERE id = 1`)).rejects.toThrow();
    await expect(db.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('an entry appended alongside a failed change is rolled back with it', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await recordAudit(tx, SYSTEM_ACTOR, { action: 'doomed', entityType: 'x' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const rows = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'doomed'`,
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('catches an edit made behind the application, naming the first broken entry', async () => {
    const db = database.db;
    // What an intruder with superuser rights could do: switch the trigger off and rewrite history.
    await db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`);
    await db.execute(
      sql`UPDATE audit_log SET details = jsonb_set(details, '{after,status}', '"open"') WHERE id = 3`,
    );
    await db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete`);
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      checked: 2,
      firstBrokenId: '3',
      reason: 'hash_mismatch',
    });
  });
});
