import { canonical } from './canonical.ts';
import { entryHash, headMessage, keyIdOf } from './chain.ts';
import { type AllocationCrypto, fromBase64 } from './crypto.ts';
import { addDays, bishkekDay, dayStart, isDay } from './days.ts';
import { GENESIS, Ledger } from './ledger.ts';
import { choose, commitmentOf } from './selection.ts';
import type { Day, LogEntry, LogPayload, PublicKey, SignedHead } from './types.ts';

export type ProblemCode =
  | 'seq-gap'
  | 'prev-mismatch'
  | 'hash-mismatch'
  | 'day-mismatch'
  | 'signature-invalid'
  | 'head-mismatch'
  | 'head-missing'
  | 'unknown-key'
  | 'seed-mismatch'
  | 'seed-missing'
  | 'late-commitment'
  | 'same-day-change'
  | 'rules-mismatch'
  | 'eligible-mismatch'
  | 'excluded-mismatch'
  | 'selection-mismatch'
  | 'reason-invalid'
  | 'failure-invalid'
  | 'unknown-case'
  | 'case-mismatch'
  | 'commitment-changed'
  | 'early-reveal'
  | 'key-id-mismatch'
  | 'malformed-entry';

export interface Problem {
  code: ProblemCode;
  seq: number | null;
  day: Day | null;
  caseNumber: string | null;
  message: string;
}

export interface VerificationReport {
  ok: boolean;
  from: Day;
  to: Day;
  entries: number;
  allocationsChecked: number;
  allocationsPending: number;
  daysSigned: number;
  problems: Problem[];
}

export interface VerificationInput {
  entries: readonly LogEntry[];
  heads: readonly SignedHead[];
  keys: readonly PublicKey[];
  from: Day;
  to: Day;
  /** Today in Bishkek: its seed is still secret and its head not yet signed. */
  today: Day;
  /**
   * The verifier's clock (ISO 8601). With it, a day's reveal and head are due only from 02:00
   * Bishkek time the next day (the platform closes days hourly); without it, from midnight.
   */
  now?: string;
}

/** How long after a day ends its seed reveal and signed head may take to appear. */
export const CLOSING_GRACE_MS = 2 * 3600_000;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

type Allocation = Extract<LogPayload, { kind: 'allocation' }>;

const HEX64 = /^[0-9a-f]{64}$/;
const KINDS = new Set([
  'seed-commit',
  'seed-reveal',
  'court',
  'chamber',
  'category',
  'rules',
  'judge',
  'absence',
  'case',
  'recusal',
  'allocation',
  'allocation-failed',
]);

/** The frame of an entry and the days inside it: what replaying it relies on. */
function wellFormed(entry: LogEntry): boolean {
  if (!entry || typeof entry !== 'object' || !Number.isSafeInteger(entry.seq)) return false;
  if (typeof entry.at !== 'string' || typeof entry.day !== 'string' || !isDay(entry.day))
    return false;
  if (typeof entry.prev !== 'string' || !HEX64.test(entry.prev) || typeof entry.hash !== 'string')
    return false;
  const p = entry.payload as unknown as Record<string, unknown> | null;
  if (!p || typeof p !== 'object' || !KINDS.has(p.kind as string)) return false;
  for (const key of ['day', 'from', 'to', 'effectiveFrom'])
    if (key in p && !(typeof p[key] === 'string' && isDay(p[key] as string))) return false;
  return true;
}

/**
 * Replays the whole published log and checks it: the hash chain, every day's signed head, every
 * seed against its commitment, that configuration changed only for the next day, and, for the
 * allocations of [from, to], that the eligible set, the excluded judges, the weights and the
 * judge drawn are exactly what the published rules give. Pure: the same function runs in the
 * CLI and in the browser.
 */
export function verifyLog(crypto: AllocationCrypto, input: VerificationInput): VerificationReport {
  return replayAndVerify(crypto, input).report;
}

/** The same, also giving the state the replay reached (the server checks its tables against it). */
export function replayAndVerify(
  crypto: AllocationCrypto,
  input: VerificationInput,
): { report: VerificationReport; ledger: Ledger } {
  const problems: Problem[] = [];
  const ledger = new Ledger();
  const inRange = (day: Day) => input.from <= day && day <= input.to;
  const due = (day: Day) =>
    input.now
      ? Date.parse(input.now) >= dayStart(addDays(day, 1)).getTime() + CLOSING_GRACE_MS
      : day < input.today;
  const say = (code: ProblemCode, entry: LogEntry | null, message: string, caseNumber?: string) =>
    problems.push({
      code,
      seq: entry?.seq ?? null,
      day: entry?.day ?? null,
      caseNumber: caseNumber ?? null,
      message,
    });

  const drawn: Array<{ entry: LogEntry; payload: Allocation }> = [];
  // A seed committed on its own day matters only if something was allocated with it.
  const late = new Map<Day, LogEntry>();
  const allocatedDays = new Set<Day>();
  const hashes = new Map<number, { hash: string; day: Day }>();
  let prev = GENESIS;
  let expectedSeq = 1;
  let lastDay: Day | null = null;
  let entries = 0;
  let checked = 0;

  for (const entry of input.entries) {
    entries++;
    if (!wellFormed(entry)) {
      // Nothing of it can be trusted or replayed; the chain check of the next entry names the gap.
      say('malformed-entry', entry, `entry ${String(entry?.seq)} is not a well-formed log entry`);
      continue;
    }
    if (entry.seq !== expectedSeq)
      say(
        'seq-gap',
        entry,
        `entry ${entry.seq} follows ${expectedSeq - 1}: entries are missing or reordered`,
      );
    if (entry.prev !== prev)
      say(
        'prev-mismatch',
        entry,
        `entry ${entry.seq} does not point to the hash of the entry before it`,
      );
    if (entryHash(crypto, entry) !== entry.hash)
      say(
        'hash-mismatch',
        entry,
        `entry ${entry.seq} was changed after it was logged: its hash does not match its content`,
      );
    if (
      !ISO_MOMENT.test(entry.at) ||
      bishkekDay(new Date(entry.at)) !== entry.day ||
      (lastDay !== null && entry.day < lastDay)
    )
      say(
        'day-mismatch',
        entry,
        `entry ${entry.seq} has day ${entry.day} that does not match its time ${entry.at} or goes back in time`,
      );
    try {
      checkEntry(entry);
      ledger.apply(entry);
    } catch (error) {
      // A value the engine cannot read (bad hex, a fraction, a missing field): named, not a crash.
      say(
        'malformed-entry',
        entry,
        `entry ${entry.seq} holds a value that cannot be read: ${(error as Error).message}`,
      );
    }
    hashes.set(entry.seq, { hash: entry.hash, day: entry.day });
    prev = entry.hash;
    expectedSeq = entry.seq + 1;
    lastDay = entry.day;
  }

  function checkEntry(entry: LogEntry) {
    const p = entry.payload;
    switch (p.kind) {
      case 'seed-commit': {
        const first = ledger.commitments.get(p.day);
        if (first && first.commitment !== p.commitment)
          say(
            'commitment-changed',
            entry,
            `a second, different commitment for ${p.day}: the first one (entry ${first.seq}) binds`,
          );
        else if (!first && inRange(p.day) && entry.day >= p.day) late.set(p.day, entry);
        return;
      }
      case 'seed-reveal': {
        const commitment = ledger.commitments.get(p.day);
        if (!commitment)
          say('seed-missing', entry, `the seed of ${p.day} is revealed but was never committed`);
        else if (commitmentOf(crypto, p.seed) !== commitment.commitment)
          say(
            'seed-mismatch',
            entry,
            `the revealed seed of ${p.day} does not match its commitment`,
          );
        return;
      }
      case 'rules':
      case 'judge':
      case 'absence':
        if (inRange(entry.day) && p.effectiveFrom <= entry.day)
          say(
            'same-day-change',
            entry,
            `a ${p.kind} change logged on ${entry.day} takes effect on ${p.effectiveFrom}, not from the next day`,
          );
        return;
      case 'allocation':
      case 'allocation-failed': {
        if (!inRange(entry.day)) return;
        checked++;
        allocatedDays.add(entry.day);
        if (!ledger.cases.has(p.case)) {
          say('unknown-case', entry, `case ${p.number} was never registered`, p.number);
          return;
        }
        const registered = ledger.cases.get(p.case)!;
        if (
          registered.number !== p.number ||
          registered.court !== p.court ||
          registered.category !== p.category
        )
          say(
            'case-mismatch',
            entry,
            `the number, court or category of case ${p.number} differ from its registration`,
            p.number,
          );
        if (!ledger.commitments.has(entry.day)) late.set(entry.day, entry);
        if (!ledger.reasonHolds(p.case, p.reason, entry.day))
          say(
            'reason-invalid',
            entry,
            `the ground "${p.reason}" does not hold for case ${p.number}`,
            p.number,
          );
        const expected = ledger.allocate(
          crypto,
          { caseId: p.case, day: entry.day, seq: entry.seq, reason: p.reason, beacon: null },
          null,
        );
        if ('problem' in expected) {
          say(
            'rules-mismatch',
            entry,
            `case ${p.number} cannot be allocated under the published rules (${expected.problem})`,
            p.number,
          );
          return;
        }
        if (expected.rulesVersion !== p.rulesVersion)
          say(
            'rules-mismatch',
            entry,
            `case ${p.number} used rules version ${p.rulesVersion}, but version ${expected.rulesVersion} was in force`,
            p.number,
          );
        if (canonical(expected.excluded) !== canonical(p.excluded))
          say(
            'excluded-mismatch',
            entry,
            `the judges left out of case ${p.number} are not the ones the rules leave out`,
            p.number,
          );
        if (expected.kind !== p.kind) {
          say(
            'failure-invalid',
            entry,
            p.kind === 'allocation-failed'
              ? `case ${p.number} was logged as having no eligible judge, but the rules give some`
              : `case ${p.number} was allocated although the rules give no eligible judge`,
            p.number,
          );
          return;
        }
        if (p.kind === 'allocation' && expected.kind === 'allocation') {
          if (
            canonical(expected.eligible) !== canonical(p.eligible) ||
            expected.points !== p.points ||
            expected.eligibleHash !== p.eligibleHash
          )
            say(
              'eligible-mismatch',
              entry,
              `the eligible judges, workloads or weights of case ${p.number} differ from what the rules give`,
              p.number,
            );
          drawn.push({ entry, payload: p });
        }
        return;
      }
      default:
        return;
    }
  }

  for (const [day, entry] of late)
    if (allocatedDays.has(day))
      say(
        'late-commitment',
        entry,
        `the seed of ${day} was committed on ${entry.day}, not in advance, and cases were allocated with it`,
      );

  // The draw of each allocation, once its day's seed is known.
  const drawOf = (entry: LogEntry, p: Allocation, seed: string) =>
    choose(
      crypto,
      seed,
      {
        seq: entry.seq,
        case: p.case,
        number: p.number,
        court: p.court,
        category: p.category,
        day: entry.day,
        reason: p.reason,
        beacon: null,
      },
      p.eligible,
    );
  let pending = 0;
  for (const { entry, payload: p } of drawn) {
    const seed = ledger.seeds.get(entry.day);
    if (!seed) {
      if (due(entry.day))
        say('seed-missing', entry, `the seed of ${entry.day} has not been revealed`, p.number);
      else pending++;
      continue;
    }
    let choice: ReturnType<typeof choose> | null = null;
    try {
      choice = drawOf(entry, p, seed);
    } catch {
      choice = null;
    }
    if (
      !choice ||
      choice.judge !== p.judge ||
      choice.draw !== p.draw ||
      choice.inputsHash !== p.inputsHash
    )
      say(
        'selection-mismatch',
        entry,
        `case ${p.number} went to a judge other than the one the seed and inputs draw`,
        p.number,
      );
  }

  // Signed heads: each closed day with entries must have one, signed by a published key.
  const keys = new Map(input.keys.map((k) => [k.keyId, fromBase64(k.publicKey)]));
  for (const [keyId, raw] of keys)
    if (keyIdOf(crypto, raw) !== keyId)
      problems.push({
        code: 'key-id-mismatch',
        seq: null,
        day: null,
        caseNumber: null,
        message: `the published key ${keyId} does not have that id`,
      });
  const signed = new Set<Day>();
  const signatureHolds = (key: Uint8Array, head: SignedHead) => {
    try {
      return crypto.verifyEd25519(key, headMessage(head), fromBase64(head.signature));
    } catch {
      return false;
    }
  };
  for (const head of input.heads) {
    if (head.day > input.to) continue;
    const key = keys.get(head.keyId);
    const at = hashes.get(head.lastSeq);
    const next = hashes.get(head.lastSeq + 1);
    const fake = { seq: head.lastSeq, day: head.day } as LogEntry;
    if (!key)
      say(
        'unknown-key',
        fake,
        `the head of ${head.day} is signed with an unpublished key ${head.keyId}`,
      );
    else if (!signatureHolds(key, head))
      say('signature-invalid', fake, `the signature on the head of ${head.day} is not valid`);
    else if (
      !at ||
      at.hash !== head.headHash ||
      at.day > head.day ||
      (next && next.day <= head.day)
    )
      say(
        'head-mismatch',
        fake,
        `the log no longer matches the signed head of ${head.day}: entries up to ${head.lastSeq} were changed`,
      );
    else signed.add(head.day);
  }
  const daysWithEntries = new Set([...hashes.values()].map((h) => h.day));
  for (const day of daysWithEntries)
    if (inRange(day) && due(day) && !input.heads.some((h) => h.day === day))
      problems.push({
        code: 'head-missing',
        seq: null,
        day,
        caseNumber: null,
        message: `the day ${day} has closed but its head is not signed`,
      });

  const report = {
    ok: problems.length === 0,
    from: input.from,
    to: input.to,
    entries,
    allocationsChecked: checked,
    allocationsPending: pending,
    daysSigned: [...signed].filter(inRange).length,
    problems,
  };
  return { report, ledger };
}
