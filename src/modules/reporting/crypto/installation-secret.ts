import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { derive } from './envelope.ts';

/**
 * A secret of this installation, kept in a file outside the database (mode 0600): it salts the
 * receipt hashes and signs proof-of-work challenges. Lose it and receipts stop working, so it is
 * backed up with the data directory's keys.
 */
export interface ReportingSecrets {
  receiptSalt: Uint8Array;
  challengeKey: Uint8Array;
  /** Seeds the receipt of the demo's synthetic report, so that the start banner can print it. */
  demoReceiptSeed: Uint8Array;
}

export const secretFileOf = (dataDir: string) => join(dataDir, 'keys', 'reporting-secret.hex');

const loaded = new Map<string, ReportingSecrets>();

export function reportingSecrets(dataDir: string): ReportingSecrets {
  const file = secretFileOf(dataDir);
  const cached = loaded.get(file);
  if (cached) return cached;
  let hex: string;
  try {
    hex = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dirname(file), { recursive: true });
    hex = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('hex');
    try {
      writeFileSync(file, `${hex}\n`, { flag: 'wx', mode: 0o600 });
    } catch {
      // Another process created it first: theirs wins.
      hex = readFileSync(file, 'utf8').trim();
    }
  }
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${file} is not a 32-byte hex secret`);
  const secret = Buffer.from(hex, 'hex');
  const secrets = {
    receiptSalt: derive(16, 'akniet/reporting/receipt-salt/v1', secret),
    challengeKey: derive(32, 'akniet/reporting/challenge-key/v1', secret),
    demoReceiptSeed: derive(15, 'akniet/reporting/demo-receipt/v1', secret),
  };
  loaded.set(file, secrets);
  return secrets;
}
