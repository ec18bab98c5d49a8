import type { TFunction } from 'i18next';
import type { ConflictFinding } from '../../../../api/types.ts';
import type { LocalizedText } from '../../../../format/localized.ts';
import { localize } from '../../../../format/localized.ts';
import type { Language } from '../../../../i18n/languages.ts';

/** Where an edge or a record is known from: every source the graph takes in, plus the dealings' own. */
export const SOURCES = [
  'declaration',
  'interest_declaration',
  'registry',
  'notification',
  'appointment',
  'manual',
  'procurement',
  'budget',
] as const;
type Source = (typeof SOURCES)[number];

const isSource = (value: string): value is Source => (SOURCES as readonly string[]).includes(value);

/** A source in words; one the interface does not know yet is shown as the server names it. */
export const sourceLabel = (t: TFunction, source: string): string =>
  isSource(source) ? t(`conflictTerms.sources.${source}`) : source;

export const ruleLabel = (t: TFunction, rule: ConflictFinding['rule']): string =>
  t(`conflictTerms.rules.${rule}`);

/** An agency's name whether the server sends it in all languages or already in the user's. */
export const agencyLabel = (
  agency: { name: string | LocalizedText } | null | undefined,
  language: Language,
): string => {
  if (!agency) return '';
  return typeof agency.name === 'string' ? agency.name : localize(agency.name, language);
};
