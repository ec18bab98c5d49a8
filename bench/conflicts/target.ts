// Where the conflicts benchmark keeps its data: a fresh PGlite directory, or a fresh database on
// the server named by BENCH_DATABASE_URL (dropped afterwards: other benchmarks may share it).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/platform/db/client.ts';

export interface Target {
  /** A postgres:// URL or a PGlite data directory. */
  location: string;
  drop(): Promise<void>;
}

export async function createTarget(serverUrl: string | undefined): Promise<Target> {
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'akniet-bench-conflicts-'));
    return { location: dir, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `akniet_bench_conflicts_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  // No JIT: the join's cost estimate crosses jit_above_cost, and compiling it took ~10 s of a
  // 1 s query at 1/20 scale. That would time LLVM rather than the join (and flatter the ratio).
  await adminQuery(serverUrl, `ALTER DATABASE ${name} SET jit = off`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Through the server's own `postgres` database, so the one the URL names need not exist. */
async function adminQuery(serverUrl: string, statement: string) {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

export const openTarget = (location: string): Promise<Database> =>
  openDatabase(location.startsWith('postgres') ? { databaseUrl: location } : { dataDir: location });
