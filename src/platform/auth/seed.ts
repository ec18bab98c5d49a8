import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies } from '../reference/schema.ts';
import { hashPassword } from './password.ts';
import type { Role } from './roles.ts';
import { users } from './schema.ts';

/** The one password of every demo account; printed at start, never used outside the demo. */
export const DEMO_PASSWORD = 'demo-Akniet-2026';

export const DEMO_ACCOUNTS: ReadonlyArray<{
  username: string;
  displayName: string;
  roles: Role[];
  agencyCode: string | null;
}> = [
  { username: 'admin', displayName: 'Демо администратор', roles: ['admin'], agencyCode: null },
  {
    username: 'officer',
    displayName: 'Демо антикоррупциялык кызматкер',
    roles: ['officer'],
    agencyCode: 'ministry-of-justice',
  },
  {
    username: 'head',
    displayName: 'Демо мекеме башчысы',
    roles: ['agency_head'],
    agencyCode: 'ministry-of-finance',
  },
  {
    username: 'coordinator',
    displayName: 'Демо координатор',
    roles: ['coordinator'],
    agencyCode: 'security-council-secretariat',
  },
  {
    username: 'verifier',
    displayName: 'Демо текшерүүчү',
    roles: ['verifier'],
    agencyCode: 'state-tax-service',
  },
  {
    username: 'declarant',
    displayName: 'Демо декларант',
    roles: ['declarant'],
    agencyCode: 'ministry-of-finance',
  },
  {
    username: 'prosecutor',
    displayName: 'Демо прокурор',
    roles: ['prosecutor'],
    agencyCode: 'prosecutor-general',
  },
  {
    username: 'investigator',
    displayName: 'Демо Антикоррупциялык кызматтын тергөөчүсү',
    roles: ['investigator'],
    agencyCode: 'anti-corruption-service-scns',
  },
  {
    username: 'custodian',
    displayName: 'Демо инсандыкты коргоочу',
    roles: ['custodian'],
    agencyCode: 'prosecutor-general',
  },
  {
    username: 'courtadmin',
    displayName: 'Демо сот администратору',
    roles: ['court_admin'],
    agencyCode: 'council-of-judges',
  },
  {
    username: 'expert',
    displayName: 'Демо юрист-эксперт',
    roles: ['legal_expert'],
    agencyCode: 'ministry-of-justice',
  },
  {
    username: 'statistician',
    displayName: 'Демо статистик',
    roles: ['statistician'],
    agencyCode: 'national-statistics-committee',
  },
  {
    username: 'treasurer',
    displayName: 'Демо партиянын казыначысы',
    roles: ['party_treasurer'],
    agencyCode: null,
  },
  { username: 'citizen', displayName: 'Демо жаран', roles: ['public'], agencyCode: null },
];

/** Creates the demo accounts that do not exist yet; existing ones (and their passwords) are kept. */
export async function seedDemoAccounts(db: Db, opts: { demo: boolean }): Promise<string[]> {
  if (!opts.demo) return [];
  const existing = new Set(
    (
      await db
        .select({ username: users.username })
        .from(users)
        .where(
          inArray(
            users.username,
            DEMO_ACCOUNTS.map((a) => a.username),
          ),
        )
    ).map((u) => u.username),
  );
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.username));
  if (missing.length === 0) return [];
  const passwordHash = hashPassword(DEMO_PASSWORD);
  for (const account of missing) {
    const [agency] = account.agencyCode
      ? await db
          .select({ id: agencies.id })
          .from(agencies)
          .where(eq(agencies.code, account.agencyCode))
      : [];
    await db
      .insert(users)
      .values({
        username: account.username,
        displayName: account.displayName,
        passwordHash,
        roles: account.roles,
        agencyId: agency?.id ?? null,
        synthetic: true,
      })
      .onConflictDoNothing({ target: users.username });
  }
  return [`demo accounts: ${missing.length} created`];
}
