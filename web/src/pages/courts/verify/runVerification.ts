import {
  type VerificationReport,
  verifyLog,
} from '../../../../../src/modules/courts/engine/verify.ts';
import type { Day } from '../../../api/types.ts';
import { browserCrypto } from './browser-crypto.ts';
import { loadLog } from './loadLog.ts';

export type { VerificationReport };

export type VerificationStage =
  | { stage: 'loading'; loaded: number }
  | { stage: 'checking'; entries: number };

/** Lets the browser paint the progress before a long synchronous step. */
const paint = () => new Promise((resolve) => setTimeout(resolve, 30));

/**
 * Downloads the public log and replays it here, in the browser, with the same engine the server
 * uses: chain, signatures, seeds, and every allocation of the chosen days recomputed.
 */
export async function runVerification(
  range: { from: Day; to: Day; today: Day },
  onStage: (stage: VerificationStage) => void,
  signal?: AbortSignal,
): Promise<VerificationReport> {
  const [crypto, log] = await Promise.all([
    browserCrypto(),
    loadLog((loaded) => onStage({ stage: 'loading', loaded }), signal),
  ]);
  onStage({ stage: 'checking', entries: log.entries.length });
  await paint();
  signal?.throwIfAborted();
  return verifyLog(crypto, { ...log, ...range });
}
