import { canonical } from '../engine/canonical.ts';
import { sha256Hex } from '../engine/crypto.ts';
import { nodeCrypto } from '../node-crypto.ts';
import type { CaseParty } from '../schema.ts';

const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .toLocaleLowerCase('ru')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The same claim by the same parties gives the same fingerprint whatever the spacing, case or
 * punctuation, and in whatever order the parties are listed: filing many copies to fish for a
 * judge shows up as one group. Parties count by identifier when given, else by name.
 */
export function claimFingerprint(category: string, claim: string, parties: readonly CaseParty[]) {
  const who = parties.map((p) => `${p.role}:${p.identifier?.trim() || normalise(p.name)}`).sort();
  return sha256Hex(nodeCrypto, canonical({ category, claim: normalise(claim), parties: who }));
}
