import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/service.ts';
import { recordAuditNow } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { declarationChecks, declarationVersions, filingYears } from '../schema.ts';
import { readableDeclaration, type Viewer } from './access.ts';
import { problemsOf } from './drafts.ts';

/**
 * A declaration as its reader may see it. The declarant sees everything of their own, including
 * the check's outcome and any request to explain; verifiers and a referred prosecutor also see
 * the findings and risk reasons. Reading someone else's declaration is audited.
 */
export async function declarationView(db: Db, viewer: Viewer, actor: Actor, id: string, now: Date) {
  const { declaration, declarant, review, own } = await readableDeclaration(db, viewer, id);
  const [agency] = await db
    .select({ id: agencies.id, code: agencies.code, name: agencies.name })
    .from(agencies)
    .where(eq(agencies.id, declaration.agencyId));
  const versions = await db
    .select({
      version: declarationVersions.version,
      kind: declarationVersions.kind,
      receipt: declarationVersions.receipt,
      submittedAt: declarationVersions.submittedAt,
    })
    .from(declarationVersions)
    .where(eq(declarationVersions.declarationId, id))
    .orderBy(asc(declarationVersions.version));
  const [latest] = declaration.version
    ? await db
        .select({ content: declarationVersions.content })
        .from(declarationVersions)
        .where(
          and(
            eq(declarationVersions.declarationId, id),
            eq(declarationVersions.version, declaration.version),
          ),
        )
    : [];
  const [check] = await db
    .select()
    .from(declarationChecks)
    .where(eq(declarationChecks.declarationId, id));
  const [campaign] = await db
    .select()
    .from(filingYears)
    .where(eq(filingYears.year, declaration.year));
  if (!own) {
    await recordAuditNow(db, actor, {
      action: 'declaration.viewed',
      entityType: 'declaration',
      entityId: id,
      details: { year: declaration.year, declarantId: declarant.id },
    });
  }
  const draft = own && declaration.draft ? declaration.draft : null;
  return {
    id,
    year: declaration.year,
    status: declaration.status,
    version: declaration.version,
    deadline: campaign?.deadline ?? null,
    firstSubmittedAt: declaration.firstSubmittedAt?.toISOString() ?? null,
    declarant: {
      id: declarant.id,
      fullName: declarant.fullName,
      post: declaration.post,
      postCategory: declaration.postCategory,
    },
    agency: agency ?? null,
    synthetic: declaration.synthetic,
    draft,
    problems: draft ? await problemsOf(db, draft, declaration.year, now) : [],
    submitted: latest?.content ?? null,
    versions: versions.map((v) => ({ ...v, submittedAt: v.submittedAt.toISOString() })),
    check: check
      ? {
          version: check.version,
          outcome: check.outcome,
          checkedAt: check.checkedAt.toISOString(),
          ...(own ? {} : { score: check.score, findings: check.findings, reasons: check.reasons }),
        }
      : null,
    review: review
      ? {
          id: review.id,
          state: review.state,
          requestText: review.requestText,
          requestDeadline: review.requestDeadline,
          answerText: review.answerText,
          answeredAt: review.answeredAt?.toISOString() ?? null,
          outcome: own ? (review.state === 'concluded' ? review.outcome : null) : review.outcome,
          conclusionText: own ? null : review.conclusionText,
          verifierId: own ? null : review.verifierId,
          enteredAt: review.enteredAt.toISOString(),
          concludedAt: review.concludedAt?.toISOString() ?? null,
        }
      : null,
  };
}

/** One submitted version's content, for the declarant and those who may read the declaration. */
export async function versionContent(
  db: Db,
  viewer: Viewer,
  actor: Actor,
  id: string,
  version: number,
) {
  const { own } = await readableDeclaration(db, viewer, id);
  const [row] = await db
    .select()
    .from(declarationVersions)
    .where(
      and(eq(declarationVersions.declarationId, id), eq(declarationVersions.version, version)),
    );
  if (!row) throw notFound();
  if (!own) {
    await recordAuditNow(db, actor, {
      action: 'declaration.version_viewed',
      entityType: 'declaration',
      entityId: id,
      details: { version },
    });
  }
  return {
    version: row.version,
    kind: row.kind,
    receipt: row.receipt,
    submittedAt: row.submittedAt.toISOString(),
    content: row.content,
  };
}
