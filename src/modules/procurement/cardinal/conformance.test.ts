// Cardinal's own indicator fixtures (test/conformance/cardinal, copied from
// open-contracting/cardinal-rs b04158a, MIT): every .jsonl through the CLI's code path, with the
// settings its file name encodes, must give exactly the .expected JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLines } from '../ocds/lines.ts';
import { cardinalJson } from './output.ts';
import { computeIndicators } from './run.ts';
import { parseSettings } from './settings-file.ts';

const fixtures = fileURLToPath(new URL('../../../../test/conformance/cardinal/', import.meta.url));
const names = readdirSync(fixtures)
  .filter((file) => file.endsWith('.jsonl'))
  .map((file) => file.slice(0, -'.jsonl'.length))
  .sort();

/**
 * The settings file for a fixture, as the README describes: "R003-threshold-10" sets R003's
 * threshold to 10, "+" stands for "|", "R003-procurement_method_details-x-5-y-10" sets a map,
 * a single trailing word ("R038-tenderer") is a label; plus the global settings of every run.
 */
function settingsFileFor(name: string): string {
  const [code, ...rest] = name.split('-');
  const lines = [
    'no_price_comparison_procurement_methods = NPC',
    '',
    '[exclusions]',
    'procurement_method_details = EXC',
    '',
    `[${code}]`,
  ];
  if (rest.length === 2) {
    lines.push(`${rest[0]} = ${rest[1]!.replaceAll('+', '|')}`);
  } else if (rest.length > 2) {
    if (rest.length % 2 === 0) throw new Error(`${name}: a map needs key-value pairs`);
    lines.push('', `[${code}.${rest[0]}]`);
    for (let i = 1; i < rest.length; i += 2) lines.push(`${rest[i]} = ${rest[i + 1]}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('Cardinal conformance fixtures', () => {
  it('are all there', () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
    for (const name of names) {
      expect(readdirSync(fixtures)).toContain(`${name}.expected`);
    }
  });

  it('turns file names into settings files', () => {
    expect(settingsFileFor('R003-procurement_method_details-x-5-y-10')).toContain(
      '[R003.procurement_method_details]\nx = 5\ny = 10\n',
    );
    expect(settingsFileFor('R003-procurement_methods-open+selective')).toContain(
      '[R003]\nprocurement_methods = open|selective\n',
    );
    expect(settingsFileFor('R038-tenderer')).toMatch(/\[R038\]\n$/);
  });

  it.each(names)('%s', async (name) => {
    const { settings, warnings } = parseSettings(settingsFileFor(name), `${name}.ini`);
    expect(warnings).toEqual([]);
    const invalid: number[] = [];
    const result = await computeIndicators(readLines(`${fixtures}${name}.jsonl`), settings, {
      onInvalidLine: (line) => invalid.push(line),
    });
    const expected: unknown = JSON.parse(readFileSync(`${fixtures}${name}.expected`, 'utf8'));
    expect(invalid).toEqual([]);
    // The printed JSON, read back, and the result object both match Cardinal's output.
    expect(JSON.parse(cardinalJson(result))).toEqual(expected);
    expect(result).toEqual(expected);
  });
});
