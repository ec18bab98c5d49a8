import { eq } from 'drizzle-orm';
import type { Role } from '../../../platform/auth/roles.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import { declarants, declarationReviews, declarations } from '../schema.ts';

export interface Viewer {
  userId: string;
  roles: readonly Role[];
}

export type DeclarationRow = typeof declarations.$inferSelect;

/**
 * Who may read a declaration in full (personal data): the declarant, verifiers, and the
 * prosecutor once it has been referred. Everyone else gets a 404, as if it did not exist, so that
 * ids do not reveal who declares.
 */
export async function readableDeclaration(db: Db, viewer: Viewer, id: string) {
  const [row] = await db
    .select({ declaration: declarations, declarant: declarants, review: declarationReviews })
    .from(declarations)
    .innerJoin(declarants, eq(declarants.id, declarations.declarantId))
    .leftJoin(declarationReviews, eq(declarationReviews.declarationId, declarations.id))
    .where(eq(declarations.id, id));
  if (!row) throw notFound();
  const own = row.declarant.userId === viewer.userId;
  const verifier = viewer.roles.includes('verifier');
  const referred = viewer.roles.includes('prosecutor') && row.review?.outcome === 'referral';
  if (!own && !verifier && !referred) throw notFound();
  return { ...row, own };
}

/** The declarant's own declaration, for changes only the declarant may make. */
export async function ownDeclaration(db: Db, viewer: Viewer, id: string) {
  const row = await readableDeclaration(db, viewer, id);
  if (!row.own) throw new AppError(403, 'forbidden');
  return row;
}
