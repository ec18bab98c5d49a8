import { isApiError } from '../../../api/ApiError.ts';
import type { DeclarationContent, FieldProblem, ProblemReason } from '../../../api/types.ts';
import { isSection, itemsOf, type SectionKey } from './model.ts';

/** Every reason validate.ts gives; each has a sentence in declarationForm.reasons. */
export const PROBLEM_REASONS = Object.keys({
  required: 1,
  amount_invalid: 1,
  negative: 1,
  currency_unknown: 1,
  date_invalid: 1,
  date_future: 1,
  date_too_old: 1,
  share_range: 1,
  area_range: 1,
  year_made_range: 1,
  owner_unknown: 1,
  duplicate_id: 1,
  pin_invalid: 1,
  country_invalid: 1,
  rate_missing: 1,
} satisfies Record<ProblemReason, 1>) as ProblemReason[];

export const isReason = (value: unknown): value is ProblemReason =>
  typeof value === 'string' && (PROBLEM_REASONS as string[]).includes(value);

/**
 * A problem tied to its item by id, not by position: the answer to a save may arrive after the
 * declarant has added or removed items, and must still land beside the right field.
 */
export type KeyedProblem = {
  section: SectionKey | null;
  itemId: string | null;
  /** The field within the item as the path names it: "amount.amount", "owner", "id"... */
  field: string;
  reason: ProblemReason | null;
};

/** The server's problems (paths into `content`, the content that was checked) keyed by item id. */
export function keyProblems(content: DeclarationContent, problems: FieldProblem[]): KeyedProblem[] {
  return problems.map((p) => {
    const [section, index, ...rest] = p.path;
    const reason = isReason(p.reason) ? p.reason : null;
    if (isSection(section) && typeof index === 'number') {
      const item = itemsOf(content, section)[index];
      return { section, itemId: item?.id ?? null, field: rest.join('.'), reason };
    }
    return { section: null, itemId: null, field: p.path.join('.'), reason };
  });
}

/** The first problem of one field of one item, if any. */
export const problemAt = (
  problems: readonly KeyedProblem[],
  section: SectionKey,
  itemId: string,
  field: string,
) => problems.find((p) => p.section === section && p.itemId === itemId && p.field === field);

/** The problems of a 400 declaration_invalid refusal of submission, if that is what came back. */
export function refusedProblems(error: unknown): FieldProblem[] | null {
  if (!isApiError(error) || error.code !== 'declaration_invalid') return null;
  const problems = (error.details as { problems?: unknown } | null)?.problems;
  if (!Array.isArray(problems)) return null;
  return problems.filter(
    (p): p is FieldProblem =>
      Array.isArray(p?.path) &&
      p.path.every((x: unknown) => typeof x === 'string' || typeof x === 'number') &&
      typeof p.reason === 'string',
  );
}

/** The DOM id of a field's input, by the item's position now, for the summary's links. */
export const fieldDomId = (section: SectionKey, index: number, field: string) =>
  `declaration-${section}-${index}-${field.replace(/[^A-Za-z0-9]/g, '-')}`;
