#!/usr/bin/env node
// The `akniet` command. TypeScript sources run through tsx's loader: no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
// A piped stdout or stderr is written asynchronously: exit only once both have been flushed.
const finish = (code) => {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
};
try {
  const code = await runCli(process.argv.slice(2));
  if (code >= 0) finish(code);
} catch (err) {
  process.stderr.write(`akniet: ${err instanceof Error ? err.message : String(err)}\n`);
  finish(1);
}
