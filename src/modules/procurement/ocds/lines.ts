import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export type Line = { lineNumber: number; text: string };

/**
 * The lines of a line-delimited file, one at a time, numbered from 1: a file of millions of
 * releases is read as a stream and never held whole in memory. Blank lines are skipped (their
 * numbers still count, so reported line numbers match an editor's).
 */
export async function* readLines(source: string | Readable): AsyncGenerator<Line> {
  const input = typeof source === 'string' ? createReadStream(source, 'utf8') : source;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const text of lines) {
    lineNumber += 1;
    if (text.trim() !== '') yield { lineNumber, text };
  }
}
