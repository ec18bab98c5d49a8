import { isApiError } from '../../../api/ApiError.ts';
import {
  type FormState,
  INTEREST_SECTIONS,
  type InterestSection,
  SECTION_FIELDS,
} from './interestModel.ts';

/** Every reason the form has a sentence for (myConflicts.form.reasons.<reason>). */
export const PROBLEM_REASONS = [
  'required',
  'too_short',
  'too_long',
  'pin_format',
  'pin_sex_digit',
  'pin_birth_date',
  'pin_birth_date_mismatch',
  'pin_is_declarant',
  'pin_duplicate',
  'registration_format',
  'date_invalid',
  'date_future',
  'share_range',
  'choice_invalid',
  'holder_unknown',
  'id_duplicate',
  'id_reserved',
  'other',
] as const;
export type ProblemReason = (typeof PROBLEM_REASONS)[number];

const isReason = (value: unknown): value is ProblemReason =>
  typeof value === 'string' && (PROBLEM_REASONS as readonly string[]).includes(value);

/**
 * A refused value, tied to its item by id (not position): the declarant may add or remove items
 * before fixing it, and the problem must still stand beside the right field.
 */
export type FormProblem = {
  /** general: occasion, post, effective date; null: the server named something the form lacks. */
  section: InterestSection | 'general' | null;
  itemId: string | null;
  field: string;
  reason: ProblemReason;
};

type RawProblem = { path: (string | number)[]; reason?: unknown; message?: unknown };

/** The server's paths: Zod's "/content/relatives/0/pin", or ['content', 'relatives', 0, 'pin']. */
function rawProblems(error: unknown): RawProblem[] | null {
  if (!isApiError(error) || error.status !== 400) return null;
  const details = error.details as unknown;
  const list: unknown[] | null = Array.isArray(details)
    ? details
    : details &&
        typeof details === 'object' &&
        Array.isArray((details as { problems?: unknown }).problems)
      ? (details as { problems: unknown[] }).problems
      : null;
  if (!list) return null;
  const out: RawProblem[] = [];
  for (const entry of list) {
    const p = entry as { path?: unknown; reason?: unknown; where?: unknown; message?: unknown };
    if (p.where !== undefined && p.where !== 'body') continue;
    let path: (string | number)[] | null = null;
    if (typeof p.path === 'string') {
      path = p.path
        .replace(/^\//, '')
        .split(/[/.]/)
        .filter(Boolean)
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    } else if (Array.isArray(p.path)) {
      path = p.path.filter(
        (x): x is string | number => typeof x === 'string' || typeof x === 'number',
      );
    }
    if (path) out.push({ path, reason: p.reason, message: p.message });
  }
  return out.length > 0 ? out : null;
}

/**
 * The reason a field was refused, from what kind of field it is and what it holds (the schema's
 * own wording is English; only "too small" is read from it, to tell short from long text).
 */
function reasonFor(
  section: InterestSection | 'general',
  field: string,
  value: unknown,
  message: unknown,
): ProblemReason {
  const blank = value === undefined || value === null || String(value).trim() === '';
  const textReason = (): ProblemReason =>
    blank ? 'required' : /too small/i.test(String(message ?? '')) ? 'too_short' : 'too_long';
  if (section === 'general') {
    if (field === 'effectiveOn') return 'date_invalid';
    if (field === 'occasion') return 'choice_invalid';
    return textReason();
  }
  const spec = SECTION_FIELDS[section].find((f) => f.name === field);
  if (field === 'id') return 'id_duplicate';
  switch (spec?.kind) {
    case 'digits':
      return field === 'pin' ? 'pin_format' : 'registration_format';
    case 'date':
      return 'date_invalid';
    case 'percent':
      return 'share_range';
    case 'enum':
      return 'choice_invalid';
    case 'holder':
      return 'holder_unknown';
    case 'text':
      return textReason();
    default:
      return 'other';
  }
}

const isSection = (value: unknown): value is InterestSection =>
  typeof value === 'string' && (INTEREST_SECTIONS as readonly string[]).includes(value);

/**
 * The problems of a refusal of the declaration that was sent (`sent`: the form as it was then),
 * or null when the refusal is not about its values (shown as an alert instead).
 */
export function refusedProblems(error: unknown, sent: FormState): FormProblem[] | null {
  const raw = rawProblems(error);
  if (!raw) return null;
  return raw.map(({ path, reason, message }) => {
    const [first, second, third, ...rest] = path;
    if (first === 'content' && isSection(second) && typeof third === 'number') {
      const item = sent.content[second][third];
      const field = rest.length > 0 ? String(rest[0]) : 'id';
      return {
        section: second,
        itemId: item?.id ?? null,
        field,
        reason: isReason(reason) ? reason : reasonFor(second, field, item?.[field], message),
      };
    }
    if (typeof first === 'string' && path.length === 1 && first !== 'content') {
      const value = (sent as unknown as Record<string, unknown>)[first];
      return {
        section: 'general',
        itemId: null,
        field: first,
        reason: isReason(reason) ? reason : reasonFor('general', first, value, message),
      };
    }
    return {
      section: null,
      itemId: null,
      field: path.join('.'),
      reason: isReason(reason) ? reason : 'other',
    };
  });
}
