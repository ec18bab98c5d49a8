import type { Messages } from './i18n/ky.ts';

export type Capability = {
  id: keyof Messages['capabilities'];
  /** Items of the Strategy's implementation Plan this capability serves. */
  planItems: string;
  /** The page of the capability once it has landed; null while it is in development. */
  path: string | null;
};

/** The 11 capabilities of docs/mission.md. Flip `path` when a module lands. */
export const CAPABILITIES: readonly Capability[] = [
  { id: 'strategy', planItems: '1, 2, 9, 10, 11, 20', path: '/strategy' },
  { id: 'declarations', planItems: '4', path: '/declarations' },
  { id: 'integrity', planItems: '5', path: '/conflict-notifications' },
  { id: 'procurement', planItems: '6, 16', path: '/procurement' },
  { id: 'lawmaking', planItems: '8', path: null },
  { id: 'courts', planItems: '17', path: '/courts' },
  { id: 'reporting', planItems: '12', path: null },
  { id: 'trust', planItems: '3', path: null },
  { id: 'opendata', planItems: '9, 10, 17, 18', path: '/opendata' },
  { id: 'parties', planItems: '18', path: null },
  { id: 'registries', planItems: '6, 14, 15, 16, 17', path: null },
];
