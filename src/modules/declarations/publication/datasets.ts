import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { formatAmount } from '../../../platform/money.ts';
import { keysetPages, lastChange } from '../../../platform/opendata/pages.ts';
import { CC_BY_4, type Dataset, type Row } from '../../../platform/opendata/registry.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { declarants, declarations, declarationVersions } from '../schema.ts';
import type { SubmittedContent } from '../submitted.ts';
import { isPublished, latestVersionJoin } from './public.ts';
import { publicDeclaration } from './redact.ts';

const SOURCE = 'Akniet declarations register: declarations filed by officials (Plan item 4)';
const SYNTHETIC = {
  name: 'synthetic',
  type: 'boolean',
  description: 'Synthetic demo record, not a real person',
} as const;
const som = (tyiyn: number | string) => formatAmount(BigInt(tyiyn));
const PAGE = 500;

const changed = (db: Parameters<Dataset['lastModified']>[0]) =>
  lastChange(db, sql`SELECT max(updated_at) AS at FROM declarations`);

/**
 * A page of published declarations in id order, under the same "published" condition as the
 * public pages (public.ts), so the open data can never publish more than they do.
 */
const publishedRows = (
  db: Parameters<Dataset['lastModified']>[0],
  after: string,
  limit: number,
  withContent: boolean,
) =>
  db
    .select({
      id: declarations.id,
      declarant_id: declarants.id,
      full_name: declarants.fullName,
      post: declarations.post,
      year: declarations.year,
      agency_code: agencies.code,
      income_tyiyn: declarationVersions.incomeTyiyn,
      monetary_assets_tyiyn: declarationVersions.monetaryAssetsTyiyn,
      property_value_tyiyn: declarationVersions.propertyValueTyiyn,
      // The summary dataset does not need the content: leave the large column unread.
      content: withContent ? declarationVersions.content : sql<SubmittedContent>`NULL`,
      synthetic: declarations.synthetic,
    })
    .from(declarations)
    .innerJoin(declarants, eq(declarants.id, declarations.declarantId))
    .innerJoin(declarationVersions, latestVersionJoin)
    .innerJoin(agencies, eq(agencies.id, declarations.agencyId))
    .where(and(isPublished(), gt(declarations.id, after)))
    .orderBy(asc(declarations.id))
    .limit(limit);

const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

export const publishedDeclarationsDataset: Dataset = {
  name: 'declarations',
  title: {
    ky: 'Жарыяланган декларациялар',
    ru: 'Опубликованные декларации',
    en: 'Published declarations',
  },
  description: {
    ky: 'Мыйзам жарыялоону талап кылган кызмат адамдарынын декларацияларынын жыйынтык көрсөткүчтөрү (сом менен). Жеке маалыматтар алынып салынган.',
    ru: 'Итоговые показатели деклараций должностных лиц, которые закон требует публиковать (в сомах). Персональные данные удалены.',
    en: 'Summary figures (in som) of the declarations of officials whose declarations the law publishes. Personal data removed.',
  },
  license: CC_BY_4,
  source: SOURCE,
  updateSchedule: 'live',
  fields: [
    {
      name: 'declaration_id',
      type: 'string',
      description: 'Declaration id (not a personal identifier)',
    },
    {
      name: 'declarant_id',
      type: 'string',
      description: 'Stable id of the declarant across years (not the PIN)',
    },
    { name: 'full_name', type: 'string', description: 'Name of the official' },
    { name: 'post', type: 'string', description: 'Post held' },
    { name: 'agency_code', type: 'string', description: 'State body' },
    { name: 'year', type: 'integer', description: 'Declaration year' },
    { name: 'income_som', type: 'number', description: 'Family income of the year, som' },
    {
      name: 'monetary_assets_som',
      type: 'number',
      description: 'Accounts, cash, securities and loans given on 31 December, som',
    },
    {
      name: 'property_value_som',
      type: 'number',
      description: 'Acquisition value of real estate and vehicles, som',
    },
    SYNTHETIC,
  ],
  pages: (db) =>
    keysetPages({
      first: FIRST_UUID,
      pageSize: PAGE,
      fetch: (after, limit) => publishedRows(db, after, limit, false),
      cursorOf: (r) => r.id,
      toRow: (r) => ({
        declaration_id: r.id,
        declarant_id: r.declarant_id,
        full_name: r.full_name,
        post: r.post,
        agency_code: r.agency_code,
        year: r.year,
        income_som: som(r.income_tyiyn),
        monetary_assets_som: som(r.monetary_assets_tyiyn),
        property_value_som: som(r.property_value_tyiyn),
        synthetic: r.synthetic,
      }),
    }),
  lastModified: changed,
};

/** Real estate and vehicles of published declarations, one row per item, as published (region only). */
export const publishedPropertyDataset: Dataset = {
  name: 'declaration-property',
  title: {
    ky: 'Жарыяланган декларациялардагы мүлк',
    ru: 'Имущество в опубликованных декларациях',
    en: 'Property in published declarations',
  },
  description: {
    ky: 'Кыймылсыз мүлк жана унаалар: түрү, аянты, аймагы, үлүшү, сатып алынган жылы жана баасы. Так дарек, кадастрдык жана каттоо номерлери жарыяланбайт.',
    ru: 'Недвижимость и транспорт: вид, площадь, регион, доля, год и цена приобретения. Точный адрес, кадастровые и регистрационные номера не публикуются.',
    en: 'Real estate and vehicles: kind, area, region, share, year and price of acquisition. Exact addresses, cadastral and registration numbers are not published.',
  },
  license: CC_BY_4,
  source: SOURCE,
  updateSchedule: 'live',
  fields: [
    { name: 'declaration_id', type: 'string', description: 'Declaration id' },
    { name: 'year', type: 'integer', description: 'Declaration year' },
    {
      name: 'owner',
      type: 'string',
      description: 'declarant, spouse, child, parent, sibling or other',
    },
    { name: 'category', type: 'string', description: 'real_estate or vehicle' },
    { name: 'kind', type: 'string', description: 'apartment, house, land, ... / car, truck, ...' },
    {
      name: 'description',
      type: 'string',
      description: 'Area in m² for real estate; make and model for vehicles',
    },
    {
      name: 'region',
      type: 'string',
      description: 'Region of Kyrgyzstan, when the address names one',
    },
    { name: 'country', type: 'string', description: 'Country (ISO 3166)' },
    { name: 'share_percent', type: 'number', description: 'Share owned, percent' },
    { name: 'acquired_year', type: 'integer', description: 'Year acquired' },
    {
      name: 'price_som',
      type: 'number',
      description: 'Acquisition price, som (empty when not declared)',
    },
    SYNTHETIC,
  ],
  async *pages(db) {
    let after = FIRST_UUID;
    for (;;) {
      const rows = await publishedRows(db, after, PAGE, true);
      if (rows.length === 0) return;
      const out = [];
      for (const r of rows) {
        const p = publicDeclaration(r.content, r.year);
        for (const x of p.realEstate) {
          out.push({
            declaration_id: r.id,
            year: r.year,
            owner: x.owner,
            category: 'real_estate',
            kind: x.kind,
            description: `${x.area} m²`,
            region: x.region,
            country: x.country,
            share_percent: x.sharePercent,
            acquired_year: x.acquiredYear,
            price_som: x.priceSom,
            synthetic: r.synthetic,
          });
        }
        for (const x of p.vehicles) {
          out.push({
            declaration_id: r.id,
            year: r.year,
            owner: x.owner,
            category: 'vehicle',
            kind: x.kind,
            description: `${x.make} ${x.model} (${x.yearMade})`,
            region: null,
            country: null,
            share_percent: null,
            acquired_year: x.acquiredYear,
            price_som: x.priceSom,
            synthetic: r.synthetic,
          });
        }
      }
      yield out;
      if (rows.length < PAGE) return;
      after = rows.at(-1)!.id;
    }
  },
  lastModified: changed,
};

type OutcomeRow = Row & {
  year: number;
  agency_code: string;
  obliged: number;
  filed_on_time: number;
  filed_late: number;
  not_filed: number;
  checked_automatically: number;
  full_checks: number;
  concluded: number;
  no_violation: number;
  referrals: number;
  disciplinary: number;
  synthetic: boolean;
};

/** Filing and check results by year and state body: counts only, no person named (Plan item 4). */
export const checkResultsDataset: Dataset = {
  name: 'declaration-check-results',
  title: {
    ky: 'Декларацияларды тапшыруу жана текшерүү жыйынтыктары',
    ru: 'Итоги подачи и проверки деклараций',
    en: 'Declaration filing and check results',
  },
  description: {
    ky: 'Жыл жана мамлекеттик орган боюнча: тапшырышы керек болгондор, өз убагында, кечигип жана тапшырбагандар; автоматтык текшерүү, толук текшерүү жана прокуратурага жөнөтүүлөр.',
    ru: 'По годам и органам: обязанные подать, подавшие в срок, с опозданием и не подавшие; автоматическая проверка, полные проверки и направления в прокуратуру.',
    en: 'By year and state body: persons obliged to file, filed on time, late and not filed; automated checks, full checks and referrals to the prosecutor.',
  },
  license: CC_BY_4,
  source: SOURCE,
  updateSchedule: 'live',
  fields: [
    { name: 'year', type: 'integer', description: 'Declaration year' },
    { name: 'agency_code', type: 'string', description: 'State body' },
    { name: 'obliged', type: 'integer', description: 'Persons obliged to declare' },
    { name: 'filed_on_time', type: 'integer', description: 'Filed by the deadline' },
    { name: 'filed_late', type: 'integer', description: 'Filed after the deadline' },
    { name: 'not_filed', type: 'integer', description: 'Not filed' },
    {
      name: 'checked_automatically',
      type: 'integer',
      description: 'Checked automatically below the risk threshold',
    },
    { name: 'full_checks', type: 'integer', description: 'Sent to a full check' },
    { name: 'concluded', type: 'integer', description: 'Full checks concluded' },
    { name: 'no_violation', type: 'integer', description: 'Concluded without violation' },
    { name: 'referrals', type: 'integer', description: 'Referred to the prosecutor' },
    { name: 'disciplinary', type: 'integer', description: 'Concluded with disciplinary measures' },
    { name: 'synthetic', type: 'boolean', description: 'Counts include synthetic demo records' },
  ],
  async *pages(db) {
    const rows = await queryRows<OutcomeRow>(
      db,
      sql`SELECT y.year, a.code AS agency_code,
            count(*)::int AS obliged,
            count(*) FILTER (WHERE d.first_submitted_at IS NOT NULL AND (d.first_submitted_at AT TIME ZONE 'Asia/Bishkek')::date <= y.deadline)::int AS filed_on_time,
            count(*) FILTER (WHERE (d.first_submitted_at AT TIME ZONE 'Asia/Bishkek')::date > y.deadline)::int AS filed_late,
            count(*) FILTER (WHERE d.first_submitted_at IS NULL)::int AS not_filed,
            count(c.declaration_id) FILTER (WHERE c.outcome = 'checked')::int AS checked_automatically,
            count(r.id)::int AS full_checks,
            count(r.id) FILTER (WHERE r.state = 'concluded')::int AS concluded,
            count(r.id) FILTER (WHERE r.outcome = 'no_violation')::int AS no_violation,
            count(r.id) FILTER (WHERE r.outcome = 'referral')::int AS referrals,
            count(r.id) FILTER (WHERE r.outcome = 'disciplinary')::int AS disciplinary,
            bool_or(p.synthetic) AS synthetic
          FROM declaration_filing_years y
          JOIN declarants p ON p.declares_from <= y.year AND (p.declares_until IS NULL OR p.declares_until >= y.year)
          JOIN agencies a ON a.id = p.agency_id
          LEFT JOIN declarations d ON d.declarant_id = p.id AND d.year = y.year
          LEFT JOIN declaration_checks c ON c.declaration_id = d.id
          LEFT JOIN declaration_reviews r ON r.declaration_id = d.id
          GROUP BY y.year, a.code
          ORDER BY y.year, a.code`,
    );
    for (let i = 0; i < rows.length; i += PAGE) yield rows.slice(i, i + PAGE);
  },
  lastModified: changed,
};

export const declarationDatasets = [
  publishedDeclarationsDataset,
  publishedPropertyDataset,
  checkResultsDataset,
];
