import { canonical } from './canonical.ts';
import { type AllocationCrypto, bytesOf, fromHex, sha256Hex, toHex } from './crypto.ts';
import type { AllocationInputs, AllocationRules, EligibleJudge } from './types.ts';

/** Weights are integers so that every verifier computes exactly the same numbers. */
export const WEIGHT_SCALE = 1_000_000_000;

export interface Candidate {
  judge: string;
  loadPercent: number;
  workload: number;
}

/**
 * Inverse-workload weights: weight = max(1, floor(loadPercent * 10^9 / (baseLoad + workload))),
 * in judge-id order (ascending by UTF-16 code units, as the canonical encoding sorts).
 */
export function weigh(candidates: readonly Candidate[], rules: AllocationRules): EligibleJudge[] {
  return [...candidates]
    .sort((a, b) => (a.judge < b.judge ? -1 : a.judge > b.judge ? 1 : 0))
    .map((c) => ({
      judge: c.judge,
      loadPercent: c.loadPercent,
      workload: c.workload,
      weight: Math.max(
        1,
        Math.floor((c.loadPercent * WEIGHT_SCALE) / (rules.baseLoad + c.workload)),
      ),
    }));
}

export const eligibleHash = (crypto: AllocationCrypto, eligible: readonly EligibleJudge[]) =>
  sha256Hex(crypto, canonical(eligible));

export const inputsHash = (crypto: AllocationCrypto, inputs: AllocationInputs) =>
  sha256Hex(crypto, canonical(inputs));

/** The seed's public commitment: SHA-256 of its 32 bytes, hex. */
export const commitmentOf = (crypto: AllocationCrypto, seedHex: string) =>
  toHex(crypto.sha256(fromHex(seedHex)));

/**
 * The draw: HMAC-SHA256 keyed with the day's seed over the canonical inputs, read as a
 * big-endian unsigned 256-bit integer, modulo the total weight. The bias of the modulo is below
 * total / 2^256, i.e. nil for any court.
 */
export function draw(
  crypto: AllocationCrypto,
  seedHex: string,
  inputs: AllocationInputs,
  total: number,
): bigint {
  const mac = crypto.hmacSha256(fromHex(seedHex), bytesOf(canonical(inputs)));
  return BigInt(`0x${toHex(mac)}`) % BigInt(total);
}

/** The judge whose cumulative weight range [before, before + weight) holds the draw. */
export function pick(eligible: readonly EligibleJudge[], drawn: bigint): EligibleJudge {
  let before = 0n;
  for (const judge of eligible) {
    before += BigInt(judge.weight);
    if (drawn < before) return judge;
  }
  throw new Error('draw outside the total weight');
}

export interface Choice {
  judge: string;
  eligibleHash: string;
  inputs: AllocationInputs;
  inputsHash: string;
  draw: string;
}

/** One allocation from the eligible set: the same inputs always give the same judge. */
export function choose(
  crypto: AllocationCrypto,
  seedHex: string,
  base: Omit<AllocationInputs, 'v' | 'eligibleHash'>,
  eligible: readonly EligibleJudge[],
): Choice {
  const hash = eligibleHash(crypto, eligible);
  const inputs: AllocationInputs = { v: 1, ...base, eligibleHash: hash };
  const total = eligible.reduce((sum, j) => sum + j.weight, 0);
  const drawn = draw(crypto, seedHex, inputs, total);
  return {
    judge: pick(eligible, drawn).judge,
    eligibleHash: hash,
    inputs,
    inputsHash: inputsHash(crypto, inputs),
    draw: drawn.toString(),
  };
}
