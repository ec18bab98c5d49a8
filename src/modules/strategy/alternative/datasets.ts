import { CC_BY_4, type Dataset } from '../../../platform/opendata/registry.ts';
import { alternativeReportPages, alternativeReportsLastModified } from './reports.ts';

export const alternativeReportsDataset: Dataset = {
  name: 'strategy-alternative-reports',
  title: {
    ky: 'Жарандык коомдун альтернативдүү отчёттору',
    ru: 'Альтернативные отчёты гражданского общества',
    en: 'Alternative reports of civil society',
  },
  description: {
    ky: 'Катталган жарандык коом уюмдарынын Пландын пункттарын жана чараларын аткарууга берген өз баалары, расмий отчёттордун жанында жарыяланат.',
    ru: 'Собственные оценки зарегистрированных организаций гражданского общества по пунктам Плана и мерам, публикуемые рядом с официальными отчётами.',
    en: "Registered civil-society organisations' own assessments of Plan items and measures, published beside the official reports.",
  },
  license: CC_BY_4,
  source:
    'Filed on Akniet by members of civil-society organisations registered with the Ministry of Justice; the organisations’ own assessments, not verified by the state',
  updateSchedule: 'live',
  fields: [
    { name: 'id', type: 'string', description: 'Alternative report id' },
    { name: 'organisation_name_ky', type: 'string', description: 'Organisation name, Kyrgyz' },
    { name: 'organisation_name_ru', type: 'string', description: 'Organisation name, Russian' },
    { name: 'organisation_name_en', type: 'string', description: 'Organisation name, English' },
    {
      name: 'organisation_registration_number',
      type: 'string',
      description: 'Registration number in the Ministry of Justice register',
    },
    {
      name: 'item_number',
      type: 'integer',
      description: 'The Plan item assessed (1-20); empty when a measure is assessed',
    },
    {
      name: 'measure_id',
      type: 'string',
      description: 'The measure assessed; empty when a Plan item is assessed',
    },
    {
      name: 'assessment',
      type: 'string',
      description: 'not_done, partly_done, done or cannot_assess',
    },
    { name: 'text_ky', type: 'string', description: 'The assessment in Kyrgyz, if written' },
    { name: 'text_ru', type: 'string', description: 'The assessment in Russian, if written' },
    { name: 'evidence_url', type: 'string', description: 'Link to the evidence, if given' },
    {
      name: 'synthetic',
      type: 'boolean',
      description: 'True for demo organisations that do not exist',
    },
    { name: 'created_at', type: 'datetime', description: 'When the report was filed (UTC)' },
  ],
  pages: alternativeReportPages,
  lastModified: alternativeReportsLastModified,
};
