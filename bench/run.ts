// npm run bench -- NAME [--quick]: runs bench/NAME/index.ts, which prints its figures and ends
// with one line "ratio: X (target: Y)".
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [name, ...rest] = process.argv.slice(2);
const here = fileURLToPath(new URL('.', import.meta.url));
// Parts of a benchmark that also run alone: NAME-PART runs bench/NAME/PART.ts.
const parts = ['conflicts-names', 'reporting-intake', 'reporting-durability'];
const available = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${here}${d.name}/index.ts`))
  .map((d) => d.name)
  .concat(parts);
if (!name || !available.includes(name)) {
  console.error(`Usage: npm run bench -- <${available.join('|')}> [--quick]`);
  process.exit(2);
}
const file = parts.includes(name) ? `./${name.replace('-', '/')}.ts` : `./${name}/index.ts`;
const { run } = (await import(file)) as { run(args: string[]): Promise<void> };
await run(rest);
