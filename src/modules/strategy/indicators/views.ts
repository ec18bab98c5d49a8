import { z } from 'zod';
import { localizedText } from '../../../platform/i18n/language.ts';
import { INDICATOR_UNITS } from '../reporting/units.ts';
import { INDICATOR_DIRECTIONS, INDICATOR_PERIODS, INDICATOR_TYPES } from './definition.ts';

/** API shapes of indicators, shared by the indicator routes and the Plan item route. */
export const definitionView = z.object({
  type: z.enum(INDICATOR_TYPES),
  unit: z.enum(INDICATOR_UNITS),
  direction: z.enum(INDICATOR_DIRECTIONS),
  period: z.enum(INDICATOR_PERIODS),
  baseline: z.object({ value: z.number(), year: z.number(), source: z.string() }).nullable(),
  target: z.object({ value: z.number(), year: z.number(), basis: z.string() }).nullable(),
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('manual') }),
    z.object({ kind: z.literal('computed'), key: z.string() }),
  ]),
});

export const latestView = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('value'),
    year: z.number(),
    value: z.number(),
    attainment: z.number().nullable(),
    basis: z.string(),
  }),
  z.object({
    status: z.literal('no_data'),
    reason: z.enum(['module_not_built', 'no_records', 'no_reports']),
  }),
]);

export const indicatorView = z.object({
  code: z.string(),
  activityCode: z.string(),
  itemNumber: z.number(),
  text: localizedText,
  definition: definitionView,
  latest: latestView,
});

export const yearValueView = z.discriminatedUnion('status', [
  z.object({
    year: z.number(),
    status: z.literal('value'),
    value: z.number(),
    attainment: z.number().nullable(),
    basis: z.string(),
  }),
  z.object({ year: z.number(), status: z.literal('no_data'), value: z.null() }),
]);
