import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { categoryOf } from '../config/categories.ts';
import { encrypt, encryptJson, newKey, randomBytes, sealFor, wipe } from '../crypto/envelope.ts';
import { formatReceipt, newReceipt, reporterKeysOf } from '../crypto/receipt.ts';
import { openKeySession } from '../keys/key-sessions.ts';
import { tellNewReport } from '../notices/tell.ts';
import { bodyFor, custodians, handlersOf } from '../read/bodies.ts';
import { REPORTER_SESSION_MINUTES } from '../reporter/session.ts';
import {
  identityKeyHolders,
  reportAttachments,
  reportIdentities,
  reportKeyHolders,
  reports,
} from '../schema.ts';
import type { AttachmentDescription, IdentityInput, ReportBody, ReportInput } from './content.ts';
import type { CleanFile } from './files.ts';
import { REPORTER_ACTOR } from './reporter-actor.ts';

export interface Submitted {
  receipt: string;
  reference: string;
  reportId: string;
  /** A reporter session for this report (x-reporter-token). */
  token: string;
  attachments: Array<Omit<AttachmentDescription, 'size'> & { size: number }>;
}

const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A public reference such as R-7KQ2-9MXD: 40 random bits, not derived from anything secret. */
export const newReference = () => {
  const chars = Array.from(randomBytes(8), (b) => REFERENCE_ALPHABET[b & 31]).join('');
  return `R-${chars.slice(0, 4)}-${chars.slice(4)}`;
};

/** Seals an identity key for the reporter and every custodian; returns the rows to insert. */
export function sealIdentity(
  reportId: string,
  identity: IdentityInput,
  reporterPublicKey: Uint8Array,
  holders: ReadonlyArray<{ userId: string; publicKey: Uint8Array }>,
) {
  const key = newKey();
  const row = {
    reportId,
    content: encryptJson(key, identity, `report:${reportId}:identity`),
    reporterSealedKey: sealFor(reporterPublicKey, key),
  };
  const keys = holders.map((h) => ({
    reportId,
    userId: h.userId,
    sealedKey: sealFor(h.publicKey, key),
    grant: 'custodian' as const,
  }));
  wipe(key);
  return { row, keys };
}

/**
 * Takes an anonymous report: everything the reporter wrote is encrypted under a new report key
 * before it reaches the database; the key is sealed for the body's handlers and for the
 * reporter's receipt. The answer (with the receipt) is sent only after the commit, so an
 * acknowledged report is a stored one. The caller has checked and spent the proof of work.
 */
export async function submitReport(
  db: Db,
  input: { content: ReportInput; files: CleanFile[]; receiptSalt: Uint8Array; receipt?: string },
): Promise<Submitted> {
  const { content } = input;
  const category = categoryOf(content.category);
  if (!category) throw new AppError(400, 'report_category_unknown', { category: content.category });
  const bodyAgencyId = await bodyFor(db, category, content.agencyId);
  const handlers = await handlersOf(db, bodyAgencyId);
  if (handlers.length === 0)
    throw new AppError(409, 'reporting_body_unavailable', { body: category.body });

  const receipt = input.receipt ?? newReceipt();
  const reporter = await reporterKeysOf(receipt, input.receiptSalt);
  const reportId = randomUUID();
  const reportKey = newKey();
  const body: ReportBody = {
    title: content.title,
    text: content.text,
    happenedOn: content.happenedOn ?? null,
    place: content.place || null,
    involved: content.involved || null,
  };
  const attachmentRows = input.files.map((file, position) => {
    const id = randomUUID();
    const fileKey = newKey();
    const description: AttachmentDescription = {
      name: file.name,
      type: file.type,
      size: file.bytes.length,
      removed: file.removed,
      notRemoved: file.notRemoved,
    };
    const row = {
      id,
      reportId,
      position,
      sealedKey: encrypt(reportKey, fileKey, `attachment:${id}:key`),
      description: encryptJson(fileKey, description, `attachment:${id}:description`),
      content: encrypt(fileKey, file.bytes, `attachment:${id}:content`),
    };
    wipe(fileKey);
    return { row, description };
  });
  const identity = content.identity
    ? sealIdentity(reportId, content.identity, reporter.keyPair.publicKey, await custodians(db))
    : null;

  let reference = '';
  let session: { token: string; expiresAt: Date } | null = null;
  await db.transaction(async (tx) => {
    reference = newReference();
    await tx.insert(reports).values({
      id: reportId,
      reference,
      category: category.code,
      bodyAgencyId,
      receiptLookup: reporter.lookup,
      reporterPublicKey: reporter.keyPair.publicKey,
      reporterSealedKey: sealFor(reporter.keyPair.publicKey, reportKey),
      content: encryptJson(reportKey, body, `report:${reportId}:content`),
    });
    await tx.insert(reportKeyHolders).values(
      handlers.map((h) => ({
        reportId,
        userId: h.userId,
        sealedKey: sealFor(h.publicKey, reportKey),
        grant: 'body' as const,
      })),
    );
    if (attachmentRows.length > 0)
      await tx.insert(reportAttachments).values(attachmentRows.map((a) => a.row));
    if (identity) {
      await tx.insert(reportIdentities).values(identity.row);
      if (identity.keys.length > 0) await tx.insert(identityKeyHolders).values(identity.keys);
    }
    await recordAudit(tx, REPORTER_ACTOR, {
      action: 'report.submitted',
      entityType: 'report',
      entityId: reportId,
      details: {
        category: category.code,
        bodyAgencyId,
        attachments: attachmentRows.length,
        identityGiven: identity !== null,
        sealedFor: handlers.map((h) => h.userId),
      },
    });
    await tellNewReport(
      tx,
      reportId,
      reference,
      handlers.map((h) => h.userId),
    );
    // The reporter continues to the report without typing the receipt back.
    session = await openKeySession(
      tx,
      { kind: 'reporter', reportId },
      reporter.keyPair,
      REPORTER_SESSION_MINUTES,
    );
  });
  wipe(reportKey, reporter.keyPair.secretKey);
  return {
    receipt: formatReceipt(receipt.replace(/-/g, '')),
    reference,
    reportId,
    token: session!.token,
    attachments: attachmentRows.map((a) => a.description),
  };
}
