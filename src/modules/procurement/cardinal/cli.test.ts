// The real command: `node bin/akniet.mjs procurement indicators FILE --settings FILE.ini`.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../../bin/akniet.mjs', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../../test/conformance/cardinal/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'akniet-cardinal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Run = { code: number; stdout: string; stderr: string };

function akniet(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { maxBuffer: 1 << 24 }, (err, stdout, stderr) => {
      const code = err ? ((err as { code?: number }).code ?? 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('akniet procurement indicators', { timeout: 60_000 }, () => {
  it('prints the same JSON as Cardinal for a fixture and its settings file', async () => {
    const settings = join(dir, 'R003.ini');
    writeFileSync(
      settings,
      [
        '; the fixture R003-procurement_method_details-x-5-y-10',
        'no_price_comparison_procurement_methods = NPC',
        '[exclusions]',
        'procurement_method_details = EXC',
        '[R003]',
        '[R003.procurement_method_details]',
        'x = 5',
        'y = 10',
      ].join('\n'),
    );
    const name = 'R003-procurement_method_details-x-5-y-10';
    const run = await akniet(
      'procurement',
      'indicators',
      `${fixtures}${name}.jsonl`,
      '--settings',
      settings,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(
      JSON.parse(readFileSync(`${fixtures}${name}.expected`, 'utf8')),
    );
    // Values are written as decimals, like serde_json: 1.0, not 1.
    expect(run.stdout).toContain('{"R003":1.0}');
  });

  it('reports a truncated line with its number, skips it and keeps going', async () => {
    const file = join(dir, 'bad-line.jsonl');
    const release = (ocid: string) =>
      JSON.stringify({ ocid, tender: { numberOfTenderers: 1, procurementMethod: 'open' } });
    writeFileSync(file, `${release('A')}\n${release('B').slice(0, 30)}\n\n${release('C')}\n`);
    const settings = join(dir, 'R018.ini');
    writeFileSync(settings, '[R018]\n');
    const run = await akniet('procurement', 'indicators', file, '--settings', settings);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/line 2 is invalid JSON, skipped/);
    expect(run.stderr).not.toMatch(/line [134]\b/);
    expect(JSON.parse(run.stdout)).toEqual({ OCID: { A: { R018: 1 }, C: { R018: 1 } } });
  });

  it('refuses a bad settings file, naming the line', async () => {
    const settings = join(dir, 'bad.ini');
    writeFileSync(settings, '[R003]\nthreshold = ten\n');
    const run = await akniet(
      'procurement',
      'indicators',
      `${fixtures}R003.jsonl`,
      '--settings',
      settings,
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('line 2');
    expect(run.stderr).toContain('threshold must be a whole number');
  });

  it('refuses a missing input file', async () => {
    const run = await akniet('procurement', 'indicators', join(dir, 'nothing.jsonl'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such file');
  });
});
