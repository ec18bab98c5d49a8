import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireDataDirLock } from './lock.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The one database type every module uses, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Driver = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  driver: Driver;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://... uses a PostgreSQL server; otherwise PGlite embedded. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; undefined keeps the database in memory (tests). */
  dataDir?: string | undefined;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // Fail at start, with the server's own message, rather than at the first request.
    const client = await pool.connect().catch(async (err: Error) => {
      await pool.end();
      throw new Error(`Cannot connect to DATABASE_URL: ${err.message}`);
    });
    client.release();
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, driver: 'postgres', close: () => pool.end() };
  }
  let release = () => {};
  let client: PGlite;
  if (opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true });
    release = acquireDataDirLock(opts.dataDir);
    try {
      client = await PGlite.create(join(opts.dataDir, 'pglite'));
    } catch (err) {
      release();
      throw err;
    }
  } else {
    client = await PGlite.create();
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** Rows of a raw SQL query, the same shape from both drivers. */
export async function queryRows<T = Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
