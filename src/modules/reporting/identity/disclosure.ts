import { and, count, desc, eq } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import { users } from '../../../platform/auth/schema.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage } from '../../../platform/db/paging.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { decryptJson, type KeyPair, openSealed, sealFor, wipe } from '../crypto/envelope.ts';
import type { IdentityInput } from '../intake/content.ts';
import { tellIdentityRequested } from '../notices/tell.ts';
import { custodians } from '../read/bodies.ts';
import type { ReportRow } from '../read/report-view.ts';
import {
  identityKeyHolders,
  identityRequests,
  reportIdentities,
  reportingKeys,
  reports,
} from '../schema.ts';

type Person = Actor & { id: string };

/**
 * Identity disclosure (the reporter chose to give it; it stays confidential): a handler asks
 * with a reason, a custodian approves or refuses, and only on approval is the identity key
 * sealed for that handler. Every step is audited; reading the identity is audited too.
 */
export async function requestIdentity(db: Db, row: ReportRow, actor: Person, reason: string) {
  const [identity] = await db
    .select({ id: reportIdentities.reportId })
    .from(reportIdentities)
    .where(eq(reportIdentities.reportId, row.id));
  if (!identity) throw new AppError(409, 'identity_not_given');
  const [pending] = await db
    .select({ id: identityRequests.id })
    .from(identityRequests)
    .where(
      and(
        eq(identityRequests.reportId, row.id),
        eq(identityRequests.requestedBy, actor.id),
        eq(identityRequests.status, 'pending'),
      ),
    );
  if (pending) throw new AppError(409, 'identity_request_pending');
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(identityRequests)
      .values({ reportId: row.id, requestedBy: actor.id, reason })
      .returning();
    await tellIdentityRequested(
      tx,
      created!.id,
      row.reference,
      (await custodians(tx)).map((c) => c.userId),
    );
    await recordAudit(tx, actor, {
      action: 'identity.requested',
      entityType: 'identity_request',
      entityId: created!.id,
      details: { reportId: row.id, reason },
    });
    return { id: created!.id, status: created!.status, requestedAt: created!.requestedAt };
  });
}

export async function decideIdentityRequest(
  db: Db,
  requestId: string,
  custodian: Person,
  custodianKey: KeyPair,
  input: { approve: boolean; reason: string },
) {
  const [request] = await db
    .select()
    .from(identityRequests)
    .where(eq(identityRequests.id, requestId));
  if (!request) throw new AppError(404, 'not_found', { identityRequest: requestId });
  if (request.status !== 'pending') throw new AppError(409, 'identity_request_decided');
  if (request.requestedBy === custodian.id) throw new AppError(403, 'identity_self_approval');
  let sealedForHandler: Uint8Array | null = null;
  if (input.approve) {
    const [mine] = await db
      .select({ sealedKey: identityKeyHolders.sealedKey })
      .from(identityKeyHolders)
      .where(
        and(
          eq(identityKeyHolders.reportId, request.reportId),
          eq(identityKeyHolders.userId, custodian.id),
        ),
      );
    if (!mine) throw new AppError(409, 'identity_not_sealed_for_custodian');
    const [handlerKey] = await db
      .select({ publicKey: reportingKeys.publicKey })
      .from(reportingKeys)
      .where(eq(reportingKeys.userId, request.requestedBy));
    if (!handlerKey) throw new AppError(409, 'reporting_key_missing');
    const identityKey = openSealed(
      mine.sealedKey,
      custodianKey,
      `report:${request.reportId}:identity-key`,
    );
    sealedForHandler = sealFor(handlerKey.publicKey, identityKey);
    wipe(identityKey);
  }
  await db.transaction(async (tx) => {
    await tx
      .update(identityRequests)
      .set({
        status: input.approve ? 'approved' : 'refused',
        decidedBy: custodian.id,
        decisionReason: input.reason,
        decidedAt: new Date(),
      })
      .where(eq(identityRequests.id, requestId));
    if (sealedForHandler) {
      await tx
        .insert(identityKeyHolders)
        .values({
          reportId: request.reportId,
          userId: request.requestedBy,
          sealedKey: sealedForHandler,
          grant: 'approved',
        })
        .onConflictDoUpdate({
          target: [identityKeyHolders.reportId, identityKeyHolders.userId],
          set: { sealedKey: sealedForHandler, grant: 'approved' },
        });
    }
    await recordAudit(tx, custodian, {
      action: input.approve ? 'identity.approved' : 'identity.refused',
      entityType: 'identity_request',
      entityId: requestId,
      details: { reportId: request.reportId, handler: request.requestedBy, reason: input.reason },
    });
  });
}

/** The identity for a handler a custodian approved; null when there is no approval. */
export async function identityForHandler(db: Db, row: ReportRow, actor: Person, key: KeyPair) {
  const [held] = await db
    .select({ sealedKey: identityKeyHolders.sealedKey })
    .from(identityKeyHolders)
    .where(
      and(
        eq(identityKeyHolders.reportId, row.id),
        eq(identityKeyHolders.userId, actor.id),
        eq(identityKeyHolders.grant, 'approved'),
      ),
    );
  if (!held) return null;
  const [identity] = await db
    .select()
    .from(reportIdentities)
    .where(eq(reportIdentities.reportId, row.id));
  if (!identity) return null;
  const identityKey = openSealed(held.sealedKey, key, `report:${row.id}:identity-key`);
  const person = decryptJson<IdentityInput>(
    identityKey,
    identity.content,
    `report:${row.id}:identity`,
  );
  wipe(identityKey);
  await recordAudit(db, actor, { action: 'identity.read', entityType: 'report', entityId: row.id });
  return person;
}

/** The handler's latest request on this report. */
export async function latestIdentityRequest(db: Db, reportId: string, userId: string) {
  const [r] = await db
    .select({
      id: identityRequests.id,
      status: identityRequests.status,
      decisionReason: identityRequests.decisionReason,
    })
    .from(identityRequests)
    .where(and(eq(identityRequests.reportId, reportId), eq(identityRequests.requestedBy, userId)))
    .orderBy(desc(identityRequests.requestedAt))
    .limit(1);
  return r ?? null;
}

/** The custodians' list: requests, pending first. */
export async function identityRequestList(
  db: Db,
  page: { page: number; pageSize: number; status?: string | undefined },
) {
  const where = page.status ? eq(identityRequests.status, page.status as 'pending') : undefined;
  return fetchPage(
    page,
    (limit, offset) =>
      db
        .select({
          id: identityRequests.id,
          reportId: identityRequests.reportId,
          reportReference: reports.reference,
          requestedBy: users.displayName,
          reason: identityRequests.reason,
          requestedAt: identityRequests.requestedAt,
          status: identityRequests.status,
          decisionReason: identityRequests.decisionReason,
          decidedAt: identityRequests.decidedAt,
        })
        .from(identityRequests)
        .innerJoin(reports, eq(reports.id, identityRequests.reportId))
        .innerJoin(users, eq(users.id, identityRequests.requestedBy))
        .where(where)
        .orderBy(desc(identityRequests.requestedAt))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(identityRequests).where(where),
    (row) => row,
  );
}
