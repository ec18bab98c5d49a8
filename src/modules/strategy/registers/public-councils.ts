import { asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { badInput, guarded, notFound } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { type EvaluationCriteria, evaluateCouncil } from './council-effectiveness.ts';
import { publicCouncilEvaluations, publicCouncils } from './schema.ts';

type EvaluationRow = typeof publicCouncilEvaluations.$inferSelect;

const evaluationView = (e: EvaluationRow) => ({
  id: e.id,
  councilId: e.councilId,
  year: e.year,
  criteria: e.criteria,
  score: e.score,
  rating: e.rating as ReturnType<typeof evaluateCouncil>['rating'],
  // Reasons are recomputed from the stored facts: the methodology is a pure function of them.
  breakdown: evaluateCouncil(e.criteria).criteria,
  findings: e.findings,
  synthetic: e.synthetic,
});

/** Public councils of state bodies (Plan item 10) with their evaluations, newest first. */
export async function listCouncils(db: Db, opts: PageRequest & { agencyId?: string | undefined }) {
  const where: SQL | undefined = opts.agencyId
    ? eq(publicCouncils.agencyId, opts.agencyId)
    : undefined;
  const page = await fetchPage(
    opts,
    (limit, offset) =>
      db
        .select({ council: publicCouncils, agencyName: agencies.name })
        .from(publicCouncils)
        .innerJoin(agencies, eq(agencies.id, publicCouncils.agencyId))
        .where(where)
        .orderBy(asc(agencies.code), asc(publicCouncils.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(publicCouncils).where(where),
    (r) => r,
  );
  const ids = page.items.map((r) => r.council.id);
  const evaluations = ids.length
    ? await db
        .select()
        .from(publicCouncilEvaluations)
        .where(inArray(publicCouncilEvaluations.councilId, ids))
        .orderBy(desc(publicCouncilEvaluations.year))
    : [];
  return {
    ...page,
    items: page.items.map(({ council, agencyName }) => ({
      id: council.id,
      agencyId: council.agencyId,
      agencyName,
      establishedOn: council.establishedOn,
      membersCount: council.membersCount,
      website: council.website,
      synthetic: council.synthetic,
      evaluations: evaluations.filter((e) => e.councilId === council.id).map(evaluationView),
    })),
  };
}

export async function registerCouncil(
  db: Db,
  actor: Actor,
  input: { agencyId: string; establishedOn: string; membersCount: number; website: string | null },
) {
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [c] = await tx.insert(publicCouncils).values(input).returning();
      await recordAudit(tx, actor, {
        action: 'public_council.registered',
        entityType: 'public_council',
        entityId: c!.id,
        details: { after: input },
      });
      return c!;
    }),
  );
  return { ...row, evaluations: [] };
}

/** Evaluates a council for a year by the methodology; one evaluation per council and year. */
export async function evaluateCouncilYear(
  db: Db,
  actor: Actor & { id: string },
  councilId: string,
  input: { year: number; criteria: EvaluationCriteria; findings: LocalizedText | null },
) {
  const { criteria } = input;
  if (criteria.recommendationsAccepted > criteria.recommendationsIssued)
    throw badInput({ recommendationsAccepted: 'cannot exceed recommendationsIssued' });
  const [council] = await db.select().from(publicCouncils).where(eq(publicCouncils.id, councilId));
  if (!council) throw notFound({ council: councilId });
  if (input.year < Number(council.establishedOn.slice(0, 4)))
    throw badInput({ year: 'before the council was established' });
  const result = evaluateCouncil(criteria);
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [e] = await tx
        .insert(publicCouncilEvaluations)
        .values({
          councilId,
          year: input.year,
          criteria,
          score: result.score,
          rating: result.rating,
          findings: input.findings,
          evaluatorId: actor.id,
        })
        .returning();
      await recordAudit(tx, actor, {
        action: 'public_council.evaluated',
        entityType: 'public_council',
        entityId: councilId,
        details: { year: input.year, criteria, score: result.score, rating: result.rating },
      });
      return e!;
    }),
  );
  return evaluationView(row);
}
