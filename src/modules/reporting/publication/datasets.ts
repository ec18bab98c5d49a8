import { sql } from 'drizzle-orm';
import { bishkekDay } from '../../../platform/bishkek-time.ts';
import { lastChange } from '../../../platform/opendata/pages.ts';
import { CC_BY_4, type Dataset, type Row } from '../../../platform/opendata/registry.ts';
import { reportStatistics } from './statistics.ts';

const FIRST_YEAR = 2021;

/**
 * Open data on whistleblower reports: counts only, per year and dimension, with small counts
 * withheld (a published "3 reports about ministry X" could point at a reporter).
 */
export const reportStatisticsDataset: Dataset = {
  name: 'whistleblower-report-statistics',
  title: {
    ky: 'Коррупция тууралуу билдирүүлөрдүн статистикасы',
    ru: 'Статистика сообщений о коррупции',
    en: 'Statistics of corruption reports',
  },
  description: {
    ky: 'Жыл сайын: категория, орган жана жыйынтык боюнча билдирүүлөрдүн саны, биринчи жоопко чейинки убакыт, коргоо өтүнүчтөрү жана сыйакылар. 5тен аз сандар жашырылат. Демо маалыматтар синтетикалык.',
    ru: 'По годам: число сообщений по категориям, органам и результатам, время до первого ответа, запросы о защите и вознаграждения. Числа меньше 5 скрыты. Демо-данные синтетические.',
    en: 'Per year: reports by category, body and outcome, time to first response, protection requests and rewards. Counts under 5 are withheld. Demo data is synthetic.',
  },
  license: CC_BY_4,
  source:
    'Akniet whistleblower reporting: counts computed from the reports table and the destroyed-report tallies (docs/modules/reporting.md)',
  updateSchedule: 'daily',
  fields: [
    {
      name: 'year',
      type: 'integer',
      description: 'Year the reports were submitted (Bishkek time)',
    },
    {
      name: 'dimension',
      type: 'string',
      description: 'category | body | outcome | first_response | protection | rewards',
    },
    {
      name: 'value',
      type: 'string',
      description: 'The category code, body code, outcome or figure name',
    },
    { name: 'count', type: 'number', description: 'The count or figure; empty when withheld' },
    {
      name: 'suppressed',
      type: 'boolean',
      description: 'True when withheld because it is under 5 (or would reveal one that is)',
    },
  ],
  async *pages(db) {
    const last = Number(bishkekDay(new Date()).slice(0, 4));
    for (let year = FIRST_YEAR; year <= last; year++) {
      const s = await reportStatistics(db, year);
      const rows: Row[] = [];
      const cells = (dimension: string, list: typeof s.byCategory) => {
        for (const c of list)
          rows.push({ year, dimension, value: c.key, count: c.count, suppressed: c.suppressed });
      };
      cells('category', s.byCategory);
      cells('body', s.byBody);
      cells('outcome', s.byOutcome);
      const figure = (dimension: string, value: string, n: number | null) =>
        rows.push({ year, dimension, value, count: n, suppressed: n === null });
      figure('total', 'reports', s.total);
      figure('first_response', 'median_days', s.firstResponse.medianDays);
      for (const [k, v] of Object.entries(s.protection)) figure('protection', k, v);
      for (const [k, v] of Object.entries(s.rewards)) figure('rewards', k, v);
      if (rows.length > 0) yield rows;
    }
  },
  lastModified: (db) =>
    lastChange(
      db,
      sql`SELECT greatest(max(submitted_at), max(first_response_at), max(closed_at)) AS at FROM reports`,
    ),
};
