import {
  DEALING_KINDS,
  type DealingKind,
  type PathStep,
  RELATION_KINDS,
  type RelationKind,
} from '../../../api/types.ts';

export type EdgeKind = RelationKind | DealingKind;
export const EDGE_KINDS: readonly EdgeKind[] = [...RELATION_KINDS, ...DEALING_KINDS];
export const DEPTHS = [1, 2, 3] as const;
export const DEFAULT_DEPTH = 2;

/** What the graph shows, kept in the address so that a view can be bookmarked and shared. */
export type GraphParams = {
  kinds: EdgeKind[];
  depth: number;
  /** yyyy-mm-dd, or '' for all dates */
  at: string;
  /** the selected finding's id, or '' */
  finding: string;
  onlyPath: boolean;
};

const isKind = (k: string): k is EdgeKind => (EDGE_KINDS as readonly string[]).includes(k);

/** The address's parameters read leniently: unknown kinds and bad values fall back to defaults. */
export function readGraphParams(params: URLSearchParams): GraphParams {
  const kindsText = params.get('kinds');
  const kinds = kindsText === null ? [...EDGE_KINDS] : kindsText.split(',').filter(isKind);
  const depth = Number.parseInt(params.get('depth') ?? '', 10);
  const at = params.get('at') ?? '';
  return {
    // In the order of the checkboxes, each once.
    kinds: EDGE_KINDS.filter((k) => kinds.includes(k)),
    depth: (DEPTHS as readonly number[]).includes(depth) ? depth : DEFAULT_DEPTH,
    at: /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : '',
    finding: params.get('finding') ?? '',
    onlyPath: params.get('only') === 'path',
  };
}

/** The address parameters of a view: defaults are left out to keep addresses short. */
export function graphSearch(p: GraphParams): Record<string, string | null> {
  const all = p.kinds.length === EDGE_KINDS.length;
  return {
    kinds: all ? null : p.kinds.join(','),
    depth: p.depth === DEFAULT_DEPTH ? null : String(p.depth),
    at: p.at || null,
    finding: p.finding || null,
    only: p.onlyPath && p.finding ? 'path' : null,
  };
}

/** The kinds as the API takes them: none means every kind. */
export const kindsQuery = (kinds: readonly EdgeKind[]): string | undefined =>
  kinds.length === EDGE_KINDS.length ? undefined : kinds.join(',');

/**
 * Whether a finding's path step passes the filters, so that adding a path back into the picture
 * never shows a kind or a date the user filtered out.
 */
export function stepShown(step: PathStep, p: Pick<GraphParams, 'kinds' | 'at'>): boolean {
  if (!p.kinds.includes(step.kind)) return false;
  if (!p.at) return true;
  if (step.edge === 'dealing') return !step.date || step.date <= p.at;
  return (
    (!step.validFrom || step.validFrom <= p.at) && (!step.validUntil || step.validUntil >= p.at)
  );
}
