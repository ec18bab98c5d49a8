import type { FastifyPluginAsync } from 'fastify';
import type { ComputedIndicator } from './computed-indicators.ts';
import type { Db } from './db/client.ts';
import type { JobHandler } from './jobs/queue.ts';
import type { Dataset } from './opendata/registry.ts';

/**
 * What a capability plugs into the platform: its routes, its public datasets, its background
 * jobs and its seed. The platform itself is made of the same pieces.
 */
export interface PlatformModule {
  name: string;
  routes?: FastifyPluginAsync;
  datasets?: readonly Dataset[];
  jobs?: Readonly<Record<string, JobHandler>>;
  /** Jobs the platform starts on its own, every so often (checks that must run without anyone asking). */
  schedules?: ReadonlyArray<{ kind: string; everyMs: number }>;
  /** Strategy indicators this module measures from its own data, by key (see data/indicators.json). */
  indicators?: Readonly<Record<string, ComputedIndicator>>;
  /** Reference data always; demo data only when demo is true. Must be idempotent. */
  seed?: (db: Db, opts: { demo: boolean }) => Promise<string[]>;
  /**
   * Runs in the transaction that changes an account's own password (the old one was just
   * checked): for keys the module protects with the password.
   */
  passwordChanged?: PasswordChangedHook;
}

export type PasswordChangedHook = (
  tx: Db,
  userId: string,
  change: { oldPassword: string; newPassword: string },
) => Promise<void>;
