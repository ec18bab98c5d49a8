import { z } from 'zod';
import { REAL_ESTATE_KINDS, VEHICLE_KINDS } from '../content.ts';
import type { RegistryService } from './errors.ts';
import type { RegistryCompanyRole, RegistryRealEstate, RegistryVehicle } from './records.ts';

/**
 * The JSON each registry service is assumed to answer with (docs/modules/declarations-registries.md
 * describes the same shapes for the registries' integrators). Every answer names the PIN it is
 * about, so a mixed-up answer cannot put someone else's property in a declaration.
 */

/** One answer lists one person's records; more than this is a broken service, not a person. */
const MAX_RECORDS = 1000;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date yyyy-mm-dd');
const recordId = z.string().min(1).max(80);
const label = (max: number) => z.string().min(1).max(max);
/** A registry may know kinds we do not: they are declared as "other" rather than refused. */
const kindOf = <K extends string>(kinds: readonly K[]) =>
  z
    .string()
    .max(60)
    .transform((k): K | 'other' => ((kinds as readonly string[]).includes(k) ? (k as K) : 'other'));

const realEstateItem = z.object({
  cadastralNumber: recordId,
  kind: kindOf(REAL_ESTATE_KINDS),
  area: z.number().nonnegative(),
  address: label(1000),
  sharePercent: z.number().gt(0).max(100),
  acquiredOn: isoDate,
  price: z
    .object({
      amount: z.string().regex(/^\d{1,16}(\.\d{1,2})?$/, 'a decimal amount'),
      currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code'),
    })
    .nullable()
    .default(null),
});

const vehicleItem = z.object({
  recordId,
  kind: kindOf(VEHICLE_KINDS),
  make: label(200),
  model: z.string().max(200),
  yearMade: z.number().int().min(1900).max(2100),
  registrationNumber: z.string().max(40),
  acquiredOn: isoDate,
});

const COMPANY_ROLES = ['director', 'founder', 'owner'] as const;
const companyRoleItem = z.object({
  recordId,
  companyId: label(40),
  companyName: label(500),
  role: z.string().max(60),
  sharePercent: z.number().min(0).max(100).nullable().default(null),
  since: isoDate,
});

const answerOf = <T extends z.ZodType>(item: T) =>
  z.object({ pin: z.string(), items: z.array(item).max(MAX_RECORDS) });

const schemas = {
  realEstate: answerOf(realEstateItem),
  vehicles: answerOf(vehicleItem),
  companyRoles: answerOf(companyRoleItem),
};

export interface PersonRecords {
  realEstate: RegistryRealEstate[];
  vehicles: RegistryVehicle[];
  companyRoles: RegistryCompanyRole[];
}

/** Why an answer cannot be used; says where, never the values (they are personal data). */
export class MalformedAnswerError extends Error {
  override readonly name = 'MalformedAnswerError';
}

/** The records in one service's answer about one person, or MalformedAnswerError. */
export function recordsFromAnswer<S extends RegistryService>(
  service: S,
  pin: string,
  json: unknown,
): PersonRecords[S] {
  const parsed = schemas[service].safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'the answer';
    throw new MalformedAnswerError(`${where}: ${issue.message}`);
  }
  if (parsed.data.pin !== pin) {
    throw new MalformedAnswerError('the answer is about another person than the one asked');
  }
  return toRecords[service](pin, parsed.data.items as never) as PersonRecords[S];
}

const toRecords = {
  realEstate: (pin: string, items: z.infer<typeof realEstateItem>[]): RegistryRealEstate[] =>
    items.map((i) => ({
      registry: 'tunduk',
      recordId: i.cadastralNumber,
      ownerPin: pin,
      kind: i.kind,
      area: i.area,
      address: i.address,
      sharePercent: i.sharePercent,
      acquiredOn: i.acquiredOn,
      price: i.price,
    })),
  vehicles: (pin: string, items: z.infer<typeof vehicleItem>[]): RegistryVehicle[] =>
    items.map((i) => ({ registry: 'tunduk', ownerPin: pin, ...i })),
  companyRoles: (pin: string, items: z.infer<typeof companyRoleItem>[]): RegistryCompanyRole[] =>
    items.flatMap((i) => {
      // Other roles (accountant, auditor...) are not something a declaration holds.
      const role = COMPANY_ROLES.find((r) => r === i.role);
      return role ? [{ registry: 'tunduk' as const, personPin: pin, ...i, role }] : [];
    }),
};

/** The error body X-Road security servers give: {type, message, detail}. */
export const xroadErrorBody = z.object({
  type: z.string().min(1).max(200),
  message: z.string().optional(),
  detail: z.string().optional(),
});
