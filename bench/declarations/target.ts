// Where one size of the declarations benchmark keeps its data: a fresh PGlite directory, or a fresh
// database on the server named by BENCH_DATABASE_URL. Filled in one process and measured in
// another, so the measuring process's memory holds only what the re-check itself needs.
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
    // A data directory, not in-memory: 100,000 declarations in PGlite's in-memory file system
    // would sit in this process's memory and hide the re-check's own memory use.
    const dir = mkdtempSync(join(tmpdir(), 'akniet-bench-declarations-'));
    return { location: dir, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  // A database of its own, dropped afterwards: other benchmarks may be using BENCH_DATABASE_URL's.
  const name = `akniet_bench_declarations_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(serverUrl: string, statement: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

export const openTarget = (location: string): Promise<Database> =>
  openDatabase(location.startsWith('postgres') ? { databaseUrl: location } : { dataDir: location });
