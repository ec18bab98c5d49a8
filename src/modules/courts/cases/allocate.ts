import { AppError } from '../../../platform/http/errors.ts';
import { commitSeed } from '../days/close.ts';
import { bishkekDay } from '../engine/days.ts';
import type { AllocationReason, LogEntry, LogPayload } from '../engine/types.ts';
import type { AllocationKey } from '../keys/signing-key.ts';
import type { LogWriter } from '../log/writer.ts';
import { nodeCrypto } from '../node-crypto.ts';

export type AllocationOutcome = Extract<LogPayload, { kind: 'allocation' | 'allocation-failed' }>;

/**
 * Allocates a case by the rules in force today, logs it and updates the case: the only way a
 * case gets a judge. The day's seed is committed first if it somehow is not (the verifier then
 * names the late commitment).
 */
export async function allocateIn(
  log: LogWriter,
  key: AllocationKey,
  caseId: string,
  reason: AllocationReason,
  at = new Date(),
): Promise<{ entry: LogEntry; outcome: AllocationOutcome }> {
  const d = bishkekDay(at);
  commitSeed(log, key, d, at);
  const outcome = log.ledger.allocate(
    nodeCrypto,
    { caseId, day: d, seq: log.ledger.seq + 1, reason, beacon: null },
    key.seedOf(d),
  );
  if ('problem' in outcome) {
    if (outcome.problem === 'no-rules') throw new AppError(409, 'court_not_ready');
    throw new AppError(400, 'validation_failed', { problem: outcome.problem });
  }
  const entry = log.append(outcome, at);
  log.updateCase({
    caseId,
    judgeId: outcome.kind === 'allocation' ? outcome.judge : null,
    allocatedAt: outcome.kind === 'allocation' ? at : null,
    reason,
    seq: entry.seq,
  });
  return { entry, outcome };
}
