import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { assemble } from '../assemble.ts';
import { hashPassword } from '../auth/password.ts';
import type { Role } from '../auth/roles.ts';
import { users } from '../auth/schema.ts';
import { createSession } from '../auth/sessions.ts';
import { type Config, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { buildApp } from '../http/app.ts';
import { seedAll } from '../seed.ts';

/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by TEST_DATABASE_URL (CI runs every suite both ways).
 */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({});
  const name = `akniet_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export const TEST_PASSWORD = 'correct-horse-battery';
const testHash = hashPassword(TEST_PASSWORD);

export interface Caller {
  cookie: string;
  csrfToken: string;
  userId: string;
}

export interface TestPlatform {
  app: FastifyInstance;
  database: Database;
  jobs: ReturnType<typeof assemble>['jobs'];
  /** An account with these roles (password TEST_PASSWORD). */
  createUser(
    roles: Role[],
    opts?: { username?: string; agencyId?: string | null },
  ): Promise<string>;
  /** Signs in through the API and returns what a browser would hold. */
  login(username: string, password?: string): Promise<Caller>;
  /** A signed-in caller with these roles. */
  as(roles: Role[]): Promise<Caller>;
  request(
    caller: Caller | null,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

let counter = 0;

export async function createTestPlatform(
  opts: { demo?: boolean; config?: Partial<Config> } = {},
): Promise<TestPlatform> {
  const database = await openTestDatabase();
  await migrate(database);
  const { modules, jobs } = assemble();
  await seedAll(database.db, modules, { demo: opts.demo ?? false });
  const config = {
    ...loadConfig({}),
    logLevel: 'silent',
    rateLimitPerMinute: 100_000,
    reportingPowBits: 8,
    reportingPerMinute: 100_000,
    ...opts.config,
  };
  const app = await buildApp({ database, config, modules });
  await app.ready();

  const createUser: TestPlatform['createUser'] = async (roles, o = {}) => {
    const username =
      o.username ?? `user${++counter}-${roles.join('-') || 'none'}`.replaceAll('_', '-');
    const [row] = await database.db
      .insert(users)
      .values({
        username,
        displayName: `Test ${username}`,
        passwordHash: testHash,
        roles,
        agencyId: o.agencyId ?? null,
      })
      .returning({ id: users.id });
    return row!.id;
  };

  const login: TestPlatform['login'] = async (username, password = TEST_PASSWORD) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username, password },
    });
    if (res.statusCode !== 200)
      throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'akniet_session');
    const body = res.json() as { csrfToken: string; user: { id: string } };
    return {
      cookie: `akniet_session=${cookie!.value}`,
      csrfToken: body.csrfToken,
      userId: body.user.id,
    };
  };

  return {
    app,
    database,
    jobs,
    createUser,
    login,
    as: async (roles) => {
      // Straight to a session: the sign-in route itself is tested, and rate-limited, elsewhere.
      const userId = await createUser(roles, { username: `as${++counter}` });
      const session = await createSession(database.db, userId, 1, '127.0.0.1');
      return { cookie: `akniet_session=${session.token}`, csrfToken: session.csrfToken, userId };
    },
    request: (caller, method, url, body, headers = {}) =>
      app.inject({
        method,
        url,
        ...(body !== undefined ? { payload: body as object } : {}),
        headers: {
          ...(caller ? { cookie: caller.cookie, 'x-csrf-token': caller.csrfToken } : {}),
          ...headers,
        },
      }),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
