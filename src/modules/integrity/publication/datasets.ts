import { and, asc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { keysetPages, lastChange } from '../../../platform/opendata/pages.ts';
import { CC_BY_4, type Dataset } from '../../../platform/opendata/registry.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { declarants } from '../../declarations/schema.ts';
import { isPublishedNotification } from '../notifications/lists.ts';
import { conflictNotifications, legalEntities } from '../schema.ts';

const FIRST_UUID = '00000000-0000-0000-0000-000000000000';
const PAGE = 500;
const SYNTHETIC = {
  name: 'synthetic',
  type: 'boolean',
  description: 'Synthetic demo record, not a real organisation or person',
} as const;
const parent = alias(legalEntities, 'parent');

/** Plan item 5: the public list of state organisations. */
export const stateOrganisationsDataset: Dataset = {
  name: 'state-organisations',
  title: {
    ky: 'Мамлекеттик уюмдардын тизмеси',
    ru: 'Перечень государственных организаций',
    en: 'Register of state organisations',
  },
  description: {
    ky: 'Бюджеттен каржыланган уюмдар, мамлекеттик жана муниципалдык ишканалар, мамлекеттин үлүшү бар компаниялар жана мамлекеттик мүлктүн ишенимдүү башкаруучулары (Пландын 5-пункту).',
    ru: 'Бюджетные организации, государственные и муниципальные предприятия, компании с долей государства и доверительные управляющие государственным имуществом (пункт 5 Плана).',
    en: 'Budget-funded organisations, state and municipal enterprises, companies with a state share and trustees of state property (Plan item 5).',
  },
  license: CC_BY_4,
  source:
    'Akniet register of state organisations: the state bodies of the platform reference data and the organisations loaded with `akniet import state-organisations` (each row names its source)',
  updateSchedule: 'live',
  fields: [
    { name: 'id', type: 'string', description: 'Stable id in Akniet' },
    { name: 'name', type: 'string', description: 'Name' },
    {
      name: 'register',
      type: 'string',
      description:
        'budget_funded | state_enterprise | municipal_enterprise | state_share_company | state_property_trustee',
    },
    { name: 'registration_number', type: 'string', description: 'Registration number' },
    { name: 'parent_name', type: 'string', description: 'The founding or overseeing body' },
    { name: 'state_percent', type: 'number', description: 'State share of the capital, %' },
    { name: 'source', type: 'string', description: 'Where the record comes from' },
    SYNTHETIC,
  ],
  pages: (db) =>
    keysetPages({
      first: FIRST_UUID,
      pageSize: PAGE,
      fetch: (after, limit) =>
        db
          .select({
            id: legalEntities.id,
            name: legalEntities.name,
            register: legalEntities.register,
            registrationNumber: legalEntities.registrationNumber,
            parentName: parent.name,
            statePercent: legalEntities.statePercent,
            source: legalEntities.source,
            synthetic: legalEntities.synthetic,
          })
          .from(legalEntities)
          .leftJoin(parent, eq(parent.id, legalEntities.parentId))
          .where(and(isNotNull(legalEntities.register), gt(legalEntities.id, after)))
          .orderBy(asc(legalEntities.id))
          .limit(limit),
      cursorOf: (r) => r.id,
      toRow: (r) => ({
        id: r.id,
        name: r.name,
        register: r.register,
        registration_number: r.registrationNumber,
        parent_name: r.parentName,
        state_percent: r.statePercent,
        source: r.source,
        synthetic: r.synthetic,
      }),
    }),
  lastModified: (db) =>
    lastChange(
      db,
      sql`SELECT max(updated_at) AS at FROM legal_entities WHERE register IS NOT NULL`,
    ),
};

/** Plan item 5: notifications of conflicts of interest by political and special officials. */
export const conflictNotificationsDataset: Dataset = {
  name: 'conflict-notifications',
  title: {
    ky: 'Кызыкчылыктардын кагылышуусу жөнүндө билдирүүлөр',
    ru: 'Уведомления о конфликте интересов',
    en: 'Conflict-of-interest notifications',
  },
  description: {
    ky: 'Саясий жана атайын мамлекеттик кызмат орундарын ээлеген адамдардын кызыкчылыктардын кагылышуусу жөнүндө билдирүүлөрү жана жетекчи чечкен чара (Пландын 5-пункту). ПИН жана башка жеке маалыматтар жок.',
    ru: 'Уведомления о конфликте интересов лиц, замещающих политические и специальные должности, и мера, решённая руководителем (пункт 5 Плана). Без ПИН и иных персональных данных.',
    en: 'Conflict-of-interest notifications filed by holders of political and special posts, and the measure the head decided (Plan item 5). No PIN or other personal data.',
  },
  license: CC_BY_4,
  source: 'Akniet conflict-of-interest notifications, filed by the officials themselves',
  updateSchedule: 'live',
  fields: [
    { name: 'id', type: 'string', description: 'Notification id' },
    { name: 'full_name', type: 'string', description: 'Official who notified' },
    { name: 'post', type: 'string', description: 'Post held' },
    { name: 'agency_code', type: 'string', description: 'State body' },
    { name: 'description', type: 'string', description: 'The conflict notified' },
    {
      name: 'related_party',
      type: 'string',
      description: 'The party the private interest concerns',
    },
    { name: 'filed_at', type: 'datetime', description: 'When it was filed' },
    { name: 'state', type: 'string', description: 'filed | decided' },
    {
      name: 'measure',
      type: 'string',
      description: 'recusal | transfer | divestment | other',
    },
    { name: 'measure_text', type: 'string', description: "The head's decision in words" },
    { name: 'decided_at', type: 'datetime', description: 'When the measure was decided' },
    SYNTHETIC,
  ],
  pages: (db) =>
    keysetPages({
      first: FIRST_UUID,
      pageSize: PAGE,
      fetch: (after, limit) =>
        db
          .select({
            id: conflictNotifications.id,
            fullName: declarants.fullName,
            post: conflictNotifications.post,
            agencyCode: agencies.code,
            description: conflictNotifications.description,
            relatedParty: conflictNotifications.relatedParty,
            filedAt: conflictNotifications.filedAt,
            state: conflictNotifications.state,
            measure: conflictNotifications.measure,
            measureText: conflictNotifications.measureText,
            decidedAt: conflictNotifications.decidedAt,
            synthetic: conflictNotifications.synthetic,
          })
          .from(conflictNotifications)
          .innerJoin(declarants, eq(declarants.id, conflictNotifications.declarantId))
          .innerJoin(agencies, eq(agencies.id, conflictNotifications.agencyId))
          .where(and(isPublishedNotification(), gt(conflictNotifications.id, after)))
          .orderBy(asc(conflictNotifications.id))
          .limit(limit),
      cursorOf: (r) => r.id,
      toRow: (r) => ({
        id: r.id,
        full_name: r.fullName,
        post: r.post,
        agency_code: r.agencyCode,
        description: r.description,
        related_party: r.relatedParty,
        filed_at: r.filedAt.toISOString(),
        state: r.state,
        measure: r.measure,
        measure_text: r.measureText,
        decided_at: r.decidedAt?.toISOString() ?? null,
        synthetic: r.synthetic,
      }),
    }),
  lastModified: (db) =>
    lastChange(
      db,
      sql`SELECT greatest(max(filed_at), max(decided_at)) AS at FROM conflict_notifications`,
    ),
};

export const integrityDatasets: readonly Dataset[] = [
  stateOrganisationsDataset,
  conflictNotificationsDataset,
];
