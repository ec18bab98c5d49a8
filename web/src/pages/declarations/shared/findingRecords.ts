import type { SubmittedContent } from '../../../api/types.ts';

/** The sections of a declaration whose items a finding can point at. */
export const CONTENT_SECTIONS = [
  'relatives',
  'incomes',
  'realEstate',
  'vehicles',
  'accounts',
  'securities',
  'liabilities',
  'loansGiven',
  'spending',
  'gifts',
] as const;
export type ContentSection = (typeof CONTENT_SECTIONS)[number];

export const REGISTRIES = ['realEstate', 'vehicles', 'companyRoles'] as const;
export type RegistryName = (typeof REGISTRIES)[number];

/**
 * What a finding's record names (see the server's checks/types.ts):
 * "realEstate:<id>" an item of this declaration, "previous:realEstate:<id>" an item of last year's,
 * "previous:declaration:<id>" last year's declaration, "registry:vehicles:<recordId>" a registry record.
 */
export type RecordRef =
  | { kind: 'item'; section: ContentSection; id: string }
  | { kind: 'previousItem'; section: ContentSection; id: string }
  | { kind: 'previousDeclaration'; id: string }
  | { kind: 'registry'; registry: RegistryName; id: string }
  | { kind: 'other'; text: string };

const isSection = (s: string): s is ContentSection =>
  (CONTENT_SECTIONS as readonly string[]).includes(s);
const isRegistry = (s: string): s is RegistryName => (REGISTRIES as readonly string[]).includes(s);

/** Splits at the first colon only: ids may contain colons. */
function head(text: string): [string, string] | null {
  const at = text.indexOf(':');
  return at < 0 ? null : [text.slice(0, at), text.slice(at + 1)];
}

export function parseRecord(record: string): RecordRef {
  const first = head(record);
  if (!first) return { kind: 'other', text: record };
  const [prefix, rest] = first;
  if (isSection(prefix)) return { kind: 'item', section: prefix, id: rest };
  const second = head(rest);
  if (!second) return { kind: 'other', text: record };
  const [name, id] = second;
  if (prefix === 'previous' && name === 'declaration') return { kind: 'previousDeclaration', id };
  if (prefix === 'previous' && isSection(name)) return { kind: 'previousItem', section: name, id };
  if (prefix === 'registry' && isRegistry(name)) return { kind: 'registry', registry: name, id };
  return { kind: 'other', text: record };
}

export type ContentItem<S extends ContentSection> = SubmittedContent[S][number];

/** The item of this declaration a record points at, when the content is at hand. */
export function findItem<S extends ContentSection>(
  content: SubmittedContent | null | undefined,
  section: S,
  id: string,
): ContentItem<S> | undefined {
  const items = content?.[section] as readonly ContentItem<S>[] | undefined;
  return items?.find((item) => item.id === id);
}

/** The element id of an item's row in the content tables, so that a finding can link to it. */
export const itemAnchor = (section: ContentSection, id: string) =>
  `item-${section}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
