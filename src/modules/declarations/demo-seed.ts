import { count, eq, inArray, sql } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import type { Db } from '../../platform/db/client.ts';
import { seededRandom } from '../../platform/demo-random.ts';
import { agencies } from '../../platform/reference/schema.ts';
import { type Profile, syntheticDeclaration, syntheticPerson } from './demo/generate.ts';
import { storeVersion } from './filing/store-version.ts';
import { convertToSom } from './rates/convert.ts';
import { rateTable } from './rates/load.ts';
import { syntheticRegistryFor } from './registry/demo-registry.ts';
import { checkDeclarations } from './review/run-checks.ts';
import {
  declarants,
  declarationReviews,
  declarations,
  registryCompanyRoles,
  registryRealEstate,
  registryVehicles,
} from './schema.ts';

const PEOPLE = 60;
const SEED = 4_2024;
const YEARS = [2023, 2024];
const CATEGORIES = ['political', 'special', 'administrative', 'municipal'] as const;
const POSTS: Record<(typeof CATEGORIES)[number], string> = {
  political: 'Министр / орун басары (демо)',
  special: 'Судья / прокурор (демо)',
  administrative: 'Башкармалыктын башчысы (демо)',
  municipal: 'Айыл өкмөтүнүн башчысы (демо)',
};

/**
 * The synthetic demo of declarations: 60 invented officials with families, their registry
 * extracts, declarations for 2023 and 2024 (a few late, a few not filed, a quarter with risk
 * patterns), all checked, and some full checks under way or concluded. The demo declarant
 * account has filed 2023 and 2024 and has 2025 still to file. Everything is marked synthetic.
 */
export async function seedDeclarationsDemo(db: Db): Promise<string[]> {
  const [held] = await db
    .select({ n: count() })
    .from(declarants)
    .where(eq(declarants.synthetic, true));
  if ((held?.n ?? 0) > 0) return [];
  const r = seededRandom(SEED);
  const agencyRows = await db
    .select({ id: agencies.id, code: agencies.code })
    .from(agencies)
    .orderBy(agencies.code);
  const accounts = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(inArray(users.username, ['declarant', 'verifier']));
  const demoDeclarant = accounts.find((a) => a.username === 'declarant');
  const verifier = accounts.find((a) => a.username === 'verifier');
  const finance = agencyRows.find((a) => a.code === 'ministry-of-finance') ?? agencyRows[0]!;

  const people = Array.from({ length: PEOPLE }, (_, i) => syntheticPerson(r, i + 1));
  if (demoDeclarant) people[0] = { ...people[0]!, fullName: demoDeclarant.displayName };
  const registry = syntheticRegistryFor(
    people.map((p) => ({
      pin: p.pin,
      relatives: p.relatives.flatMap((x) => (x.pin ? [x.pin] : [])),
    })),
    SEED,
  );
  const rates = await rateTable(db);

  await db.transaction(async (tx) => {
    for (let i = 0; i < registry.realEstate.length; i += 500) {
      await tx
        .insert(registryRealEstate)
        .values(registry.realEstate.slice(i, i + 500))
        .onConflictDoNothing();
    }
    for (let i = 0; i < registry.vehicles.length; i += 500) {
      await tx
        .insert(registryVehicles)
        .values(registry.vehicles.slice(i, i + 500))
        .onConflictDoNothing();
    }
    for (let i = 0; i < registry.companyRoles.length; i += 500) {
      await tx
        .insert(registryCompanyRoles)
        .values(registry.companyRoles.slice(i, i + 500))
        .onConflictDoNothing();
    }
  });

  const submittedIds: string[] = [];
  for (const [i, person] of people.entries()) {
    const isDemoAccount = i === 0 && demoDeclarant !== undefined;
    const category = isDemoAccount ? 'political' : CATEGORIES[i % CATEGORIES.length]!;
    const agency = isDemoAccount ? finance : agencyRows[i % agencyRows.length]!;
    const [declarant] = await db
      .insert(declarants)
      .values({
        pin: person.pin,
        fullName: person.fullName,
        birthDate: person.birthDate,
        userId: isDemoAccount ? demoDeclarant.id : null,
        agencyId: agency.id,
        post: isDemoAccount ? 'Финансы министринин орун басары (демо)' : POSTS[category],
        postCategory: category,
        declaresFrom: YEARS[0]!,
        // Two invented protected persons show the non-publication list at work.
        notPublishedReason: i === 5 || i === 9 ? 'Мамлекеттик коргоо чарасы (демо)' : null,
        synthetic: true,
      })
      .returning({ id: declarants.id });
    const profile: Profile = !isDemoAccount && i % 4 === 1 ? 'risky' : 'clean';
    for (const year of YEARS) {
      // Every 15th person never filed 2024: the non-filers the Plan's 100% indicator counts.
      if (!isDemoAccount && year === 2024 && i % 15 === 7) continue;
      const content = syntheticDeclaration(
        r,
        person,
        year,
        registry,
        year === 2024 ? profile : 'clean',
      );
      const converted = convertToSom(content, year, rates);
      if (converted.problems.length > 0)
        throw new Error(`demo declaration ${i}/${year}: ${JSON.stringify(converted.problems)}`);
      const late = !isDemoAccount && i % 11 === 3;
      const submittedAt = new Date(
        `${year + 1}-${late ? '05' : '03'}-${String(r.int(1, 28)).padStart(2, '0')}T09:00:00Z`,
      );
      const id = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(declarations)
          .values({
            declarantId: declarant!.id,
            year,
            agencyId: agency.id,
            post: isDemoAccount ? 'Финансы министринин орун басары (демо)' : POSTS[category],
            postCategory: category,
            status: 'draft',
            synthetic: true,
            createdAt: submittedAt,
          })
          .returning({ id: declarations.id });
        await storeVersion(tx, {
          declarationId: created!.id,
          version: 1,
          firstSubmittedAt: null,
          content: converted.content,
          submittedAt,
          submittedBy: isDemoAccount ? demoDeclarant.id : null,
        });
        return created!.id;
      });
      submittedIds.push(id);
    }
  }
  for (let i = 0; i < submittedIds.length; i += 200) {
    await checkDeclarations(db, submittedIds.slice(i, i + 200), new Date('2025-04-02T00:00:00Z'));
  }
  const reviews = await db
    .select({ id: declarationReviews.id })
    .from(declarationReviews)
    .orderBy(declarationReviews.scoreAtEntry, declarationReviews.id);
  // A few full checks already under way, one concluded without violation: the queue is not all new.
  if (verifier) {
    for (const [k, review] of reviews.slice(0, 4).entries()) {
      await db
        .update(declarationReviews)
        .set(
          k === 0
            ? {
                state: 'concluded',
                verifierId: verifier.id,
                outcome: 'no_violation',
                conclusionText: 'Түшүндүрмө жана банктын маалымкаты кирешени тастыктады (демо).',
                concludedAt: new Date('2025-06-20T10:00:00Z'),
              }
            : { state: 'assigned', verifierId: verifier.id },
        )
        .where(eq(declarationReviews.id, review.id));
    }
  }
  await db.execute(sql`ANALYZE declarations, declaration_versions, declaration_checks, declarants`);
  return [
    `declarations demo: ${PEOPLE} synthetic declarants, ${submittedIds.length} declarations, ${reviews.length} full checks, registry ${registry.realEstate.length} real estate / ${registry.vehicles.length} vehicles / ${registry.companyRoles.length} company roles`,
  ];
}
