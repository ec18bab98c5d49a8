import type { DeclarationContent } from './content.ts';

/**
 * A submitted declaration keeps every amount as typed and adds its value in som: integer tyiyn at
 * the official rate of the amount's date (see rates/convert.ts). Checks read only `som`.
 * Integer tyiyn below 2^53 (90 trillion som) are exact as numbers, far above any declaration.
 */
export type WithSom<T> = T extends { amount: string; currency: string }
  ? T & { som: number }
  : T extends readonly (infer U)[]
    ? WithSom<U>[]
    : T extends object
      ? { [K in keyof T]: WithSom<T[K]> }
      : T;

export type SubmittedContent = WithSom<DeclarationContent>;
export type SubmittedMoney = { amount: string; currency: string; som: number };
