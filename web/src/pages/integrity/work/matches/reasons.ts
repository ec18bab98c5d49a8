import type { TFunction } from 'i18next';

/** The reasons the name matcher gives (names/types.ts MatchReason.code) that have words here. */
export const REASON_CODES = [
  'pin_equal',
  'pin_differs',
  'surname',
  'given_name',
  'patronymic',
  'initial',
  'birth_date_equal',
  'birth_date_differs',
  'word_order',
  'transliteration',
  'pin_invalid',
  'same_record',
  'sex_differs',
  'surname_from_father',
  'name',
] as const;
type ReasonCode = (typeof REASON_CODES)[number];
const isReasonCode = (code: string): code is ReasonCode =>
  (REASON_CODES as readonly string[]).includes(code);

/** A reason in words; one the interface does not know yet is shown as the matcher names it. */
export const reasonLabel = (t: TFunction, code: string): string =>
  isReasonCode(code) ? t(`conflictWork.matches.reasons.${code}`) : code;
