import type { Gender } from './types.ts';

/**
 * The Kyrgyz personal identification number (PIN, ПИН/ИНН of a person): 14 digits, the first the
 * sex (1 female, 2 male), then the birth date DDMMYYYY, then a 5-digit serial number.
 *
 * No public check-digit algorithm for it was found (the serial is assigned by the registry), so the
 * "checksum" here is its structure: a valid sex digit and a real calendar date, not in the future
 * and not before 1900; and, when the birth date is known from elsewhere, equal to it.
 * (src/modules/declarations/validate.ts keeps its older, simpler pattern check.)
 */
export type PinProblem =
  | 'pin_format'
  | 'pin_sex_digit'
  | 'pin_birth_date'
  | 'pin_birth_date_mismatch';

const SHAPE = /^\d{14}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isoOf = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** A real calendar date as yyyy-mm-dd, or null (31 April, 29 February of 2023). */
function realDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  return isoOf(year, month, day);
}

/** The birth date a PIN carries (yyyy-mm-dd), or null when it carries none that could be real. */
export function pinBirthDate(pin: string): string | null {
  const p = pin.trim();
  if (!SHAPE.test(p)) return null;
  const iso = realDate(Number(p.slice(5, 9)), Number(p.slice(3, 5)), Number(p.slice(1, 3)));
  if (!iso || iso < '1900-01-01' || iso > isoOf(...today())) return null;
  return iso;
}

/** The sex a PIN carries. */
export function pinGender(pin: string): Gender | null {
  const first = pin.trim()[0];
  return first === '1' ? 'female' : first === '2' ? 'male' : null;
}

function today(): [number, number, number] {
  const now = new Date();
  return [now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()];
}

/** What is wrong with a PIN, or null when its structure holds (see the top of this file). */
export function pinProblem(pin: string, birthDate?: string | null): PinProblem | null {
  const p = pin.trim();
  if (!SHAPE.test(p)) return 'pin_format';
  if (!pinGender(p)) return 'pin_sex_digit';
  const carried = pinBirthDate(p);
  if (!carried) return 'pin_birth_date';
  const known = birthDate ? ISO_DATE.exec(birthDate.trim().slice(0, 10)) : null;
  if (known && carried !== `${known[1]}-${known[2]}-${known[3]}`) return 'pin_birth_date_mismatch';
  return null;
}
