import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client.ts';
import { CC_BY_4, type Dataset, type Row } from '../../../platform/opendata/registry.ts';
import { reportingChanged } from '../plans/datasets.ts';
import { indicatorCatalogue } from './catalogue.ts';
import { indicatorValues } from './values.ts';

async function* valueRows(db: Db): AsyncGenerator<Row[]> {
  const [{ list }, values, [demo]] = await Promise.all([
    indicatorCatalogue.get(db),
    indicatorValues(db),
    queryRows<{ any: boolean }>(
      db,
      sql`SELECT EXISTS (SELECT 1 FROM measures WHERE synthetic) AS any`,
    ),
  ]);
  yield list.flatMap((indicator) => {
    const d = indicator.definition;
    const { history, latest } = values.get(indicator.code)!;
    return history.map((h) => ({
      indicator_code: indicator.code,
      item: indicator.itemNumber,
      year: h.year,
      status: h.status,
      value: h.status === 'value' ? h.value : null,
      unit: d.unit,
      target: d.target?.value ?? null,
      attainment: h.status === 'value' ? h.attainment : null,
      basis: h.status === 'value' ? h.basis : null,
      no_data_reason: h.status === 'no_data' && latest.status === 'no_data' ? latest.reason : null,
      source: d.source.kind === 'computed' ? d.source.key : 'manual',
      synthetic: demo?.any ?? false,
    }));
  });
}

export const indicatorValuesDataset: Dataset = {
  name: 'strategy-indicator-values',
  title: {
    ky: 'Пландын индикаторлорунун маанилери жылдар боюнча',
    ru: 'Значения индикаторов Плана по годам',
    en: 'Values of the Plan indicators by year',
  },
  description: {
    ky: 'Ар бир индикатордун жыл сайынкы мааниси, максаты жана максатка жетүү деңгээли. Кол менен берилген индикаторлор текшерилген отчёттордон, эсептелгендери платформанын өз маалыматтарынан алынат; маалымат жок болсо, сан ойлонуп чыгарылбайт.',
    ru: 'Значение каждого индикатора по годам, его цель и степень достижения. Ручные индикаторы берутся из проверенных отчётов, вычисляемые — из данных самой платформы; где данных нет, число не придумывается.',
    en: "Each indicator's value by year, its target and attainment. Manual indicators come from verified reports, computed ones from the platform's own records; where there is no data, no number is made up.",
  },
  license: CC_BY_4,
  source:
    'Akniet: verified unified reports of state bodies and the platform registers; indicator definitions in data/indicators.json (the Akniet team reading the Plan of Decree No. 180)',
  updateSchedule: 'live',
  fields: [
    { name: 'indicator_code', type: 'string', description: 'Plan indicator code' },
    { name: 'item', type: 'integer', description: 'Plan item (1-20)' },
    { name: 'year', type: 'integer', description: 'Year the value is for' },
    { name: 'status', type: 'string', description: 'value, or no_data' },
    { name: 'value', type: 'number', description: 'The national value, empty when no data' },
    { name: 'unit', type: 'string', description: 'percent, count, yes_no, rank, som or days' },
    { name: 'target', type: 'number', description: 'Target stated in the Plan, if any' },
    { name: 'attainment', type: 'number', description: 'Share of the target attained, 0-1' },
    { name: 'basis', type: 'string', description: 'What the value was computed from' },
    {
      name: 'no_data_reason',
      type: 'string',
      description:
        'module_not_built, no_records or no_reports, when the indicator has no value at all',
    },
    { name: 'source', type: 'string', description: 'manual, or the key of the computing query' },
    {
      name: 'synthetic',
      type: 'boolean',
      description: 'The platform holds synthetic demo records the value may be computed from',
    },
  ],
  pages: valueRows,
  lastModified: reportingChanged,
};
