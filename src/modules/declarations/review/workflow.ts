import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/service.ts';
import { recordAudit } from '../../../platform/audit/service.ts';
import { users } from '../../../platform/auth/schema.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import { notify } from '../../../platform/notifications/service.ts';
import { bishkekDate } from '../filing/today.ts';
import {
  declarants,
  declarationChecks,
  declarationReviews,
  declarations,
  declarationVersions,
} from '../schema.ts';

export type ReviewState =
  | 'queued'
  | 'assigned'
  | 'explanation_requested'
  | 'explained'
  | 'concluded';
export type ReviewOutcome = 'no_violation' | 'referral' | 'disciplinary';

type Review = typeof declarationReviews.$inferSelect;

async function reviewFor(tx: Db, id: string) {
  const [row] = await tx
    .select({ review: declarationReviews, declaration: declarations, declarant: declarants })
    .from(declarationReviews)
    .innerJoin(declarations, eq(declarations.id, declarationReviews.declarationId))
    .innerJoin(declarants, eq(declarants.id, declarations.declarantId))
    .where(eq(declarationReviews.id, id))
    .for('update', { of: declarationReviews });
  if (!row) throw notFound();
  return row;
}

function refuse(review: Review, allowed: readonly ReviewState[]) {
  if (!allowed.includes(review.state as ReviewState)) {
    throw new AppError(409, 'transition_refused', { state: review.state, allowed });
  }
}

/** Only the verifier the check is assigned to acts on it, so that every step has one owner. */
function assertAssignee(review: Review, actor: Actor) {
  if (review.verifierId !== actor.id)
    throw new AppError(403, 'forbidden', { assignedTo: review.verifierId });
}

const link = (declarationId: string) => `/my-declarations/${declarationId}`;

/** Takes a queued check (or hands it to another verifier). */
export async function assignReview(
  db: Db,
  actor: Actor & { id: string },
  id: string,
  verifierId: string | null,
) {
  return db.transaction(async (tx) => {
    const { review } = await reviewFor(tx, id);
    refuse(review, ['queued', 'assigned']);
    const to = verifierId ?? actor.id;
    const [verifier] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, to), sql`'verifier' = ANY(${users.roles})`));
    if (!verifier) throw new AppError(400, 'invalid_reference', { field: 'verifierId' });
    await tx
      .update(declarationReviews)
      .set({ state: 'assigned', verifierId: to, updatedAt: new Date() })
      .where(eq(declarationReviews.id, id));
    await recordAudit(tx, actor, {
      action: 'declaration_review.assigned',
      entityType: 'declaration_review',
      entityId: id,
      details: { before: review.verifierId, after: to },
    });
  });
}

/** Asks the declarant to explain the findings by a deadline; the declarant is notified. */
export async function requestExplanation(
  db: Db,
  actor: Actor & { id: string },
  id: string,
  input: { text: string; deadline: string },
  now: Date,
) {
  if (input.deadline <= bishkekDate(now)) {
    throw new AppError(400, 'validation_failed', {
      field: 'deadline',
      reason: 'must be after today',
    });
  }
  return db.transaction(async (tx) => {
    const { review, declaration, declarant } = await reviewFor(tx, id);
    refuse(review, ['assigned', 'explained']);
    assertAssignee(review, actor);
    await tx
      .update(declarationReviews)
      .set({
        state: 'explanation_requested',
        requestText: input.text,
        requestDeadline: input.deadline,
        requestedAt: now,
        updatedAt: now,
      })
      .where(eq(declarationReviews.id, id));
    await recordAudit(tx, actor, {
      action: 'declaration_review.explanation_requested',
      entityType: 'declaration_review',
      entityId: id,
      details: { deadline: input.deadline },
    });
    if (declarant.userId) {
      await notify(tx, [
        {
          userId: declarant.userId,
          kind: 'declaration.explanation_requested',
          title: {
            ky: `${declaration.year}-жылдын декларациясы боюнча түшүндүрмө суралды (мөөнөтү ${input.deadline})`,
            ru: `Запрошено объяснение по декларации за ${declaration.year} год (срок ${input.deadline})`,
            en: `An explanation of your ${declaration.year} declaration is requested (due ${input.deadline})`,
          },
          link: link(declaration.id),
        },
      ]);
    }
  });
}

/** The declarant's answer to the request; the verifier is notified. */
export async function answerExplanation(
  db: Db,
  actor: Actor & { id: string },
  declarationId: string,
  text: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ id: declarationReviews.id })
      .from(declarationReviews)
      .innerJoin(declarations, eq(declarations.id, declarationReviews.declarationId))
      .innerJoin(declarants, eq(declarants.id, declarations.declarantId))
      .where(
        and(eq(declarationReviews.declarationId, declarationId), eq(declarants.userId, actor.id)),
      );
    if (!found) throw notFound();
    const { review, declaration } = await reviewFor(tx, found.id);
    refuse(review, ['explanation_requested']);
    await tx
      .update(declarationReviews)
      .set({ state: 'explained', answerText: text, answeredAt: now, updatedAt: now })
      .where(eq(declarationReviews.id, review.id));
    await recordAudit(tx, actor, {
      action: 'declaration_review.explanation_given',
      entityType: 'declaration_review',
      entityId: review.id,
      details: {
        late: review.requestDeadline !== null && bishkekDate(now) > review.requestDeadline,
      },
    });
    if (review.verifierId) {
      await notify(tx, [
        {
          userId: review.verifierId,
          kind: 'declaration.explanation_given',
          title: {
            ky: `Декларант ${declaration.year}-жылдын декларациясы боюнча түшүндүрмө берди`,
            ru: `Декларант дал объяснение по декларации за ${declaration.year} год`,
            en: `The declarant answered about the ${declaration.year} declaration`,
          },
          link: `/work/declarations/${declaration.id}`,
        },
      ]);
    }
  });
}

/**
 * Closes the full check. A referral carries the evidence pack to the prosecutor: the version
 * checked with its receipt, the findings and score, and the exchange with the declarant.
 */
export async function concludeReview(
  db: Db,
  actor: Actor & { id: string },
  id: string,
  input: { outcome: ReviewOutcome; text: string },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const { review, declaration, declarant } = await reviewFor(tx, id);
    refuse(review, ['assigned', 'explanation_requested', 'explained']);
    assertAssignee(review, actor);
    let evidence: Record<string, unknown> | null = null;
    if (input.outcome === 'referral') {
      const [check] = await tx
        .select()
        .from(declarationChecks)
        .where(eq(declarationChecks.declarationId, declaration.id));
      const [version] = await tx
        .select({
          receipt: declarationVersions.receipt,
          submittedAt: declarationVersions.submittedAt,
        })
        .from(declarationVersions)
        .where(
          and(
            eq(declarationVersions.declarationId, declaration.id),
            eq(declarationVersions.version, declaration.version),
          ),
        );
      evidence = {
        declarationId: declaration.id,
        year: declaration.year,
        declarant: { fullName: declarant.fullName, post: declaration.post },
        version: declaration.version,
        receipt: version?.receipt ?? null,
        submittedAt: version?.submittedAt?.toISOString() ?? null,
        score: check?.score ?? review.scoreAtEntry,
        findings: check?.findings ?? [],
        reasons: check?.reasons ?? [],
        request: review.requestText
          ? { text: review.requestText, deadline: review.requestDeadline }
          : null,
        answer: review.answerText
          ? { text: review.answerText, at: review.answeredAt?.toISOString() }
          : null,
        conclusion: input.text,
      };
    }
    await tx
      .update(declarationReviews)
      .set({
        state: 'concluded',
        outcome: input.outcome,
        conclusionText: input.text,
        concludedAt: now,
        evidence,
        updatedAt: now,
      })
      .where(eq(declarationReviews.id, id));
    await recordAudit(tx, actor, {
      action: 'declaration_review.concluded',
      entityType: 'declaration_review',
      entityId: id,
      details: { outcome: input.outcome, declarationId: declaration.id },
    });
    if (input.outcome === 'referral') {
      const prosecutors = await tx
        .select({ id: users.id })
        .from(users)
        .where(sql`'prosecutor' = ANY(${users.roles})`);
      await notify(
        tx,
        prosecutors.map((p) => ({
          userId: p.id,
          kind: 'declaration.referred',
          title: {
            ky: `Декларацияны толук текшерүүнүн жыйынтыгы прокуратурага жөнөтүлдү (${declaration.year})`,
            ru: `Результаты полной проверки декларации направлены в прокуратуру (${declaration.year})`,
            en: `A declaration's full check was referred to the prosecutor (${declaration.year})`,
          },
          link: `/work/referrals/${id}`,
        })),
      );
    }
  });
}
