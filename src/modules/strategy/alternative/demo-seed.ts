import { and, asc, eq, exists, inArray, sql } from 'drizzle-orm';
import { hashPassword } from '../../../platform/auth/password.ts';
import { users } from '../../../platform/auth/schema.ts';
import { DEMO_PASSWORD } from '../../../platform/auth/seed.ts';
import type { Db } from '../../../platform/db/client.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { measureReports, measures } from '../plans/schema.ts';
import { strategyItems } from '../schema.ts';
import { DEMO_ALTERNATIVE_REPORTS, DEMO_ORGANISATIONS, demoEvidenceUrl } from './demo-data.ts';
import { alternativeReports, organisationMembers, organisations } from './schema.ts';

/** The demo measures an organisation assesses: synthetic, with a published official report to stand beside. */
async function demoMeasures(db: Db, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: measures.id })
    .from(measures)
    .innerJoin(agencies, eq(agencies.id, measures.agencyId))
    .where(
      and(
        eq(measures.synthetic, true),
        exists(
          db
            .select({ one: sql`1` })
            .from(measureReports)
            .where(
              and(eq(measureReports.measureId, measures.id), eq(measureReports.state, 'published')),
            ),
        ),
      ),
    )
    // The Ministry of Justice first: the demo officer's own plan shows both views.
    .orderBy(
      sql`${agencies.code} = 'ministry-of-justice' DESC`,
      asc(agencies.code),
      asc(measures.deadline),
      asc(measures.id),
    )
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * Stores the synthetic organisations, their members and their alternative reports once; a
 * database that already has a synthetic organisation is left alone (an admin's later changes to
 * the demo memberships stay). Runs after the accounts' and the plans' demo seeds.
 */
export async function seedAlternativeDemo(db: Db): Promise<string[]> {
  const [existing] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.synthetic, true))
    .limit(1);
  if (existing) return [];
  const measureIds = await demoMeasures(db, 4);
  const itemNumbers = new Set(
    (await db.select({ number: strategyItems.number }).from(strategyItems)).map((i) => i.number),
  );
  const passwordHash = hashPassword(DEMO_PASSWORD);
  let filed = 0;

  await db.transaction(async (tx) => {
    // The demo login `citizen` exists already; the other members are synthetic accounts.
    await tx
      .insert(users)
      .values(
        DEMO_ORGANISATIONS.filter((o) => o.member !== 'citizen').map((o, i) => ({
          username: o.member,
          displayName: `Демо коомдук уюмдун мүчөсү ${i + 2}`,
          passwordHash,
          roles: ['public' as const],
          synthetic: true,
        })),
      )
      .onConflictDoNothing({ target: users.username });
    const members = new Map(
      (
        await tx
          .select({ id: users.id, username: users.username })
          .from(users)
          .where(
            inArray(
              users.username,
              DEMO_ORGANISATIONS.map((o) => o.member),
            ),
          )
      ).map((u) => [u.username, u.id]),
    );

    const organisationIds: string[] = [];
    for (const o of DEMO_ORGANISATIONS) {
      const [stored] = await tx
        .insert(organisations)
        .values({
          name: o.name,
          registrationNumber: o.registrationNumber,
          website: o.website,
          synthetic: true,
        })
        .onConflictDoUpdate({
          target: organisations.registrationNumber,
          set: { synthetic: true },
        })
        .returning({ id: organisations.id });
      organisationIds.push(stored!.id);
      const userId = members.get(o.member);
      if (userId) {
        await tx
          .insert(organisationMembers)
          .values({ organisationId: stored!.id, userId })
          .onConflictDoNothing();
      }
    }

    const rows = DEMO_ALTERNATIVE_REPORTS.flatMap((r, n) => {
      const organisation = DEMO_ORGANISATIONS[r.organisation]!;
      const authorId = members.get(organisation.member);
      const target =
        'measure' in r.target
          ? { measureId: measureIds[r.target.measure], itemNumber: null }
          : {
              measureId: null,
              itemNumber: itemNumbers.has(r.target.item) ? r.target.item : undefined,
            };
      // A demo without plans (or without that item) simply has fewer reports.
      if (!authorId || target.measureId === undefined || target.itemNumber === undefined) {
        return [];
      }
      return [
        {
          organisationId: organisationIds[r.organisation]!,
          authorId,
          ...target,
          assessment: r.assessment,
          text: r.text,
          evidenceUrl: r.evidence ? demoEvidenceUrl(organisation, n) : null,
          createdAt: r.filedAt,
        },
      ];
    });
    if (rows.length > 0) await tx.insert(alternativeReports).values(rows);
    filed = rows.length;
  });
  return [
    `alternative reports demo: ${DEMO_ORGANISATIONS.length} synthetic organisations, ${filed} reports`,
  ];
}
