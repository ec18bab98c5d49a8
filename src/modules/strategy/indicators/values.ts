import { sql } from 'drizzle-orm';
import type { ComputedIndicators } from '../../../platform/computed-indicators.ts';
import { type Db, queryRows } from '../../../platform/db/client.ts';
import { memoPerDatabase } from '../../../platform/db/memo.ts';
import { attainment, nationalValue } from './attainment.ts';
import { type CatalogueIndicator, indicatorCatalogue } from './catalogue.ts';

/** The Strategy runs 2021-2024; values are kept for every year since, up to the current one. */
export const FIRST_YEAR = 2021;
export const yearsUpTo = (now: Date) =>
  Array.from(
    { length: Math.max(now.getUTCFullYear(), 2024) - FIRST_YEAR + 1 },
    (_, k) => FIRST_YEAR + k,
  );

export type NoDataReason = 'module_not_built' | 'no_records' | 'no_reports';
export type YearValue =
  | { year: number; status: 'value'; value: number; attainment: number | null; basis: string }
  | { year: number; status: 'no_data'; value: null };
export type Latest =
  | { status: 'value'; year: number; value: number; attainment: number | null; basis: string }
  | { status: 'no_data'; reason: NoDataReason };

export interface IndicatorValues {
  history: YearValue[];
  latest: Latest;
}

/**
 * Values officers reported for manual indicators: for each measure and period the newest
 * verified or published version counts; drafts, submissions awaiting review and returned
 * versions do not.
 */
async function reportedValues(db: Db) {
  const rows = await queryRows<{ indicator_code: string; year: number; value: number }>(
    db,
    sql`WITH latest AS (
          SELECT DISTINCT ON (r.measure_id, r.period_id) r.indicator_values, p.year
          FROM measure_reports r JOIN reporting_periods p ON p.id = r.period_id
          WHERE r.state IN ('verified', 'published')
          ORDER BY r.measure_id, r.period_id, r.version DESC)
        SELECT v->>'indicatorCode' AS indicator_code, latest.year, (v->>'value')::float8 AS value
        FROM latest, jsonb_array_elements(latest.indicator_values) v`,
  );
  const byCode = new Map<string, Map<number, number[]>>();
  for (const r of rows) {
    const years = byCode.get(r.indicator_code) ?? new Map<number, number[]>();
    years.set(r.year, [...(years.get(r.year) ?? []), Number(r.value)]);
    byCode.set(r.indicator_code, years);
  }
  return byCode;
}

function summarise(
  indicator: CatalogueIndicator,
  perYear: ReadonlyMap<number, { value: number; basis: string } | null>,
  noDataReason: NoDataReason,
): IndicatorValues {
  const history: YearValue[] = [...perYear].map(([year, v]) =>
    v
      ? { year, status: 'value', ...v, attainment: attainment(indicator.definition, v.value) }
      : { year, status: 'no_data', value: null },
  );
  const last = history.findLast((h) => h.status === 'value');
  const latest: Latest =
    last?.status === 'value'
      ? {
          status: 'value',
          year: last.year,
          value: last.value,
          attainment: last.attainment,
          basis: last.basis,
        }
      : { status: 'no_data', reason: noDataReason };
  return { history, latest };
}

async function computeAll(db: Db, computed: ComputedIndicators, now: Date) {
  const { list } = await indicatorCatalogue.get(db);
  const reported = await reportedValues(db);
  const years = yearsUpTo(now);
  const result = new Map<string, IndicatorValues>();
  for (const indicator of list) {
    const source = indicator.definition.source;
    const perYear = new Map<number, { value: number; basis: string } | null>();
    if (source.kind === 'computed') {
      const compute = computed.get(source.key);
      // A module that does not exist yet measures nothing: say so, never a made-up number.
      for (const year of years) perYear.set(year, compute ? await compute(db, { year }) : null);
      result.set(
        indicator.code,
        summarise(indicator, perYear, compute ? 'no_records' : 'module_not_built'),
      );
    } else {
      const values = reported.get(indicator.code);
      for (const year of years)
        perYear.set(year, nationalValue(indicator.definition.unit, values?.get(year) ?? []));
      result.set(indicator.code, summarise(indicator, perYear, 'no_reports'));
    }
  }
  return result;
}

/**
 * The registry each database's values are computed with (one platform per database), bound when
 * the platform registers the indicator routes, before any request or open-data read.
 */
const registryOf = new WeakMap<Db, ComputedIndicators>();
export const bindComputedIndicators = (db: Db, computed: ComputedIndicators) =>
  void registryOf.set(db, computed);

/** Writers here drop the values at once; other server processes see a change within five minutes. */
const values = memoPerDatabase(5 * 60_000, (db) =>
  computeAll(db, registryOf.get(db) ?? new Map(), new Date()),
);

export const indicatorValues = (db: Db) => values.get(db);

/** Called by writers in this process (report reviews, register entries). */
export const invalidateIndicatorValues = (db: Db) => values.invalidate(db);
