import { asc, gt, sql } from 'drizzle-orm';
import { keysetPages, lastChange } from '../../../platform/opendata/pages.ts';
import { CC_BY_4, type Dataset } from '../../../platform/opendata/registry.ts';
import { RESTRICTIONS } from '../barred/restrictions.ts';
import { barredEntities } from '../schema.ts';

const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Plan item 16: the register of legal entities barred for corruption offences, every entry ever
 * recorded (lifted ones too, with when and why). Whether a bar is in force on a day follows from
 * the dates alone, so the rows do not carry a state that would go stale between changes.
 */
export const barredEntitiesDataset: Dataset = {
  name: 'barred-entities',
  title: {
    ky: 'Коррупциялык укук бузууларга катышкан юридикалык жактардын реестри',
    ru: 'Реестр юридических лиц, причастных к коррупционным правонарушениям',
    en: 'Register of legal entities involved in corruption offences',
  },
  description: {
    ky: 'Соттун чечими менен мамлекеттик сатып алууларга, тендерлерге, аукциондорго катышуудан, мамлекеттик насыяларды, субсидияларды жана салыктык жеңилдиктерди алуудан чектелген юридикалык жактар (Стратегияны ишке ашыруу планынын 16-пункту): соттун чечими, укуктук негизи, чектөөлөр жана мөөнөтү. Алынып салынган чектөөлөр да качан жана эмне үчүн алынганы менен калат.',
    ru: 'Юридические лица, которым решением суда запрещено участвовать в государственных закупках, тендерах, аукционах и получать государственные кредиты, субсидии и налоговые льготы (пункт 16 Плана реализации Стратегии): решение суда, правовое основание, ограничения и срок. Снятые ограничения остаются в реестре с датой и причиной снятия.',
    en: 'Legal entities barred by a court decision from public procurement, tenders and auctions and from state loans, subsidies and tax benefits (Plan item 16 of the Strategy): the decision, the legal ground, the restrictions and the period. Lifted bars stay on the register with when and why they were lifted.',
  },
  license: CC_BY_4,
  source:
    'Akniet register of barred entities: each entry recorded from a court decision by the prosecutor’s office (or an administrator), every change in the audit log',
  updateSchedule: 'live',
  fields: [
    { name: 'id', type: 'string', description: 'Stable id in Akniet' },
    { name: 'name', type: 'string', description: 'Name of the legal entity' },
    {
      name: 'identifier',
      type: 'string',
      description: 'INN (taxpayer identification number) of the legal entity, 14 digits',
    },
    { name: 'country', type: 'string', description: 'Country of registration (ISO 3166-1)' },
    { name: 'court', type: 'string', description: 'The court that decided' },
    { name: 'decision_number', type: 'string', description: 'Number of the court decision' },
    { name: 'decision_date', type: 'date', description: 'Date of the court decision' },
    {
      name: 'ground',
      type: 'string',
      description: 'The offence and article of law as the decision states them',
    },
    {
      name: 'restrictions',
      type: 'string',
      description: `What the entity is barred from, space-separated: ${RESTRICTIONS.join(' | ')}`,
    },
    { name: 'barred_from', type: 'date', description: 'First day of the bar (Bishkek time)' },
    {
      name: 'barred_until',
      type: 'date',
      description: 'Last day of the bar, included; empty = until lifted',
    },
    {
      name: 'lifted_at',
      type: 'datetime',
      description:
        'When the bar was lifted (it no longer applies from this moment); empty = not lifted',
    },
    { name: 'lifted_reason', type: 'string', description: 'Why the bar was lifted' },
    {
      name: 'synthetic',
      type: 'boolean',
      description: 'Synthetic demo record, not a real legal entity',
    },
  ],
  pages: (db) =>
    keysetPages({
      first: FIRST_UUID,
      pageSize: 500,
      fetch: (after, limit) =>
        db
          .select()
          .from(barredEntities)
          .where(gt(barredEntities.id, after))
          .orderBy(asc(barredEntities.id))
          .limit(limit),
      cursorOf: (r) => r.id,
      toRow: (r) => ({
        id: r.id,
        name: r.name,
        identifier: r.identifier,
        country: r.country,
        court: r.court,
        decision_number: r.decisionNumber,
        decision_date: r.decisionDate,
        ground: r.ground,
        restrictions: RESTRICTIONS.filter((x) => r.restrictions.includes(x)).join(' '),
        barred_from: r.barredFrom,
        barred_until: r.barredUntil,
        lifted_at: r.liftedAt?.toISOString() ?? null,
        lifted_reason: r.liftedReason,
        synthetic: r.synthetic,
      }),
    }),
  lastModified: (db) => lastChange(db, sql`SELECT max(updated_at) AS at FROM barred_entities`),
};
