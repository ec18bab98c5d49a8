import type { GraphNode } from '../../../api/types.ts';

/**
 * Colours of the picture. Each keeps at least 3:1 against white (WCAG 1.4.11 for graphics); the
 * shape, the ring of an official and the legend carry the meaning too, never colour alone.
 */
export const COLOURS = {
  person: '#1864ab',
  officialRing: '#212529',
  state_body: '#2b8a3e',
  state_organisation: '#0b7285',
  company: '#862e9c',
  organisation: '#495057',
  edge: '#6c757d',
  path: '#c92a2a',
  label: '#212529',
} as const;

export function nodeColour(node: Pick<GraphNode, 'type' | 'kind'>): string {
  if (node.type === 'person') return COLOURS.person;
  return node.kind ? COLOURS[node.kind] : COLOURS.organisation;
}
