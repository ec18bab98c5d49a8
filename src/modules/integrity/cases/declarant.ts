import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { findDeclarant } from '../../declarations/filing/drafts.ts';

/**
 * The declarant record of the caller, for filing notifications and interest declarations. An
 * account with the declarant role that is not (yet) in the register gets a clear 409, not a 403:
 * the role is right, the register entry is missing.
 */
export async function declarantFiling(db: Db, userId: string) {
  const declarant = await findDeclarant(db, userId);
  if (!declarant) throw new AppError(409, 'not_a_declarant');
  return declarant;
}
