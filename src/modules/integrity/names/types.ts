/** A person record as entity resolution sees it: what each source tells about someone. */
export interface PersonRecord {
  id: string;
  fullName: string;
  pin?: string | null;
  birthDate?: string | null;
}

/** One reason a score went up or down, so a reviewer sees why two records were matched. */
export interface MatchReason {
  /** e.g. pin_equal, pin_differs, surname, given_name, patronymic, initial, birth_date_equal,
   *  birth_date_differs, word_order, transliteration */
  code: string;
  /** the score's contribution, positive or negative */
  weight: number;
  /** what was compared, for the reviewer: "Асанова ~ Asanova" */
  detail: string;
}

/** match: same person; review: a human must confirm; none: different people. */
export type MatchDecision = 'match' | 'review' | 'none';

export interface MatchScore {
  score: number;
  decision: MatchDecision;
  reasons: MatchReason[];
}

/** What a word of a name is: the family name, the person's own name, the father's name. */
export type NameRole = 'surname' | 'given' | 'patronymic' | 'unknown';

export type Gender = 'male' | 'female';

/** One word of a parsed name (an initial counts as a word). */
export interface NameToken {
  /** as written, without dots: "Асанова", "B" */
  text: string;
  /** a readable Latin spelling: "Asanova", "Bakyt" */
  latin: string;
  /** the comparable key, equal across Cyrillic and the usual Latin spellings */
  key: string;
  /** the key without gender and patronymic endings: the surname stem ("asanov" for Асанова) or
   *  the father's name of a patronymic ("kubat" for Кубатович and for Кубат уулу) */
  stem: string;
  role: NameRole;
  initial: boolean;
  gender: Gender | null;
  /** patronymics only: -ович/-овна (russian) or уулу/кызы (kyrgyz) */
  patronymicStyle?: 'russian' | 'kyrgyz';
}

/** A full name taken apart: words with roles, the gender the endings tell, the word order. */
export interface ParsedName {
  input: string;
  script: 'cyrillic' | 'latin' | 'mixed' | 'none';
  tokens: NameToken[];
  surname: NameToken | null;
  given: NameToken | null;
  patronymic: NameToken | null;
  gender: Gender | null;
  /** the family word (surname, or the Kyrgyz "Кубат уулу") before or after the given name */
  order: 'family_first' | 'given_first' | 'unknown';
}
