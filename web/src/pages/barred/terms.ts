import { identifierOf } from '../../../../src/modules/procurement/barred/matcher.ts';
import { RESTRICTIONS } from '../../../../src/modules/procurement/barred/restrictions.ts';
import type { BarRestriction, BarState } from '../../api/types.ts';

// The server's own definitions (pure code): the same restrictions and the same reading of an INN.
export { identifierOf };
export const BAR_RESTRICTIONS: readonly BarRestriction[] = RESTRICTIONS;
export const BAR_STATES = [
  'active',
  'scheduled',
  'expired',
  'lifted',
] as const satisfies readonly BarState[];

export const isRestriction = (value: string): value is BarRestriction =>
  (BAR_RESTRICTIONS as readonly string[]).includes(value);
export const isBarState = (value: string): value is BarState =>
  (BAR_STATES as readonly string[]).includes(value);

export const barredEntityPath = (id: string) => `/barred-entities/${encodeURIComponent(id)}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the address, if it can be one (anything else is "not found" without asking). */
export const parseId = (param: string | undefined): string | null =>
  param && UUID.test(param) ? param : null;
