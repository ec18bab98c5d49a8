import type { Actor } from '../../../platform/audit/service.ts';

/** The audit actor of every reporter action: no account, no address, nothing that identifies. */
export const REPORTER_ACTOR: Actor = { id: null, name: 'reporter', ip: null };
