import type { TFunction } from 'i18next';
import type { MyDeclarationYear } from '../../../api/types.ts';
import type { TagColor } from '../../../components/Tag.tsx';

/**
 * Labels whose keys come from the section specs (fields.ts). The compiler cannot follow a key
 * built from a spec, so test/web/declaration-form.test.ts proves every one exists in ky/ru/en.
 */
export const specLabel = (t: TFunction, key: string, options?: Record<string, unknown>): string =>
  (t as unknown as (key: string, options?: Record<string, unknown>) => string)(
    `declarationForm.${key}`,
    options,
  );

type Status = Pick<MyDeclarationYear, 'status' | 'late'>;

/** Where a year's declaration stands, in the declarant's words. */
export function statusLabel(t: TFunction, { status, late }: Status): string {
  if (status === null) return t('declarationForm.statuses.notStarted');
  if (status === 'draft') return t('declarationForm.statuses.draft');
  if (status === 'correcting') return t('declarationForm.statuses.correcting');
  if (late === true) return t('declarationForm.statuses.submittedLate');
  if (late === false) return t('declarationForm.statuses.submittedOnTime');
  return t('declarationForm.statuses.submitted');
}

export function statusColor({ status, late }: Status): TagColor {
  if (status === null) return 'gray';
  if (status === 'submitted') return late ? 'orange' : 'green';
  return 'blue';
}

type Check = Pick<MyDeclarationYear, 'outcome' | 'reviewState'>;

/** The check's result: the full check's stage once one is open, else the automated result. */
export function checkLabel(t: TFunction, { outcome, reviewState }: Check): string | null {
  switch (reviewState) {
    case 'explanation_requested':
      return t('declarationForm.checkStates.explanationRequested');
    case 'explained':
      return t('declarationForm.checkStates.explained');
    case 'concluded':
      return t('declarationForm.checkStates.concluded');
    case 'queued':
    case 'assigned':
      return t('declarationForm.checkStates.fullCheck');
    default:
      if (outcome === 'full_check') return t('declarationForm.checkStates.fullCheck');
      if (outcome === 'checked') return t('declarationForm.checkStates.checked');
      return null;
  }
}

export function checkColor({ outcome, reviewState }: Check): TagColor {
  if (reviewState === 'explanation_requested') return 'red';
  if (reviewState === 'concluded') return 'gray';
  if (reviewState || outcome === 'full_check') return 'orange';
  return 'green';
}
