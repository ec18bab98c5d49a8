import { and, arrayOverlaps, eq, inArray } from 'drizzle-orm';
import { users } from '../../../platform/auth/schema.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import {
  BODY_AGENCY_CODES,
  HANDLER_ROLES,
  PROTECTION_BODY_CODE,
  type ReportCategory,
} from '../config/categories.ts';
import { reportingKeys } from '../schema.ts';

/** A holder of a reporting key: who a report key (or identity key) is sealed for. */
export interface KeyHolder {
  userId: string;
  publicKey: Uint8Array;
}

export async function agencyIdByCode(db: Db, code: string): Promise<string | null> {
  const [row] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, code));
  return row?.id ?? null;
}

/** The competent body for a category (and the agency the reporter named, for agency categories). */
export async function bodyFor(db: Db, category: ReportCategory, agencyId: string | undefined) {
  if (category.body === 'agency') {
    if (!agencyId)
      throw new AppError(400, 'validation_failed', { agencyId: 'required for this category' });
    const [row] = await db
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.id, agencyId));
    if (!row) throw new AppError(400, 'invalid_reference', { agencyId });
    return row.id;
  }
  const id = await agencyIdByCode(db, BODY_AGENCY_CODES[category.body]);
  if (!id) throw new AppError(409, 'reporting_body_unavailable', { body: category.body });
  return id;
}

/** Active accounts holding one of the roles (in the agency, if given) that have set up a key. */
function keyHolders(db: Db, roles: readonly string[], agencyId?: string): Promise<KeyHolder[]> {
  return db
    .select({ userId: users.id, publicKey: reportingKeys.publicKey })
    .from(users)
    .innerJoin(reportingKeys, eq(reportingKeys.userId, users.id))
    .where(
      and(
        agencyId ? eq(users.agencyId, agencyId) : undefined,
        eq(users.active, true),
        arrayOverlaps(users.roles, [...roles]),
      ),
    );
}

/** The active handlers of a body who have set up a key. */
export const handlersOf = (db: Db, bodyAgencyId: string) =>
  keyHolders(db, HANDLER_ROLES, bodyAgencyId);

/** The prosecutors who answer protection requests (the Prosecutor General's Office). */
export async function protectionProsecutors(db: Db): Promise<KeyHolder[]> {
  const body = await agencyIdByCode(db, PROTECTION_BODY_CODE);
  return body ? keyHolders(db, ['prosecutor'], body) : [];
}

export const custodians = (db: Db) => keyHolders(db, ['custodian']);

/** Bodies that can receive reports now: at least one handler holds a key. */
export async function bodiesWithHandlers(db: Db, agencyIds: string[]): Promise<Set<string>> {
  if (agencyIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ agencyId: users.agencyId })
    .from(users)
    .innerJoin(reportingKeys, eq(reportingKeys.userId, users.id))
    .where(
      and(
        inArray(users.agencyId, agencyIds),
        eq(users.active, true),
        arrayOverlaps(users.roles, [...HANDLER_ROLES]),
      ),
    );
  return new Set(rows.map((r) => r.agencyId!).filter(Boolean));
}
