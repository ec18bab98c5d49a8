import { CC_BY_4, type Dataset } from '../opendata/registry.ts';
import { agenciesLastModified, agencyPages } from './agencies.ts';

export const agenciesDataset: Dataset = {
  name: 'agencies',
  title: {
    ky: 'Мамлекеттик органдар жана жергиликтүү өз алдынча башкаруу органдары',
    ru: 'Государственные органы и органы местного самоуправления',
    en: 'State bodies and local self-government bodies',
  },
  description: {
    ky: 'Платформада планы, отчёту жана маалыматтары бар органдардын тизмеси, аталыштары кыргыз, орус жана англис тилдеринде.',
    ru: 'Перечень органов, чьи планы, отчёты и данные ведутся на платформе, с названиями на кыргызском, русском и английском языках.',
    en: 'The bodies whose plans, reports and data the platform keeps, with names in Kyrgyz, Russian and English.',
  },
  license: CC_BY_4,
  source:
    'Bodies named in Presidential Decree No. 180 of 25 September 2020 and official names of the state bodies; rows marked synthetic are demo data',
  updateSchedule: 'live',
  fields: [
    { name: 'code', type: 'string', description: 'Stable identifier of the body on the platform' },
    {
      name: 'kind',
      type: 'string',
      description: 'Kind of body (ministry, state_service, court, ...)',
    },
    { name: 'name_ky', type: 'string', description: 'Full name in Kyrgyz' },
    { name: 'name_ru', type: 'string', description: 'Full name in Russian' },
    { name: 'name_en', type: 'string', description: 'Full name in English' },
    { name: 'short_name_ky', type: 'string', description: 'Short name in Kyrgyz' },
    { name: 'short_name_ru', type: 'string', description: 'Short name in Russian' },
    { name: 'short_name_en', type: 'string', description: 'Short name in English' },
    {
      name: 'parent_code',
      type: 'string',
      description: 'Code of the body this one belongs to, if any',
    },
    { name: 'synthetic', type: 'boolean', description: 'true for invented demo bodies' },
    { name: 'source', type: 'string', description: 'Where the name comes from' },
    {
      name: 'name_verified',
      type: 'boolean',
      description: 'false where a translated name could not be checked against an official text',
    },
    { name: 'note', type: 'string', description: 'Renames and other remarks on the body' },
    { name: 'updated_at', type: 'datetime', description: 'Last change, UTC' },
  ],
  pages: (db) => agencyPages(db),
  lastModified: agenciesLastModified,
};
