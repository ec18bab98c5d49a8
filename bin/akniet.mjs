#!/usr/bin/env node
// The `akniet` command. TypeScript sources run through tsx's loader: no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
try {
  const code = await runCli(process.argv.slice(2));
  if (code >= 0) process.exit(code);
} catch (err) {
  console.error(`akniet: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
