import { Readable } from 'node:stream';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamValues } from 'stream-json/streamers/stream-values.js';
import { readLines } from './lines.ts';

/**
 * One thing read from an OCDS source: a compiled release (stored as the process), a release (to
 * be compiled with the process's other releases), or a problem to report and skip. `position` is
 * the line number in a line-delimited file, or the entry's number in a package.
 */
export type Entry =
  | { position: number; kind: 'compiled' | 'release'; release: unknown }
  | { position: number; kind: 'problem'; problem: string };

export type SourceFormat = 'lines' | 'package';

const PEEK_LIMIT = 8 * 1024 * 1024;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entries of one parsed JSON value: a release package, a record package, or a release. */
function* entriesOf(value: unknown, position: number): Generator<Entry> {
  if (!isObject(value)) {
    yield { position, kind: 'problem', problem: 'not a JSON object' };
  } else if (Array.isArray(value.releases) && value.ocid === undefined) {
    for (const release of value.releases) yield { position, kind: 'release', release };
  } else if (Array.isArray(value.records)) {
    for (const record of value.records) yield* recordEntries(record, position);
  } else if (value.compiledRelease !== undefined || Array.isArray(value.releases)) {
    yield* recordEntries(value, position);
  } else {
    yield { position, kind: 'compiled', release: value };
  }
}

/** A record gives its compiled release when it has one; otherwise its releases, to compile. */
function* recordEntries(record: unknown, position: number): Generator<Entry> {
  if (!isObject(record)) {
    yield { position, kind: 'problem', problem: 'a record that is not a JSON object' };
  } else if (isObject(record.compiledRelease)) {
    yield { position, kind: 'compiled', release: record.compiledRelease };
  } else if (Array.isArray(record.releases)) {
    // Linked releases ({url, date, tag}) cannot be compiled without fetching them.
    const embedded = record.releases.filter((r) => isObject(r) && r.ocid !== undefined);
    if (embedded.length < record.releases.length) {
      yield {
        position,
        kind: 'problem',
        problem: 'a record with linked releases only (URLs, not the releases): nothing to compile',
      };
    }
    for (const release of embedded) yield { position, kind: 'release', release };
  } else {
    yield {
      position,
      kind: 'problem',
      problem: 'a record with neither compiledRelease nor releases',
    };
  }
}

/**
 * Line-delimited when the first line is JSON on its own, or when the next line also opens an
 * object (a broken first line of a line-delimited file); otherwise one package spread over lines
 * or too long to hold, which the streaming parser reads.
 */
function formatOf(head: string): SourceFormat {
  const lines = head
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const [first = '', second] = lines;
  if (lines.length === 0) return 'lines';
  if (lines.length === 1 && !head.trimEnd().endsWith('}')) return 'package';
  try {
    JSON.parse(first);
    return 'lines';
  } catch {
    return first.startsWith('{') && second?.startsWith('{') ? 'lines' : 'package';
  }
}

/** Reads the first chunk to tell a line-delimited file from one JSON package, and gives it back. */
async function peek(source: Readable): Promise<{ format: SourceFormat; stream: Readable }> {
  const iterator = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  // Enough to see the first line whole (releases can be large), but never the whole of a package.
  while (size < PEEK_LIMIT) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = Buffer.from(next.value);
    chunks.push(chunk);
    size += chunk.length;
    if (chunk.includes(10) && Buffer.concat(chunks).toString('utf8').trim().includes('\n')) break;
  }
  const head = Buffer.concat(chunks);
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const format = formatOf(text);
  async function* replay() {
    if (head.length > 0) yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  }
  return { format, stream: Readable.from(replay(), { objectMode: false }) };
}

/**
 * The entries of an OCDS source, read as a stream: a line-delimited file (each line a compiled
 * release, a release package or a record package) or a single release or record package. A bad
 * line is reported with its number and the rest goes on; a package whose JSON breaks is read up
 * to the break, which is reported.
 */
export async function readEntries(
  source: Readable,
): Promise<{ format: SourceFormat; entries: AsyncGenerator<Entry> }> {
  const { format, stream } = await peek(source);
  return { format, entries: format === 'lines' ? lineEntries(stream) : packageEntries(stream) };
}

async function* lineEntries(stream: Readable): AsyncGenerator<Entry> {
  for await (const { lineNumber, text } of readLines(stream)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      yield {
        position: lineNumber,
        kind: 'problem',
        problem: `not valid JSON (${err instanceof Error ? err.message : String(err)})`,
      };
      continue;
    }
    yield* entriesOf(value, lineNumber);
  }
}

async function* packageEntries(stream: Readable): AsyncGenerator<Entry> {
  const pipeline = chain([
    stream,
    parser(),
    pick({ filter: /^(?:releases|records)\.\d+$/, maxDepth: 64 }),
    streamValues(),
  ]);
  let position = 0;
  try {
    for await (const { value } of pipeline as AsyncIterable<{ value: unknown }>) {
      position += 1;
      if (
        isObject(value) &&
        (value.compiledRelease !== undefined || Array.isArray(value.releases))
      ) {
        yield* recordEntries(value, position);
      } else {
        yield { position, kind: 'release', release: value };
      }
    }
  } catch (err) {
    yield {
      position: position + 1,
      kind: 'problem',
      problem: `the package's JSON breaks after entry ${position} (${err instanceof Error ? err.message : String(err)}); the entries before it were read`,
    };
  }
}
