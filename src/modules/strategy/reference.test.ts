import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../platform/i18n/language.ts';
import { loadStrategyReference } from './reference.ts';

const sourceUrl = new URL('./data/source/decree-180-ky.txt', import.meta.url);
const sharedSeed = new URL('../../../../shared/seed/000_0bc26c6a77db4c82.txt', import.meta.url);
const source = readFileSync(sourceUrl, 'utf8');
const lines = source.split('\n');
const strategy = loadStrategyReference();

/** Text without markup (the PDF extraction left <p>, <ol>, <ul> tags and ** in places) or whitespace. */
const squash = (text: string) =>
  text.replace(/<\/?(p|ol|ul|li)\b[^>]*>|\*\*/g, '').replace(/\s+/g, '');

/** Every cell fragment of the Plan table in the seed (between tabs and line breaks). */
function seedFragments(): string[] {
  const out: string[] = [];
  // The table proper starts after its header row, which names the columns.
  const header = lines.findIndex((l) => l.startsWith('№\t')) + 1;
  for (const [from, to] of strategy.seedLines) {
    for (let n = Math.max(from, header + 1); n <= to; n++) {
      for (const cell of (lines[n - 1] ?? '').split('\t')) {
        const fragment = squash(cell);
        // Item numbers and the dashed separator rows are layout, not text.
        if (fragment.length >= 3 && !/^[\d.]+$/.test(fragment) && !/^-+$/.test(fragment)) {
          out.push(fragment);
        }
      }
    }
  }
  return out;
}

/**
 * Every text, column by column within each item (goals, tasks, activities, expected results,
 * indicators), so that a seed cell split into several entries reads back contiguously.
 */
function allTexts(): LocalizedText[] {
  const texts: LocalizedText[] = strategy.directions.map((d) => d.title);
  for (const item of strategy.items) {
    texts.push(...item.goals, ...item.tasks);
    texts.push(...item.activities.map((a) => a.text));
    texts.push(...item.activities.flatMap((a) => a.expectedResults));
    texts.push(...item.activities.flatMap((a) => a.indicators.map((i) => i.text)));
  }
  return texts;
}

describe('the Strategy and its Plan as data', () => {
  it('is built from the seed given to the project', () => {
    if (existsSync(sharedSeed)) expect(readFileSync(sharedSeed, 'utf8')).toBe(source);
    expect(source).toContain('ПЖ № 180');
  });

  it('has the 7 directions and the 20 Plan items, each with goals, activities and indicators', () => {
    expect(strategy.directions.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(strategy.items.map((i) => i.number)).toEqual(
      Array.from({ length: 20 }, (_, k) => k + 1),
    );
    for (const item of strategy.items) {
      expect(item.activities.length, `item ${item.number}`).toBeGreaterThan(0);
      expect(
        item.activities.flatMap((a) => a.indicators).length,
        `item ${item.number} indicators`,
      ).toBeGreaterThan(0);
      item.activities.forEach((a, k) => {
        expect(a.code).toBe(`${item.number}.${k + 1}`);
        a.indicators.forEach((ind, j) => {
          expect(ind.code).toBe(`${a.code}.${j + 1}`);
        });
      });
    }
    const directionsInOrder = strategy.items.map((i) => i.direction);
    expect([...directionsInOrder].sort((a, b) => a - b)).toEqual(directionsInOrder);
  });

  it('covers the whole Plan table: the parts run from its header to the end of the text', () => {
    const ranges = [...strategy.seedLines].sort((a, b) => a[0] - b[0]);
    const header = lines.findIndex((l) => l.startsWith('№\t')) + 1;
    const lastLine = lines.findLastIndex((l) => l.trim() !== '') + 1;
    expect(ranges[0]![0]).toBeLessThanOrEqual(header);
    expect(ranges.at(-1)![1]).toBe(lastLine);
    ranges.slice(1).forEach(([from], k) => {
      expect(from).toBe(ranges[k]![1] + 1);
    });
  });

  it('drops nothing: every fragment of the seed Plan table is in the Kyrgyz text', () => {
    const kyrgyz = allTexts()
      .map((t) => squash(t.ky))
      .join('');
    const missing = seedFragments().filter((f) => !kyrgyz.includes(f));
    expect(missing).toEqual([]);
  });

  it('invents nothing: every Kyrgyz word comes from the seed (words split at page breaks rejoined)', () => {
    const fragments = seedFragments();
    const seedText = fragments.join('|');
    const invented: string[] = [];
    for (const text of allTexts()) {
      for (const word of text.ky.split(/\s+/).filter(Boolean)) {
        if (seedText.includes(word)) continue;
        const joined = [...word].some(
          (_, i) =>
            i > 0 &&
            fragments.some((f) => f.endsWith(word.slice(0, i))) &&
            fragments.some((f) => f.startsWith(word.slice(i))),
        );
        if (!joined) invented.push(word);
      }
    }
    expect(invented).toEqual([]);
  });

  it('has Russian and English beside every Kyrgyz text', () => {
    for (const text of allTexts()) {
      expect(text.ru).toMatch(/[А-Яа-яЁё]/);
      expect(text.ru).not.toBe(text.ky);
      expect(text.en).toMatch(/[A-Za-z]{3}/);
      expect(text.en).not.toMatch(/[А-Яа-яӨөҮүҢң]{4}/);
    }
  });

  it('carries the headline targets of section 4', () => {
    const targets = Object.fromEntries(strategy.targets.map((t) => [t.code, t]));
    expect(targets['world-ratings']?.change).toEqual({ kind: 'improve-by-percent', value: 30 });
    expect(targets['public-trust-index']?.change).toEqual({
      kind: 'improve-up-to-percent',
      value: 50,
    });
    for (const t of strategy.targets) expect(squash(source)).toContain(squash(t.text.ky));
  });
});
