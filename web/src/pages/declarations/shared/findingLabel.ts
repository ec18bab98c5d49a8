import type { TFunction } from 'i18next';
import { FINDING_CODES, type FindingCode } from '../../../api/types.ts';

export const isFindingCode = (code: string): code is FindingCode =>
  (FINDING_CODES as readonly string[]).includes(code);

/** A finding code in words; a code this interface does not know yet is shown as it is. */
export const findingLabel = (t: TFunction, code: string): string =>
  isFindingCode(code) ? t(`declarationChecks.codes.${code}`) : code;
