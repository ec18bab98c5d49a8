import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { localizedText } from '../../platform/i18n/language.ts';

/**
 * The Strategy and its Plan as data: reviewed reference files in data/, Kyrgyz verbatim from the
 * seed (Decree No. 180), Russian and English written by the team. reference.test.ts checks them
 * against the seed.
 */
const dataDir = new URL('./data/', import.meta.url);

const indicator = z.object({ code: z.string().regex(/^\d+\.\d+\.\d+$/), text: localizedText });
const activity = z.object({
  code: z.string().regex(/^\d+\.\d+$/),
  text: localizedText,
  expectedResults: z.array(localizedText),
  indicators: z.array(indicator),
});
const planItem = z.object({
  number: z.number().int().min(1).max(20),
  direction: z.number().int().min(1).max(7),
  goals: z.array(localizedText).min(1),
  tasks: z.array(localizedText),
  activities: z.array(activity).min(1),
});
const direction = z.object({ number: z.number().int().min(1).max(7), title: localizedText });
const planPart = z.object({
  part: z.number().int(),
  seedLines: z.tuple([z.number().int(), z.number().int()]),
  directions: z.array(direction),
  items: z.array(planItem),
});
const target = z.object({
  code: z.string(),
  year: z.number().int(),
  measure: z.string(),
  change: z.object({
    kind: z.enum(['improve-by-percent', 'improve-up-to-percent']),
    value: z.number(),
  }),
  text: localizedText,
});

export type PlanItem = z.infer<typeof planItem>;
export type Direction = z.infer<typeof direction>;
export type HeadlineTarget = z.infer<typeof target>;

export interface StrategyReference {
  directions: Direction[];
  items: PlanItem[];
  targets: HeadlineTarget[];
  seedLines: [number, number][];
}

export function loadStrategyReference(): StrategyReference {
  const parts = readdirSync(dataDir)
    .filter((f) => /^plan-part-\d+\.json$/.test(f))
    .sort()
    .map((f) => planPart.parse(JSON.parse(readFileSync(new URL(f, dataDir), 'utf8'))));
  const targets = z
    .object({ targets: z.array(target) })
    .parse(JSON.parse(readFileSync(new URL('targets.json', dataDir), 'utf8'))).targets;
  return {
    directions: parts.flatMap((p) => p.directions).sort((a, b) => a.number - b.number),
    items: parts.flatMap((p) => p.items).sort((a, b) => a.number - b.number),
    targets,
    seedLines: parts.map((p) => p.seedLines),
  };
}
