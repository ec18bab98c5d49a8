import { pinProblem } from '../names/pin.ts';
import type { InterestDeclarationContent } from './content.ts';

export interface FieldProblem {
  path: Array<string | number>;
  reason: string;
}

export interface InterestFiling {
  effectiveOn: string;
  content: InterestDeclarationContent;
}

/** The holder id that means the declarant themselves; no relative may take it. */
export const DECLARANT_HOLDER = 'declarant';

const realDate = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

function dateProblem(iso: string | undefined, today: string): string | null {
  if (iso === undefined) return null;
  if (!realDate(iso)) return 'date_invalid';
  return iso > today ? 'date_future' : null;
}

/**
 * What the form's shape cannot say: items refer to each other by id, so ids are unique and every
 * holder is the declarant or a named relative; PINs pass the PIN rules and are not the
 * declarant's own (a relation to oneself) nor given twice; dates are real and not in the future.
 * Every problem is reported with its path, so the form can show them all at once.
 */
export function interestProblems(
  filing: InterestFiling,
  context: { today: string; declarantPin: string | null },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (path: FieldProblem['path'], reason: string | null) => {
    if (reason) problems.push({ path, reason });
  };
  const { content } = filing;
  add(['effectiveOn'], dateProblem(filing.effectiveOn, context.today));

  const seen = new Set<string>();
  const lists = ['relatives', 'companies', 'paidActivities', 'associations'] as const;
  for (const list of lists) {
    content[list].forEach((item, i) => {
      if (item.id === DECLARANT_HOLDER) add(['content', list, i, 'id'], 'id_reserved');
      else if (seen.has(item.id)) add(['content', list, i, 'id'], 'id_duplicate');
      seen.add(item.id);
    });
  }

  const relativeIds = new Set(content.relatives.map((r) => r.id));
  const pins = new Set<string>();
  content.relatives.forEach((relative, i) => {
    const at = ['content', 'relatives', i] as const;
    add([...at, 'birthDate'], dateProblem(relative.birthDate, context.today));
    if (!relative.pin) return;
    if (relative.pin === context.declarantPin) add([...at, 'pin'], 'pin_is_declarant');
    else if (pins.has(relative.pin)) add([...at, 'pin'], 'pin_duplicate');
    else add([...at, 'pin'], pinProblem(relative.pin, relative.birthDate ?? null));
    pins.add(relative.pin);
  });

  content.companies.forEach((company, i) => {
    const at = ['content', 'companies', i] as const;
    if (company.holder !== DECLARANT_HOLDER && !relativeIds.has(company.holder)) {
      add([...at, 'holder'], 'holder_unknown');
    }
    add([...at, 'since'], dateProblem(company.since, context.today));
  });

  content.associations.forEach((association, i) => {
    if (!association.pin) return;
    const at = ['content', 'associations', i, 'pin'];
    if (association.pin === context.declarantPin) add(at, 'pin_is_declarant');
    else add(at, pinProblem(association.pin, null));
  });
  return problems;
}
