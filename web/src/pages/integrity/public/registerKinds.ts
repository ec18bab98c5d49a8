import type { StateRegisterKind } from '../../../api/types.ts';

/** The kinds of the public register, in the order of Plan item 5. */
export const REGISTER_KINDS = [
  'budget_funded',
  'state_enterprise',
  'municipal_enterprise',
  'state_share_company',
  'state_property_trustee',
] as const satisfies readonly StateRegisterKind[];

export const isRegisterKind = (value: string): value is StateRegisterKind =>
  (REGISTER_KINDS as readonly string[]).includes(value);

/** A state share as "51 %" / "51,5 %" in the user's language. */
export const formatShare = (percent: number | null, locale: string) =>
  percent === null
    ? null
    : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(percent)} %`;
