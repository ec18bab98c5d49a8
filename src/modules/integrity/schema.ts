import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  char,
  check,
  date,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { createdAt, updatedAt, utc } from '../../platform/db/columns.ts';
import { agencies } from '../../platform/reference/schema.ts';
import { declarants } from '../declarations/schema.ts';
import type { PathStep } from './detection/types.ts';
import type { InterestDeclarationContent } from './interests/content.ts';
import type { MatchReason } from './names/types.ts';

/**
 * Everyone the relations graph knows: officials, their relatives, company officers and owners.
 * One row per resolved person; a confirmed match merges the duplicate into the survivor.
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Personal identification number; null when no source gave one (relatives abroad, registries). */
    pin: text('pin'),
    fullName: text('full_name').notNull(),
    birthDate: date('birth_date'),
    /** The official behind this person, when they declare. */
    declarantId: uuid('declarant_id').references(() => declarants.id),
    /** Set when a confirmed match folded this record into another: relations point to the survivor. */
    mergedInto: uuid('merged_into').references((): AnyPgColumn => persons.id),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('persons_pin')
      .on(t.pin)
      .where(sql`${t.pin} IS NOT NULL AND ${t.mergedInto} IS NULL`),
    uniqueIndex('persons_declarant').on(t.declarantId),
    index('persons_name').on(t.fullName),
  ],
);

/**
 * Organisations of the graph: state bodies, state organisations and companies (all legal entities). `register` puts an organisation on the public
 * list of Plan item 5: budget-funded organisations, state and municipal enterprises, companies
 * with a state share and trustees of state property.
 */
export const legalEntities = pgTable(
  'legal_entities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** state_body | state_organisation | company */
    kind: text('kind').notNull(),
    /** budget_funded | state_enterprise | municipal_enterprise | state_share_company | state_property_trustee */
    register: text('register'),
    name: text('name').notNull(),
    /** The legal entity's identification number (registry of legal entities), when known. */
    registrationNumber: text('registration_number'),
    /** The platform's agency when this organisation is one of the state bodies users belong to. */
    agencyId: uuid('agency_id').references(() => agencies.id),
    /** The state body that founded or oversees it. */
    parentId: uuid('parent_id').references((): AnyPgColumn => legalEntities.id),
    statePercent: doublePrecision('state_percent'),
    address: text('address'),
    source: text('source'),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('legal_entities_registration').on(t.registrationNumber),
    uniqueIndex('legal_entities_agency').on(t.agencyId),
    index('legal_entities_register').on(t.register),
    check(
      'legal_entities_state_percent',
      sql`${t.statePercent} IS NULL OR (${t.statePercent} > 0 AND ${t.statePercent} <= 100)`,
    ),
  ],
);

/**
 * An edge of the graph: family (with degree), director / founder / owner (with share),
 * employment and subordination, declared friendship or association. Each carries where it came
 * from and when it held. `key` makes re-imports idempotent.
 */
export const relations = pgTable(
  'relations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    kind: text('kind').notNull(),
    /** family: what `to` is to `from` (spouse, child, parent, sibling...). */
    degree: text('degree'),
    sharePercent: doublePrecision('share_percent'),
    /** employment: the post; head = heads the organisation or unit. */
    role: text('role'),
    head: boolean('head').notNull().default(false),
    fromPersonId: uuid('from_person_id').references(() => persons.id),
    fromOrganisationId: uuid('from_organisation_id').references(() => legalEntities.id),
    toPersonId: uuid('to_person_id').references(() => persons.id),
    toOrganisationId: uuid('to_organisation_id').references(() => legalEntities.id),
    validFrom: date('valid_from'),
    validUntil: date('valid_until'),
    /** declaration | interest_declaration | registry | notification | appointment | manual */
    source: text('source').notNull(),
    sourceRef: text('source_ref').notNull(),
    evidence: text('evidence'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('relations_from_person').on(t.fromPersonId),
    index('relations_to_person').on(t.toPersonId),
    index('relations_to_organisation').on(t.toOrganisationId),
    index('relations_from_organisation').on(t.fromOrganisationId),
    check(
      'relations_one_from',
      sql`(${t.fromPersonId} IS NULL) <> (${t.fromOrganisationId} IS NULL)`,
    ),
    check('relations_one_to', sql`(${t.toPersonId} IS NULL) <> (${t.toOrganisationId} IS NULL)`),
    check(
      'relations_not_self',
      sql`${t.fromPersonId} IS DISTINCT FROM ${t.toPersonId} OR ${t.fromPersonId} IS NULL`,
    ),
    check(
      'relations_valid_dates',
      sql`${t.validUntil} IS NULL OR ${t.validFrom} IS NULL OR ${t.validUntil} >= ${t.validFrom}`,
    ),
  ],
);

/**
 * What a state body gives or decides: contracts (awards), funding (grants, subsidies) and
 * decisions on a party's matter (licences, permits). The other end of a conflict path.
 */
export const dealings = pgTable(
  'dealings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** contract | funding | decision */
    kind: text('kind').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => legalEntities.id),
    /** The official who signed or decided, when the source names one. */
    decidedByPersonId: uuid('decided_by_person_id').references(() => persons.id),
    counterpartyOrganisationId: uuid('counterparty_organisation_id').references(
      () => legalEntities.id,
    ),
    counterpartyPersonId: uuid('counterparty_person_id').references(() => persons.id),
    title: text('title').notNull(),
    amountTyiyn: bigint('amount_tyiyn', { mode: 'number' }),
    dealtOn: date('dealt_on').notNull(),
    /** procurement | budget | manual; reference is the source's own id (an OCID, a decision number). */
    source: text('source').notNull(),
    reference: text('reference').notNull(),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('dealings_source_reference').on(t.source, t.reference),
    index('dealings_organisation').on(t.organisationId),
    index('dealings_counterparty_organisation').on(t.counterpartyOrganisationId),
    index('dealings_counterparty_person').on(t.counterpartyPersonId),
    check(
      'dealings_one_counterparty',
      sql`(${t.counterpartyOrganisationId} IS NULL) <> (${t.counterpartyPersonId} IS NULL)`,
    ),
  ],
);

/** Two person records that may be one person: an explained score, and a human decision when uncertain. */
export const personMatches = pgTable(
  'person_matches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => persons.id),
    score: doublePrecision('score').notNull(),
    reasons: jsonb('reasons').$type<MatchReason[]>().notNull(),
    /** pending | confirmed | rejected */
    state: text('state').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: utc('decided_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('person_matches_pair').on(t.personId, t.candidateId),
    index('person_matches_state').on(t.state, t.score),
    check('person_matches_not_self', sql`${t.personId} <> ${t.candidateId}`),
  ],
);

/** Private-interest declarations filed on appointment or transfer (Law on Conflict of Interest). */
export const interestDeclarations = pgTable(
  'interest_declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    declarantId: uuid('declarant_id')
      .notNull()
      .references(() => declarants.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** appointment | transfer */
    occasion: text('occasion').notNull(),
    post: text('post').notNull(),
    effectiveOn: date('effective_on').notNull(),
    content: jsonb('content').$type<InterestDeclarationContent>().notNull(),
    receipt: char('receipt', { length: 64 }).notNull(),
    filedBy: uuid('filed_by').references(() => users.id),
    filedAt: utc('filed_at').notNull().defaultNow(),
    synthetic: boolean('synthetic').notNull().default(false),
  },
  (t) => [index('interest_declarations_declarant').on(t.declarantId)],
);

/** A potential conflict the detection engine found, with the path that explains it. */
export const conflictFindings = pgTable(
  'conflict_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Rule and path identity: a re-run finds the same finding instead of a new one. */
    key: text('key').notNull().unique(),
    rule: text('rule').notNull(),
    severity: text('severity').notNull(),
    officialPersonId: uuid('official_person_id')
      .notNull()
      .references(() => persons.id),
    path: jsonb('path').$type<PathStep[]>().notNull(),
    /** open | dismissed | in_case | gone (no longer in the data) */
    state: text('state').notNull().default('open'),
    caseId: uuid('case_id').references((): AnyPgColumn => conflictCases.id),
    dismissedReason: text('dismissed_reason'),
    firstFoundAt: utc('first_found_at').notNull().defaultNow(),
    lastSeenAt: utc('last_seen_at').notNull().defaultNow(),
  },
  (t) => [
    index('conflict_findings_official').on(t.officialPersonId),
    index('conflict_findings_state').on(t.state),
  ],
);

/** A conflict-of-interest case, tracked to resolution and, where due, liability. */
export const conflictCases = pgTable(
  'conflict_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officialPersonId: uuid('official_person_id')
      .notNull()
      .references(() => persons.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** finding | notification | manual */
    origin: text('origin').notNull(),
    summary: text('summary').notNull(),
    /** open | measure_ordered | closed */
    state: text('state').notNull().default('open'),
    openedBy: uuid('opened_by').references(() => users.id),
    openedAt: utc('opened_at').notNull().defaultNow(),
    /** resolved (the measure removed the conflict) | liability | unfounded */
    outcome: text('outcome'),
    /** none | reprimand | dismissal | other: the liability imposed (Plan item 5) */
    liability: text('liability'),
    closingNote: text('closing_note'),
    closedBy: uuid('closed_by').references(() => users.id),
    closedAt: utc('closed_at'),
    synthetic: boolean('synthetic').notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('conflict_cases_state').on(t.state),
    index('conflict_cases_official').on(t.officialPersonId),
    check(
      'conflict_cases_closed',
      sql`(${t.state} = 'closed') = (${t.outcome} IS NOT NULL AND ${t.closedAt} IS NOT NULL)`,
    ),
  ],
);

/**
 * An official's notification of a (possible) conflict to the head of their body, and the head's
 * decision on the measure. Notifications of political and special officials are published.
 */
export const conflictNotifications = pgTable(
  'conflict_notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    declarantId: uuid('declarant_id')
      .notNull()
      .references(() => declarants.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    caseId: uuid('case_id').references(() => conflictCases.id),
    post: text('post').notNull(),
    postCategory: text('post_category').notNull(),
    description: text('description').notNull(),
    relatedParty: text('related_party').notNull(),
    filedBy: uuid('filed_by').references(() => users.id),
    filedAt: utc('filed_at').notNull().defaultNow(),
    /** filed | decided */
    state: text('state').notNull().default('filed'),
    /** recusal | transfer | divestment | other */
    measure: text('measure'),
    measureText: text('measure_text'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: utc('decided_at'),
    synthetic: boolean('synthetic').notNull().default(false),
  },
  (t) => [
    index('conflict_notifications_agency').on(t.agencyId, t.state),
    index('conflict_notifications_declarant').on(t.declarantId),
    check(
      'conflict_notifications_decided',
      sql`(${t.state} = 'decided') = (${t.measure} IS NOT NULL AND ${t.decidedAt} IS NOT NULL)`,
    ),
  ],
);
