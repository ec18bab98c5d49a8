import { z } from 'zod';

/**
 * The private-interest declaration filed on election, appointment or transfer to a post with
 * other powers (Government Decree No. 362 of 7 August 2018, the procedure for filling in the
 * declaration of personal interests; Strategy section 2.6). Each item becomes a relation of the
 * graph with the declaration as its source.
 */

const text = (max = 300) => z.string().trim().min(1).max(max);
const optionalText = (max = 300) => z.string().trim().max(max).optional();
const pin = z
  .string()
  .trim()
  .regex(/^\d{14}$/, 'a PIN has 14 digits')
  .optional();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is yyyy-mm-dd');
const id = z.string().min(1).max(40);

export const INTEREST_DEGREES = ['spouse', 'child', 'parent', 'sibling', 'other'] as const;
export const INTEREST_COMPANY_ROLES = ['director', 'founder', 'owner'] as const;
export const ASSOCIATION_KINDS = ['friendship', 'association'] as const;

/** Close relatives named in the declaration; other items refer to them by id. */
export const interestRelative = z.object({
  id,
  degree: z.enum(INTEREST_DEGREES),
  fullName: text(200),
  pin,
  birthDate: isoDate.optional(),
  /** Works in a state or municipal body: where and as what. */
  publicServiceOrganisation: optionalText(),
  publicServicePost: optionalText(),
});

/** A company the declarant or a relative runs, founded or owns a share of. */
export const companyInterest = z.object({
  id,
  /** "declarant" or the id of a relative */
  holder: id,
  companyName: text(300),
  registrationNumber: z
    .string()
    .trim()
    .regex(/^\d{14}$/, 'a registration number has 14 digits')
    .optional(),
  role: z.enum(INTEREST_COMPANY_ROLES),
  sharePercent: z.number().gt(0).max(100).optional(),
  since: isoDate.optional(),
});

/** Paid work outside the post (teaching, research and creative work are allowed; they are still declared). */
export const paidActivity = z.object({
  id,
  organisation: text(300),
  activity: text(300),
});

/** A person or organisation the declarant is close to, which may matter for their decisions. */
export const declaredAssociation = z.object({
  id,
  kind: z.enum(ASSOCIATION_KINDS),
  /** a person's full name or an organisation's name */
  name: text(300),
  pin,
  description: optionalText(500),
});

const list = <T extends z.ZodTypeAny>(item: T) => z.array(item).max(100);

export const interestDeclarationContent = z.object({
  relatives: list(interestRelative).default([]),
  companies: list(companyInterest).default([]),
  paidActivities: list(paidActivity).default([]),
  associations: list(declaredAssociation).default([]),
});

export type InterestDeclarationContent = z.infer<typeof interestDeclarationContent>;
export type InterestRelative = z.infer<typeof interestRelative>;
export type CompanyInterest = z.infer<typeof companyInterest>;
