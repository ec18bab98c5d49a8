import type { TFunction } from 'i18next';
import type {
  InterestDeclarationContent,
  InterestOccasion,
  NewInterestDeclaration,
} from '../../../api/types.ts';

// The server's closed lists (interests/content.ts); test/web/interest-form.test.ts keeps them equal.
export const DEGREES = ['spouse', 'child', 'parent', 'sibling', 'other'] as const;
export const COMPANY_ROLES = ['director', 'founder', 'owner'] as const;
export const ASSOCIATION_KINDS = ['friendship', 'association'] as const;
export const OCCASIONS = ['appointment', 'transfer'] as const satisfies readonly InterestOccasion[];

/** The option lists of the select fields; their labels are conflictTerms.<list>.<value>. */
export const OPTION_LISTS = {
  degrees: DEGREES,
  companyRoles: COMPANY_ROLES,
  associationKinds: ASSOCIATION_KINDS,
} as const;
export type OptionList = keyof typeof OPTION_LISTS;

/** The four parts of the declaration, in the order of the form in Decree No. 362. */
export const INTEREST_SECTIONS = [
  'relatives',
  'companies',
  'paidActivities',
  'associations',
] as const satisfies readonly (keyof InterestDeclarationContent)[];
export type InterestSection = (typeof INTEREST_SECTIONS)[number];

/** "declarant" as a company's holder: the declarant themself, not a relative. */
export const SELF = 'declarant';

/**
 * One field of an item as content.ts defines it. Its label is
 * myConflicts.form.fields.<section>.<name>; a field with a hint also has <name>Hint.
 */
export type InterestField =
  | { name: string; kind: 'text'; max: number; optional?: boolean; hint?: boolean; long?: boolean }
  | { name: string; kind: 'digits'; hint: true }
  | { name: string; kind: 'date'; optional?: boolean }
  | { name: string; kind: 'enum'; options: OptionList }
  | { name: 'holder'; kind: 'holder' }
  | { name: string; kind: 'percent'; hint: true };

export const SECTION_FIELDS: Record<InterestSection, readonly InterestField[]> = {
  relatives: [
    { name: 'degree', kind: 'enum', options: 'degrees' },
    { name: 'fullName', kind: 'text', max: 200 },
    { name: 'pin', kind: 'digits', hint: true },
    { name: 'birthDate', kind: 'date', optional: true },
    { name: 'publicServiceOrganisation', kind: 'text', max: 300, optional: true, hint: true },
    { name: 'publicServicePost', kind: 'text', max: 300, optional: true },
  ],
  companies: [
    { name: 'holder', kind: 'holder' },
    { name: 'companyName', kind: 'text', max: 300 },
    { name: 'registrationNumber', kind: 'digits', hint: true },
    { name: 'role', kind: 'enum', options: 'companyRoles' },
    { name: 'sharePercent', kind: 'percent', hint: true },
    { name: 'since', kind: 'date', optional: true },
  ],
  paidActivities: [
    { name: 'organisation', kind: 'text', max: 300 },
    { name: 'activity', kind: 'text', max: 300, hint: true },
  ],
  associations: [
    { name: 'kind', kind: 'enum', options: 'associationKinds' },
    { name: 'name', kind: 'text', max: 300, hint: true },
    { name: 'pin', kind: 'digits', hint: true },
    { name: 'description', kind: 'text', max: 500, optional: true, long: true },
  ],
};

/** An item as the form holds it: every value as typed (text), the share as a number or null. */
export type FormItem = { id: string } & Record<string, string | number | null>;
export type FormContent = Record<InterestSection, FormItem[]>;

export type FormState = {
  occasion: InterestOccasion;
  post: string;
  effectiveOn: string;
  content: FormContent;
};

export const emptyForm = (post = ''): FormState => ({
  occasion: 'appointment',
  post,
  effectiveOn: '',
  content: { relatives: [], companies: [], paidActivities: [], associations: [] },
});

/** A new item id unique within the declaration (companies name their holder by a relative's id). */
export function newItemId(section: InterestSection, content: FormContent): string {
  const taken = new Set(INTEREST_SECTIONS.flatMap((s) => content[s].map((i) => i.id)));
  for (;;) {
    const id = `${section}-${Math.random().toString(36).slice(2, 10)}`;
    if (!taken.has(id)) return id;
  }
}

export function blankItem(section: InterestSection, id: string): FormItem {
  switch (section) {
    case 'relatives':
      return {
        id,
        degree: 'spouse',
        fullName: '',
        pin: '',
        birthDate: '',
        publicServiceOrganisation: '',
        publicServicePost: '',
      };
    case 'companies':
      return {
        id,
        holder: SELF,
        companyName: '',
        registrationNumber: '',
        role: 'director',
        sharePercent: null,
        since: '',
      };
    case 'paidActivities':
      return { id, organisation: '', activity: '' };
    case 'associations':
      return { id, kind: 'friendship', name: '', pin: '', description: '' };
  }
}

/**
 * What is sent: text trimmed, optional fields left blank left out (the server reads absence, not
 * an empty string, as "not given"). Required text is sent as typed, so that the server names it.
 */
export function toRequest(form: FormState): NewInterestDeclaration {
  const clean = (section: InterestSection) =>
    form.content[section].map((item) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(item)) {
        if (value === null) continue;
        if (typeof value === 'string') {
          const spec = SECTION_FIELDS[section].find((f) => f.name === key);
          const optional =
            spec &&
            (spec.kind === 'digits' ||
              ((spec.kind === 'text' || spec.kind === 'date') && spec.optional));
          const trimmed = value.trim();
          if (optional && trimmed === '') continue;
          out[key] = trimmed;
        } else {
          out[key] = value;
        }
      }
      return out;
    });
  return {
    occasion: form.occasion,
    post: form.post.trim(),
    effectiveOn: form.effectiveOn,
    content: {
      relatives: clean('relatives'),
      companies: clean('companies'),
      paidActivities: clean('paidActivities'),
      associations: clean('associations'),
    } as unknown as InterestDeclarationContent,
  };
}

/**
 * Labels whose keys come from the section specs. The compiler cannot follow a key built from a
 * spec, so test/web/interest-form.test.ts proves every one exists in ky/ru/en.
 */
export const formLabel = (t: TFunction, key: string, options?: Record<string, unknown>): string =>
  (t as unknown as (key: string, options?: Record<string, unknown>) => string)(
    `myConflicts.form.${key}`,
    options,
  );

/** "Relative no. 2": how an item is named in legends, buttons and the problem summary. */
export const itemLabelOf = (t: TFunction, section: InterestSection, index: number) =>
  formLabel(t, 'itemN', { item: formLabel(t, `sections.${section}.item`), n: index + 1 });

/** The DOM id of a field's input, by the item's position now, for the summary's links. */
export const fieldDomId = (section: InterestSection | 'general', index: number, field: string) =>
  section === 'general' ? `interest-${field}` : `interest-${section}-${index}-${field}`;
