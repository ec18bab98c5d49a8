import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { keyIdOf } from '../modules/courts/engine/chain.ts';
import { addDays, bishkekDay, isDay } from '../modules/courts/engine/days.ts';
import type { LogEntry, PublicKey, SignedHead } from '../modules/courts/engine/types.ts';
import { verifyLog } from '../modules/courts/engine/verify.ts';
import { nodeCrypto } from '../modules/courts/node-crypto.ts';
import { verifyAllocations } from '../modules/courts/verification/service.ts';
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/client.ts';
import { migrate } from '../platform/db/migrate.ts';

const USAGE = `Usage: akniet verify allocations [--from DATE] [--to DATE] [--url URL] [--public-key FILE] [--json]
  Replays the court allocation log and checks its hash chain, every signed daily head, every
  revealed seed against its commitment, and recomputes every allocation of [from, to] (default:
  the last 7 days) from the published rules and inputs. Any difference is named.
  --url URL         verify what an Akniet server publishes (GET URL/api/courts/log), not the local database
  --public-key FILE trust only this Ed25519 public key (PEM, or the raw 32 bytes in base64)
  --json            print the report as JSON
Exit status: 0 when everything checks, 3 when a problem is found, 2 on bad usage.
`;

function pinnedKey(file: string): PublicKey {
  const text = readFileSync(file, 'utf8').trim();
  const raw = text.includes('BEGIN')
    ? createPublicKey(text).export({ format: 'der', type: 'spki' }).subarray(12)
    : Buffer.from(text, 'base64');
  if (raw.length !== 32) throw new Error(`${file} is not an Ed25519 public key`);
  return { keyId: keyIdOf(nodeCrypto, raw), publicKey: Buffer.from(raw).toString('base64') };
}

/** Downloads the whole published log page by page from a server. */
async function fetchPublished(base: string) {
  const entries: LogEntry[] = [];
  const heads = new Map<string, SignedHead>();
  let keys: PublicKey[] = [];
  for (let after = 0; ; ) {
    const res = await fetch(new URL(`/api/courts/log?afterSeq=${after}&limit=5000`, base));
    if (!res.ok) throw new Error(`${res.url} answered ${res.status}`);
    const page = (await res.json()) as {
      entries: LogEntry[];
      heads: SignedHead[];
      keys: PublicKey[];
      complete: boolean;
      lastSeq: number;
    };
    entries.push(...page.entries);
    for (const h of page.heads) heads.set(h.day, h);
    keys = page.keys;
    process.stderr.write(`\r${entries.length} entries downloaded`);
    if (page.complete || page.entries.length === 0) break;
    after = page.lastSeq;
  }
  process.stderr.write('\n');
  return { entries, heads: [...heads.values()], keys };
}

export async function runVerifyAllocations(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      url: { type: 'string' },
      'public-key': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const today = bishkekDay(new Date());
  const to = values.to ?? today;
  const from = values.from ?? addDays(to, -6);
  if (!isDay(from) || !isDay(to) || from > to) {
    process.stderr.write(
      `--from and --to must be dates as YYYY-MM-DD with from <= to.\n\n${USAGE}`,
    );
    return 2;
  }
  const pinned = values['public-key'] ? [pinnedKey(values['public-key'])] : undefined;
  let report: {
    ok: boolean;
    entries: number;
    allocationsChecked: number;
    allocationsPending: number;
    daysSigned: number;
    problems: Array<{
      code: string;
      seq: number | null;
      day: string | null;
      caseNumber: string | null;
      message: string;
    }>;
  };
  if (values.url) {
    const published = await fetchPublished(values.url);
    report = verifyLog(nodeCrypto, {
      ...published,
      keys: pinned ?? published.keys,
      from,
      to,
      today,
    });
  } else {
    const config = loadConfig();
    const database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
    });
    try {
      await migrate(database);
      report = await verifyAllocations(
        database.db,
        { from, to },
        pinned ? { pinnedKeys: pinned } : {},
      );
    } finally {
      await database.close();
    }
  }
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    process.stdout.write(
      `Allocations ${from} to ${to}: ${report.entries} log entries replayed, ${report.allocationsChecked} allocations checked` +
        `, ${report.allocationsPending} waiting for their day's seed, ${report.daysSigned} days with a valid signed head.\n`,
    );
    for (const p of report.problems)
      process.stdout.write(
        `  ${p.code}${p.seq ? ` (entry ${p.seq})` : ''}${p.caseNumber ? ` case ${p.caseNumber}` : ''}: ${p.message}\n`,
      );
    process.stdout.write(
      report.ok ? 'Everything checks.\n' : `${report.problems.length} problem(s) found.\n`,
    );
  }
  return report.ok ? 0 : 3;
}
