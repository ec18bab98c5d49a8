import { CC_BY_4, type Dataset } from '../../platform/opendata/registry.ts';
import { planActivityRows, planIndicatorRows } from './service.ts';

const SOURCE =
  'Presidential Decree No. 180 of 25 September 2020, implementation Plan of the State Anti-Corruption Strategy 2021-2024 (Kyrgyz original; Russian and English translations by the Akniet team)';

// The Plan is fixed by the Decree: its "last modified" is the Decree's date.
const DECREE_DATE = new Date('2020-09-25T00:00:00Z');

export const planActivitiesDataset: Dataset = {
  name: 'strategy-plan-activities',
  title: {
    ky: 'Стратегияны ишке ашыруу планынын иш-чаралары',
    ru: 'Мероприятия Плана реализации Стратегии',
    en: 'Activities of the Strategy implementation Plan',
  },
  description: {
    ky: '2021-2024-жылдарга коррупцияга каршы мамлекеттик стратегияны ишке ашыруу планынын ар бир иш-чарасы жана анын күтүлүүчү жыйынтыктары.',
    ru: 'Каждое мероприятие Плана реализации Государственной антикоррупционной стратегии на 2021-2024 годы и его ожидаемые результаты.',
    en: 'Every activity of the implementation Plan of the State Anti-Corruption Strategy 2021-2024, with its expected results.',
  },
  license: CC_BY_4,
  source: SOURCE,
  updateSchedule: 'live',
  fields: [
    { name: 'direction', type: 'integer', description: 'Direction of the Plan (1-7)' },
    { name: 'item', type: 'integer', description: 'Plan item (1-20)' },
    { name: 'activity_code', type: 'string', description: 'Activity code: item.position' },
    { name: 'activity_ky', type: 'string', description: 'Activity, Kyrgyz original' },
    { name: 'activity_ru', type: 'string', description: 'Activity, Russian translation' },
    { name: 'activity_en', type: 'string', description: 'Activity, English translation' },
    {
      name: 'expected_results_ky',
      type: 'string',
      description: 'Expected results, Kyrgyz original, one per line',
    },
    {
      name: 'expected_results_ru',
      type: 'string',
      description: 'Expected results, Russian, one per line',
    },
    {
      name: 'expected_results_en',
      type: 'string',
      description: 'Expected results, English, one per line',
    },
  ],
  pages: planActivityRows,
  lastModified: async () => DECREE_DATE,
};

export const planIndicatorsDataset: Dataset = {
  name: 'strategy-plan-indicators',
  title: {
    ky: 'Стратегияны ишке ашыруу планынын индикаторлору',
    ru: 'Индикаторы Плана реализации Стратегии',
    en: 'Indicators of the Strategy implementation Plan',
  },
  description: {
    ky: 'Пландын ар бир иш-чарасынын индикаторлору, кыргыз, орус жана англис тилдеринде.',
    ru: 'Индикаторы каждого мероприятия Плана на кыргызском, русском и английском языках.',
    en: 'The indicators of every Plan activity, in Kyrgyz, Russian and English.',
  },
  license: CC_BY_4,
  source: SOURCE,
  updateSchedule: 'live',
  fields: [
    { name: 'item', type: 'integer', description: 'Plan item (1-20)' },
    { name: 'activity_code', type: 'string', description: 'Activity code' },
    { name: 'indicator_code', type: 'string', description: 'Indicator code: activity.position' },
    { name: 'indicator_ky', type: 'string', description: 'Indicator, Kyrgyz original' },
    { name: 'indicator_ru', type: 'string', description: 'Indicator, Russian translation' },
    { name: 'indicator_en', type: 'string', description: 'Indicator, English translation' },
    { name: 'type', type: 'string', description: 'percentage, count, yes_no or rank' },
    { name: 'unit', type: 'string', description: 'percent, count, yes_no, rank, som or days' },
    { name: 'direction', type: 'string', description: 'increase, decrease or achieve' },
    { name: 'period', type: 'string', description: 'year, half_year, quarter or strategy' },
    { name: 'baseline', type: 'number', description: 'Baseline stated in the Strategy, if any' },
    { name: 'target', type: 'number', description: 'Target stated in the Plan, if any' },
    {
      name: 'target_basis',
      type: 'string',
      description: 'The Kyrgyz words of the indicator the target is read from',
    },
    { name: 'source', type: 'string', description: 'manual, or the key of the computing query' },
  ],
  pages: planIndicatorRows,
  lastModified: async () => DECREE_DATE,
};
