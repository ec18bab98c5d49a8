import { and, asc, count, desc, eq, max, or, type SQL, sql } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { AppError, guarded, invalidReference } from '../../../platform/http/errors.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { keysetPages } from '../../../platform/opendata/pages.ts';
import type { Row } from '../../../platform/opendata/registry.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { reportHistory } from '../plans/reports.ts';
import { measures } from '../plans/schema.ts';
import { strategyItems } from '../schema.ts';
import { ASSESSMENTS, type Assessment } from './assessments.ts';
import { getOrganisation, isMember } from './organisations.ts';
import { alternativeReports, organisations } from './schema.ts';

export { ASSESSMENTS, type Assessment };

/** How many alternative reports /alongside shows beside the official one (newest first). */
export const ALONGSIDE_LIMIT = 200;

export interface AlternativeReportInput {
  organisationId: string;
  itemNumber: number | null;
  measureId: string | null;
  assessment: Assessment;
  text: { ky?: string | undefined; ru?: string | undefined };
  evidenceUrl: string | null;
}

type ReportRow = typeof alternativeReports.$inferSelect;
type OrganisationRow = typeof organisations.$inferSelect;
/** What a reader needs to find the measure assessed: its title and the agency whose plan holds it. */
type MeasureSummary = Pick<typeof measures.$inferSelect, 'title' | 'agencyId' | 'planId'> & {
  agencyName: LocalizedText;
};

const measureSummary = {
  title: measures.title,
  agencyId: measures.agencyId,
  agencyName: agencies.name,
  planId: measures.planId,
};

const reportView = (
  r: ReportRow,
  o: Pick<OrganisationRow, 'name' | 'registrationNumber' | 'synthetic'>,
  m: MeasureSummary | null,
) => ({
  id: r.id,
  organisationId: r.organisationId,
  organisationName: o.name,
  organisationRegistrationNumber: o.registrationNumber,
  organisationSynthetic: o.synthetic,
  itemNumber: r.itemNumber,
  measureId: r.measureId,
  measure: m && r.measureId ? { id: r.measureId, ...m } : null,
  assessment: r.assessment as Assessment,
  text: r.text,
  evidenceUrl: r.evidenceUrl,
  createdAt: r.createdAt.toISOString(),
});

/**
 * Files an organisation's assessment of a Plan item or of a measure. The caller must be a member
 * of the organisation; the report is final once filed (a later view is a new report).
 */
export async function fileAlternativeReport(
  db: Db,
  user: SessionUser,
  actor: Actor,
  input: AlternativeReportInput,
) {
  if ((input.itemNumber === null) === (input.measureId === null)) {
    throw new AppError(400, 'validation_failed', {
      itemNumber: 'give exactly one of itemNumber or measureId',
    });
  }
  const organisation = await getOrganisation(db, input.organisationId);
  if (!organisation) throw invalidReference({ organisationId: input.organisationId });
  if (!(await isMember(db, organisation.id, user.id))) {
    throw new AppError(403, 'forbidden', { reason: 'not_member_of_organisation' });
  }
  if (input.itemNumber !== null) {
    const [item] = await db
      .select({ number: strategyItems.number })
      .from(strategyItems)
      .where(eq(strategyItems.number, input.itemNumber));
    if (!item) throw invalidReference({ itemNumber: input.itemNumber });
  }
  let measure: MeasureSummary | null = null;
  if (input.measureId !== null) {
    [measure = null] = await db
      .select(measureSummary)
      .from(measures)
      .innerJoin(agencies, eq(agencies.id, measures.agencyId))
      .where(eq(measures.id, input.measureId));
    if (!measure) throw invalidReference({ measureId: input.measureId });
  }
  // Only the languages actually written are kept.
  const text = {
    ...(input.text.ky ? { ky: input.text.ky } : {}),
    ...(input.text.ru ? { ru: input.text.ru } : {}),
  };
  const content = { ...input, text };
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [created] = await tx
        .insert(alternativeReports)
        .values({ ...content, authorId: user.id })
        .returning();
      await recordAudit(tx, actor, {
        action: 'alternative_report.filed',
        entityType: 'alternative_report',
        entityId: created!.id,
        details: { after: content },
      });
      return created!;
    }),
  );
  return reportView(row, organisation, measure);
}

export async function listAlternativeReports(
  db: Db,
  opts: PageRequest & {
    itemNumber?: number | undefined;
    measureId?: string | undefined;
    organisationId?: string | undefined;
    q?: string | undefined;
  },
) {
  const filters: SQL[] = [];
  if (opts.itemNumber !== undefined)
    filters.push(eq(alternativeReports.itemNumber, opts.itemNumber));
  if (opts.measureId) filters.push(eq(alternativeReports.measureId, opts.measureId));
  if (opts.organisationId) filters.push(eq(alternativeReports.organisationId, opts.organisationId));
  if (opts.q) {
    // The assessment's own words, or the organisation's name or registration number.
    const like = containsPattern(opts.q);
    filters.push(
      or(
        sql`${alternativeReports.text}->>'ky' ILIKE ${like}`,
        sql`${alternativeReports.text}->>'ru' ILIKE ${like}`,
        sql`${organisations.name}->>'ky' ILIKE ${like}`,
        sql`${organisations.name}->>'ru' ILIKE ${like}`,
        sql`${organisations.name}->>'en' ILIKE ${like}`,
        sql`${organisations.registrationNumber} ILIKE ${like}`,
      )!,
    );
  }
  const where = filters.length ? and(...filters) : undefined;
  return fetchPage(
    opts,
    (limit, offset) =>
      db
        .select({ r: alternativeReports, o: organisations, m: measureSummary })
        .from(alternativeReports)
        .innerJoin(organisations, eq(organisations.id, alternativeReports.organisationId))
        .leftJoin(measures, eq(measures.id, alternativeReports.measureId))
        .leftJoin(agencies, eq(agencies.id, measures.agencyId))
        .where(where)
        .orderBy(desc(alternativeReports.createdAt), desc(alternativeReports.id))
        .limit(limit)
        .offset(offset),
    () =>
      db
        .select({ n: count() })
        .from(alternativeReports)
        .innerJoin(organisations, eq(organisations.id, alternativeReports.organisationId))
        .where(where),
    // Outer-joined columns are typed nullable one by one; a report on a measure has them all.
    ({ r, o, m }) => reportView(r, o, r.measureId ? (m as MeasureSummary) : null),
  );
}

/**
 * The official view and the alternative view of a measure side by side: the newest published
 * version of the official report (unpublished ones are never shown here, whoever asks) and the
 * organisations' reports on the measure, newest first.
 */
export async function alongside(db: Db, measureId: string) {
  // With no user, the history holds only published versions, newest first; 404 for no measure.
  const [official] = await reportHistory(db, undefined, measureId);
  const alternative = await listAlternativeReports(db, {
    measureId,
    page: 1,
    pageSize: ALONGSIDE_LIMIT,
  });
  return {
    measureId,
    official: official ?? null,
    alternative: alternative.items,
    alternativeTotal: alternative.total,
  };
}

/** Keyset pages in filing order, for the open-data export: never the whole table at once. */
export function alternativeReportPages(db: Db, pageSize = 500): AsyncGenerator<Row[]> {
  // The cursor keeps created_at as PostgreSQL's text, so microseconds survive the round trip.
  return keysetPages<
    { r: ReportRow; o: OrganisationRow; at: string },
    { at: string; id: string } | null
  >({
    first: null,
    pageSize,
    fetch: (after, limit) =>
      db
        .select({
          r: alternativeReports,
          o: organisations,
          at: sql<string>`${alternativeReports.createdAt}::text`,
        })
        .from(alternativeReports)
        .innerJoin(organisations, eq(organisations.id, alternativeReports.organisationId))
        .where(
          after
            ? sql`(${alternativeReports.createdAt}, ${alternativeReports.id}) > (${after.at}::timestamptz, ${after.id}::uuid)`
            : undefined,
        )
        .orderBy(asc(alternativeReports.createdAt), asc(alternativeReports.id))
        .limit(limit),
    cursorOf: (last) => ({ at: last.at, id: last.r.id }),
    toRow: ({ r, o }) => ({
      id: r.id,
      organisation_name_ky: o.name.ky,
      organisation_name_ru: o.name.ru,
      organisation_name_en: o.name.en,
      organisation_registration_number: o.registrationNumber,
      item_number: r.itemNumber,
      measure_id: r.measureId,
      assessment: r.assessment,
      text_ky: r.text.ky ?? null,
      text_ru: r.text.ru ?? null,
      evidence_url: r.evidenceUrl,
      synthetic: o.synthetic,
      created_at: r.createdAt.toISOString(),
    }),
  });
}

export async function alternativeReportsLastModified(db: Db): Promise<Date | null> {
  const [row] = await db.select({ at: max(alternativeReports.createdAt) }).from(alternativeReports);
  return row?.at ?? null;
}
