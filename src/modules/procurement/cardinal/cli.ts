import { readFile, stat } from 'node:fs/promises';
import { readLines } from '../ocds/lines.ts';
import { cardinalJsonChunks } from './output.ts';
import { computeIndicators } from './run.ts';
import { allIndicators, type CardinalSettings } from './settings.ts';
import { parseSettings, SettingsError } from './settings-file.ts';

/**
 * `akniet procurement indicators FILE.jsonl [--settings FILE.ini]`: Cardinal's `indicators`
 * command. Prints Cardinal's JSON on stdout; warnings (invalid lines with their number, settings
 * notes) and, on a terminal, progress go to stderr, so the output can be piped. FILE "-" reads
 * standard input. Without --settings every indicator runs with its defaults (the settings file
 * `ocdscardinal init` writes). Exit code 0, or 2 for a bad settings file or input path.
 */
export async function printIndicators(file: string, settingsPath?: string): Promise<number> {
  const settings = await loadSettings(settingsPath);
  if (!settings) return 2;
  if (file !== '-') {
    const problem = await inputProblem(file);
    if (problem) {
      process.stderr.write(`akniet: ${file}: ${problem}\n`);
      return 2;
    }
  }
  const progress = process.stderr.isTTY ? progressLine() : undefined;
  const result = await computeIndicators(readLines(file === '-' ? process.stdin : file), settings, {
    onInvalidLine: (lineNumber, reason) => {
      progress?.clear();
      process.stderr.write(`warning: line ${lineNumber} is invalid JSON, skipped (${reason})\n`);
    },
    onProgress: progress?.update,
    warn: (message) => {
      progress?.clear();
      process.stderr.write(`warning: ${message}\n`);
    },
  });
  progress?.clear();
  const out = stdoutWriter();
  for (const chunk of cardinalJsonChunks(result)) {
    if (!(await out.write(chunk))) return 0;
  }
  await out.write('\n');
  out.done();
  return 0;
}

async function loadSettings(path: string | undefined): Promise<CardinalSettings | null> {
  if (path === undefined) return allIndicators();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    process.stderr.write(`akniet: cannot read settings ${path}: ${(err as Error).message}\n`);
    return null;
  }
  try {
    const { settings, warnings } = parseSettings(text, path);
    for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
    return settings;
  } catch (err) {
    if (!(err instanceof SettingsError)) throw err;
    process.stderr.write(`akniet: ${err.message}\n`);
    return null;
  }
}

async function inputProblem(file: string): Promise<string | null> {
  try {
    return (await stat(file)).isDirectory() ? 'is a directory, not a file' : null;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT'
      ? 'no such file'
      : (err as Error).message;
  }
}

/** "N lines read" rewritten in place on a terminal, at most a few times a second. */
function progressLine() {
  let last = 0;
  let shown = false;
  return {
    update(lines: number) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      shown = true;
      process.stderr.write(`\r${lines.toLocaleString('en')} lines read`);
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

/**
 * Writes to stdout, waiting for each piece to be taken. A reader that stops early (`| head`)
 * closes the pipe: writing then stops quietly, as Cardinal does on SIGPIPE.
 */
function stdoutWriter() {
  let closed = false;
  const onError = (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
  };
  process.stdout.on('error', onError);
  return {
    write(text: string): Promise<boolean> {
      if (closed) return Promise.resolve(false);
      return new Promise((resolve) => {
        process.stdout.write(text, (err) => resolve(!err && !closed));
      });
    },
    done() {
      process.stdout.off('error', onError);
    },
  };
}
