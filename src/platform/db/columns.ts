import { bigint, char, customType, jsonb, timestamp } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../i18n/language.ts';

/** Times are always stored with time zone and handled in UTC. */
export const utc = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const createdAt = () => utc('created_at').notNull().defaultNow();
export const updatedAt = () => utc('updated_at').notNull().defaultNow();

/** Multilingual text {ky, ru, en}. */
export const localized = (name: string) => jsonb(name).$type<LocalizedText>();

/**
 * Money is an integer count of tyiyn (1/100 som) plus an ISO 4217 currency code, never a float.
 * bigint mode keeps amounts above 2^53 exact.
 */
export const money = (prefix: string) => ({
  amount: bigint(`${prefix}_tyiyn`, { mode: 'bigint' }),
  currency: char(`${prefix}_currency`, { length: 3 }),
});

/** Binary data (files, ciphertexts): Uint8Array on both drivers (node-postgres gives a Buffer). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});
