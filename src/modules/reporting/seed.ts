import { inArray } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import { DEMO_PASSWORD } from '../../platform/auth/seed.ts';
import type { Db } from '../../platform/db/client.ts';
import { seedDemoReports } from './demo/reports.ts';
import { keyStatus, setUpKey } from './keys/handler-keys.ts';

/** Demo accounts that handle reports or guard identities: they get keys under the demo password. */
const DEMO_KEY_HOLDERS = ['prosecutor', 'investigator', 'officer', 'custodian'];

export async function seedReporting(db: Db, opts: { demo: boolean }): Promise<string[]> {
  if (!opts.demo) return [];
  const holders = await db
    .select({ id: users.id, username: users.username, synthetic: users.synthetic })
    .from(users)
    .where(inArray(users.username, DEMO_KEY_HOLDERS));
  const made: string[] = [];
  for (const h of holders) {
    if (!h.synthetic || (await keyStatus(db, h.id))) continue;
    // The recovery code of a demo key is not kept: the demo password is public anyway.
    await setUpKey(db, h.id, DEMO_PASSWORD);
    made.push(h.username);
  }
  const lines = made.length ? [`reporting keys set up for demo handlers: ${made.join(', ')}`] : [];
  return [...lines, ...(await seedDemoReports(db))];
}
