import { z } from 'zod';
import {
  ACCOUNT_KINDS,
  CREDITOR_KINDS,
  INCOME_KINDS,
  REAL_ESTATE_KINDS,
  RELATIONS,
  SECURITY_KINDS,
  SPENDING_CATEGORIES,
  VEHICLE_KINDS,
} from './kinds.ts';

export * from './kinds.ts';

/**
 * The content of an asset declaration (the unified tax declaration, form STI-155 model): what the
 * declarant types in the form, section by section. This schema checks only the shape (types,
 * lengths, item counts), so that a draft with wrong values is still saved and never lost; the
 * values are judged by validate.ts, which gives one problem per field.
 *
 * Amounts are decimal strings with an ISO 4217 currency ("1234.50" USD); they are converted to som
 * at the official rate of the date when the declaration is submitted. Owners are "declarant" or
 * the id of a relative in `relatives`.
 */

/** Keeps hostile drafts small: a million items is refused with a 4xx, not stored. */
export const MAX_ITEMS_PER_SECTION = 200;

const id = z.string().min(1).max(40);
const text = (max = 300) => z.string().max(max);
const owner = z.string().min(1).max(40);
/** A date as typed in the form, ISO yyyy-mm-dd; '' while not yet filled. */
const date = z.string().max(10);
/** A decimal amount as typed, "1234.50"; '' while not yet filled. */
const amount = z.string().max(24);
const currency = z.string().max(3);
const money = z.object({ amount, currency });
const country = z.string().max(2);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ITEMS_PER_SECTION);

/** Where a pre-filled item came from, and what the registry said, so corrections become findings. */
export const registryOrigin = z.object({
  registry: z.enum(['local', 'tunduk']),
  recordId: text(80),
  /** The declarant has looked at the item and accepted or corrected it. */
  confirmed: z.boolean(),
  /** The registry's values at pre-fill time, keyed like the item's fields. */
  original: z.record(z.string().max(40), z.union([z.string().max(300), z.number(), z.null()])),
});
export type RegistryOrigin = z.infer<typeof registryOrigin>;

export const relative = z.object({
  id,
  relation: z.enum(RELATIONS),
  fullName: text(200),
  /** Personal identification number (14 digits); optional for relatives abroad. */
  pin: text(20).optional(),
  birthDate: date,
  /** The relative refused to give information about their income and property. */
  refusedToProvide: z.boolean().default(false),
});

export const income = z.object({
  id,
  owner,
  kind: z.enum(INCOME_KINDS),
  /** Who paid: employer, tenant, bank... */
  source: text(300),
  amount: money,
});

export const realEstate = z.object({
  id,
  owner,
  kind: z.enum(REAL_ESTATE_KINDS),
  /** Square metres. */
  area: z.number(),
  address: text(300),
  country,
  /** Percent of the property owned, 0 < share <= 100. */
  sharePercent: z.number(),
  acquiredOn: date,
  /** Blank when unknown; "0" when received free (checked by the ratio flags). */
  price: money.nullable(),
  /** Cadastral number in the state registry of real estate. */
  registryId: text(80).optional(),
  origin: registryOrigin.optional(),
});

export const vehicle = z.object({
  id,
  owner,
  kind: z.enum(VEHICLE_KINDS),
  make: text(80),
  model: text(80),
  yearMade: z.number(),
  /** Registration plate: identifies a person's car, never published. */
  registrationNumber: text(20).optional(),
  country,
  acquiredOn: date,
  price: money.nullable(),
  registryId: text(80).optional(),
  origin: registryOrigin.optional(),
});

export const account = z.object({
  id,
  owner,
  kind: z.enum(ACCOUNT_KINDS),
  /** Bank or payment institution; empty for cash. */
  institution: text(200),
  /** Never published. */
  accountNumber: text(40).optional(),
  country,
  /** Balance on 31 December of the declaration year. */
  balance: money,
});

export const security = z.object({
  id,
  owner,
  kind: z.enum(SECURITY_KINDS),
  issuer: text(200),
  /** The issuer's registration number (OKPO/TIN) when known. */
  issuerId: text(40).optional(),
  sharePercent: z.number().nullable(),
  value: money,
  country,
  origin: registryOrigin.optional(),
});

export const liability = z.object({
  id,
  owner,
  creditor: text(200),
  creditorKind: z.enum(CREDITOR_KINDS),
  /** Outstanding on 31 December. */
  outstanding: money,
  /** Received during the declaration year (a new loan), zero if older. */
  receivedInYear: money,
  receivedOn: date,
});

export const loanGiven = z.object({
  id,
  owner,
  borrower: text(200),
  outstanding: money,
  givenOn: date,
});

export const spending = z.object({
  id,
  owner,
  category: z.enum(SPENDING_CATEGORIES),
  description: text(300),
  amount: money,
  spentOn: date,
});

export const gift = z.object({
  id,
  owner,
  description: text(300),
  donor: text(200),
  value: money,
  receivedOn: date,
});

export const declarationContent = z.object({
  relatives: list(relative).default([]),
  incomes: list(income).default([]),
  realEstate: list(realEstate).default([]),
  vehicles: list(vehicle).default([]),
  accounts: list(account).default([]),
  securities: list(security).default([]),
  liabilities: list(liability).default([]),
  loansGiven: list(loanGiven).default([]),
  spending: list(spending).default([]),
  gifts: list(gift).default([]),
  /** Totals the declarant states (paper forms, imports); the arithmetic control compares them. */
  statedTotals: z.object({ income: amount.optional() }).optional(),
});

export type DeclarationContent = z.infer<typeof declarationContent>;
export type Relative = z.infer<typeof relative>;
export type Income = z.infer<typeof income>;
export type RealEstate = z.infer<typeof realEstate>;
export type Vehicle = z.infer<typeof vehicle>;
export type Account = z.infer<typeof account>;
export type Security = z.infer<typeof security>;
export type Liability = z.infer<typeof liability>;
export type LoanGiven = z.infer<typeof loanGiven>;
export type Spending = z.infer<typeof spending>;
export type Gift = z.infer<typeof gift>;

export const emptyContent = (): DeclarationContent => declarationContent.parse({});

export const DECLARANT = 'declarant';
