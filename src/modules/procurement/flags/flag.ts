/**
 * A red flag: one concern about a tender, a buyer or a supplier, with the facts that raised it.
 * Every engine (the Kyrgyz red flags, the Corruption Risk Index, the barred-entities and
 * conflict-of-interest checks) returns these; the module stores and publishes them.
 */
export type FlagSubject = 'tender' | 'buyer' | 'supplier';

/** One fact behind a flag: where it is in the OCDS data, and what it says. */
export type FlagEvidence = {
  /** JSON pointer into the compiled release, or a description of the aggregate ("buyer's tenders"). */
  path: string;
  /** The value found there (a number, a date, an id, a list of ids). */
  value: string | number | boolean | null | (string | number)[];
  /** The OCID of another process the fact comes from, when it is not the flagged one. */
  ocid?: string;
};

export type RedFlag = {
  /** KG-... for the Kyrgyz red flags, CRI-... for the risk index components, BARRED, CONFLICT. */
  code: string;
  subject: FlagSubject;
  /** The OCID for a tender; the OCDS party id for a buyer or supplier. */
  subjectId: string;
  /** The tender the flag points at, also when the subject is a party (the latest example). */
  ocid: string | null;
  /** The indicator's value: 1 for yes/no flags; a ratio, count or share where it has one. */
  value: number;
  /** The setting the value was compared with, when there is one (for the explanation). */
  threshold?: number;
  evidence: FlagEvidence[];
};
