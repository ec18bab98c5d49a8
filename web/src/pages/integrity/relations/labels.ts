import type { TFunction } from 'i18next';
import {
  CONFLICT_RULES,
  type ConflictFindingRule,
  DATA_RULES,
  DEALING_KINDS,
  type DealingKind,
  EDGE_SOURCES,
  FAMILY_DEGREES,
  type FamilyDegree,
  type GraphEdge,
  type GraphNode,
  ORGANISATION_KINDS,
  type OrganisationKind,
  RELATION_KINDS,
  type RelationKind,
} from '../../../api/types.ts';
import { formatDate } from '../../../format/dates.ts';
import { formatScore } from '../../../format/numbers.ts';
import type { Language } from '../../../i18n/languages.ts';
import { formatTyiyn } from '../../declarations/shared/tyiyn.ts';

/** What a graph edge and a finding's path step both say about a relation or dealing. */
export type EdgeFacts = Pick<GraphEdge, 'edge' | 'kind' | 'degree' | 'sharePercent' | 'role'> & {
  title?: string | null | undefined;
  amountTyiyn?: number | null | undefined;
  date?: string | null | undefined;
};

const isIn = <T extends string>(list: readonly T[], value: string | null | undefined): value is T =>
  value != null && (list as readonly string[]).includes(value);

/** Dealings are not in the graph's source list: their sources are the procurement and budget systems. */
const DEALING_SOURCES = ['procurement', 'budget'] as const;

/** A relation or dealing kind in words; an unknown one is shown as it is. */
export function kindLabel(t: TFunction, kind: string): string {
  if (isIn<RelationKind>(RELATION_KINDS, kind)) return t(`conflictTerms.relationKinds.${kind}`);
  if (isIn<DealingKind>(DEALING_KINDS, kind)) return t(`conflictTerms.dealingKinds.${kind}`);
  return kind;
}

export const degreeLabel = (t: TFunction, degree: string): string =>
  isIn<FamilyDegree>(FAMILY_DEGREES, degree) ? t(`conflictTerms.degrees.${degree}`) : degree;

export function sourceLabel(t: TFunction, source: string): string {
  if (isIn(EDGE_SOURCES, source)) return t(`conflictTerms.sources.${source}`);
  if (isIn(DEALING_SOURCES, source)) return t(`conflictTerms.sources.${source}`);
  return source;
}

/** The graph's loaders name an organisation's source in English words; the known ones in the user's language. */
const ENTITY_SOURCES: Record<string, string> = {
  'registry of legal entities': 'registry',
  'private-interest declaration': 'interest_declaration',
};

export const entitySourceLabel = (t: TFunction, source: string): string =>
  sourceLabel(t, ENTITY_SOURCES[source] ?? source);

export const organisationKindLabel = (t: TFunction, kind: string): string =>
  isIn<OrganisationKind>(ORGANISATION_KINDS, kind)
    ? t(`conflictTerms.organisationKinds.${kind}`)
    : kind;

const UUID = /\s*\(?\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b\)?/gi;

/**
 * The source's own reference in words where the platform wrote it ("declaration 2024 v1 (id)" ->
 * "2024-year declaration, version 1"); internal ids are left out, other references shown as given.
 */
export function sourceRefText(t: TFunction, ref: string): string {
  const declaration = /^declaration (\d{4}) v(\d+)/.exec(ref);
  if (declaration) {
    return t('relations.refs.declaration', { year: declaration[1], version: declaration[2] });
  }
  return ref
    .replace(UUID, '')
    .replace(/^declarant$/, '')
    .trim();
}

/** "Registry · SYN-LE-1": where an edge comes from, in one line. */
export function sourceText(t: TFunction, source: string, ref: string): string {
  const refText = sourceRefText(t, ref);
  return refText ? `${sourceLabel(t, source)} · ${refText}` : sourceLabel(t, source);
}

const share = (percent: number | null | undefined, lang: Language) =>
  percent == null ? '' : ` ${formatScore(percent, lang)}%`;

const RULES: readonly ConflictFindingRule[] = [...CONFLICT_RULES, ...DATA_RULES];

/** A detection rule in words; a rule this interface does not know yet is shown as it is. */
export const ruleLabel = (t: TFunction, rule: string): string =>
  isIn(RULES, rule) ? t(`conflictTerms.rules.${rule}`) : rule;

/** The kinds of the public register of state organisations (Plan item 5). */
export const REGISTERS = [
  'budget_funded',
  'state_enterprise',
  'municipal_enterprise',
  'state_share_company',
  'state_property_trustee',
] as const;

export const registerLabel = (t: TFunction, register: string): string =>
  isIn(REGISTERS, register) ? t(`conflictTerms.registers.${register}`) : register;

const POST_CATEGORIES = ['political', 'special', 'administrative', 'municipal'] as const;

export const postCategoryLabel = (t: TFunction, category: string): string =>
  isIn(POST_CATEGORIES, category) ? t(`conflictTerms.postCategories.${category}`) : category;

/** A short label for the edge in the picture: the degree of kinship, the kind and share. */
export function edgeShortLabel(t: TFunction, e: EdgeFacts, lang: Language): string {
  if (e.kind === 'family' && e.degree) return degreeLabel(t, e.degree);
  return `${kindLabel(t, e.kind)}${share(e.sharePercent, lang)}`;
}

/** The full description for the table and the paths: with the post, or the contract's subject, amount and date. */
export function edgeLongLabel(
  t: TFunction,
  e: EdgeFacts,
  lang: Language,
  options: { date: boolean } = { date: true },
): string {
  if (e.edge === 'dealing') {
    const parts = [
      e.title ? `«${e.title.replace(/^«|»$/g, '')}»` : '',
      e.amountTyiyn != null ? formatTyiyn(e.amountTyiyn, lang) : '',
      options.date && e.date ? formatDate(e.date, lang) : '',
    ].filter(Boolean);
    return parts.length > 0 ? `${kindLabel(t, e.kind)}: ${parts.join(', ')}` : kindLabel(t, e.kind);
  }
  const short = edgeShortLabel(t, e, lang);
  return e.role ? `${short}: ${e.role}` : short;
}

/** What a node is: an official, another person, or the kind of organisation. */
export function nodeKindLabel(t: TFunction, node: Pick<GraphNode, 'type' | 'official' | 'kind'>) {
  if (node.type === 'person') {
    return node.official ? t('relations.graph.official') : t('relations.graph.person');
  }
  return node.kind ? organisationKindLabel(t, node.kind) : t('relations.graph.organisation');
}

/** The page of a node of the graph. */
export const nodePath = (node: { type: 'person' | 'organisation'; id: string }): string =>
  `/work/relations/${node.type === 'person' ? 'person' : 'entity'}/${encodeURIComponent(node.id)}`;
