import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { INDICATOR_UNITS } from '../reporting/units.ts';

/**
 * How a Plan indicator is measured (issue 3, deliverable 2). The Plan gives the wording; the team's
 * reading of it (type, unit, target, period, source) lives in data/indicators.json, reviewed like
 * the Plan itself. Targets quote the Kyrgyz fragment they come from; nothing is invented.
 */
export const INDICATOR_TYPES = ['percentage', 'count', 'yes_no', 'rank'] as const;
export const INDICATOR_DIRECTIONS = ['increase', 'decrease', 'achieve'] as const;
export const INDICATOR_PERIODS = ['year', 'half_year', 'quarter', 'strategy'] as const;

export type IndicatorType = (typeof INDICATOR_TYPES)[number];
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** Which units each type may be measured in. */
export const UNITS_OF_TYPE: Record<IndicatorType, readonly (typeof INDICATOR_UNITS)[number][]> = {
  percentage: ['percent'],
  count: ['count', 'som', 'days'],
  yes_no: ['yes_no'],
  rank: ['rank'],
};

const baseline = z.object({ value: z.number(), year: z.number().int(), source: z.string().min(1) });
const target = z.object({ value: z.number(), year: z.number().int(), basis: z.string().min(1) });
const source = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }),
  z.object({ kind: z.literal('computed'), key: z.string().regex(/^[a-z]+\.[a-z-]+$/) }),
]);

export const indicatorDefinition = z
  .object({
    code: z.string().regex(/^\d+\.\d+\.\d+$/),
    type: z.enum(INDICATOR_TYPES),
    unit: z.enum(INDICATOR_UNITS),
    direction: z.enum(INDICATOR_DIRECTIONS),
    period: z.enum(INDICATOR_PERIODS),
    baseline: baseline.nullable(),
    target: target.nullable(),
    source,
  })
  .refine((d) => UNITS_OF_TYPE[d.type].includes(d.unit), {
    message: 'the unit does not fit the indicator type',
  });

export type Baseline = z.infer<typeof baseline>;
export type Target = z.infer<typeof target>;
export type IndicatorSource = z.infer<typeof source>;
export type IndicatorDefinition = z.infer<typeof indicatorDefinition>;

const file = z.object({ note: z.string(), indicators: z.array(indicatorDefinition) });

let cached: IndicatorDefinition[] | undefined;

/** The reviewed definitions file, validated; a malformed file stops the seed with the reason. */
export function loadIndicatorDefinitions(): IndicatorDefinition[] {
  cached ??= file.parse(
    JSON.parse(readFileSync(new URL('../data/indicators.json', import.meta.url), 'utf8')),
  ).indicators;
  return cached;
}
