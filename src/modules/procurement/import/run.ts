import { type Readable, Transform } from 'node:stream';
import type { Db } from '../../../platform/db/client.ts';
import { checkRelease } from '../ocds/check.ts';
import { readEntries, type SourceFormat } from '../ocds/entries.ts';
import type { CompiledRelease } from '../ocds/release.ts';
import { compileProcesses, storeProcesses, storeReleases } from './store.ts';

export type ImportProblem = { line: number; message: string };

export type ImportProgress = {
  bytesRead: number;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
};

export type ImportOutcome = ImportProgress & {
  format: SourceFormat;
  /** The first problems (at most KEPT_PROBLEMS), each with its line or entry number. */
  problems: ImportProblem[];
};

const BATCH = 500;
const KEPT_PROBLEMS = 1000;

export type ImportOptions = {
  importId?: string;
  synthetic?: boolean;
  /** Called after every stored batch, for the CLI's progress bar and the import's job status. */
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
};

/**
 * Imports OCDS from a stream: compiled releases become processes directly; releases are kept and
 * their processes compiled at the end. Each entry is checked on its own: a bad one is counted,
 * reported with its line (or entry) number and skipped, and the import goes on. Every batch is
 * written in one transaction, so no release is ever half-stored.
 */
export async function importOcds(
  db: Db,
  source: Readable,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const progress: ImportProgress = {
    bytesRead: 0,
    read: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    refused: 0,
  };
  const problems: ImportProblem[] = [];
  const refuse = (line: number, message: string) => {
    progress.refused += 1;
    if (problems.length < KEPT_PROBLEMS) problems.push({ line, message });
  };
  const counted = source.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        progress.bytesRead += chunk.length;
        done(null, chunk);
      },
    }),
  );
  const { format, entries } = await readEntries(counted);

  // Where each compiled release's OCID was first seen: a second copy in one file is refused.
  const seen = new Map<string, number>();
  const toCompile = new Set<string>();
  let compiled: CompiledRelease[] = [];
  let releases: CompiledRelease[] = [];
  const add = (counts: { created: number; updated: number; unchanged: number }) => {
    progress.created += counts.created;
    progress.updated += counts.updated;
    progress.unchanged += counts.unchanged;
  };
  const flush = async () => {
    add(await storeProcesses(db, compiled, options));
    await storeReleases(db, releases);
    compiled = [];
    releases = [];
    await options.onProgress?.({ ...progress });
  };

  for await (const entry of entries) {
    progress.read += 1;
    if (entry.kind === 'problem') {
      refuse(entry.position, entry.problem);
      continue;
    }
    const checked = checkRelease(entry.release);
    if (!checked.ok) {
      refuse(entry.position, checked.problem);
      continue;
    }
    const ocid = checked.release.ocid!;
    if (entry.kind === 'compiled') {
      const first = seen.get(ocid);
      if (first !== undefined) {
        refuse(entry.position, `duplicate OCID ${ocid}: already read at ${first}; skipped`);
        continue;
      }
      seen.set(ocid, entry.position);
      compiled.push(checked.release);
    } else {
      toCompile.add(ocid);
      releases.push(checked.release);
    }
    if (compiled.length + releases.length >= BATCH) await flush();
  }
  await flush();

  // Processes given as releases are compiled once all their releases are in.
  const pending = [...toCompile].filter((ocid) => !seen.has(ocid));
  for (let start = 0; start < pending.length; start += BATCH) {
    add(await compileProcesses(db, pending.slice(start, start + BATCH), options));
    await options.onProgress?.({ ...progress });
  }
  if (progress.read === 0) refuse(0, 'no releases found: the file is empty or not OCDS');
  return { ...progress, format, problems };
}
