import { and, asc, gt, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { keysetPages, lastChange } from '../../../platform/opendata/pages.ts';
import { CC_BY_4, type Dataset } from '../../../platform/opendata/registry.ts';
import { procurementFlags, procurementPlanItems, procurementProcesses } from '../schema.ts';
import { tenderFlagCount, tenderRisk } from '../tenders/list.ts';

const PAGE = 500;
const FIRST_UUID = '00000000-0000-0000-0000-000000000000';
const p = procurementProcesses;

const SYNTHETIC = {
  name: 'synthetic',
  type: 'boolean',
  description: 'Synthetic demo record, not a real tender',
} as const;

/** The compiled releases in OCID order, a page at a time: the OCDS re-publication. */
async function* releasePages(db: Db): AsyncGenerator<unknown[]> {
  let after = '';
  for (;;) {
    const rows = await db
      .select({ ocid: p.ocid, release: p.release })
      .from(p)
      .where(gt(p.ocid, after))
      .orderBy(asc(p.ocid))
      .limit(PAGE);
    if (rows.length === 0) return;
    yield rows.map((row) => row.release);
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.ocid;
  }
}

/** Plan item 6: every tender as a table row, and as OCDS compiled releases (.jsonl). */
export const procurementTendersDataset: Dataset = {
  name: 'procurement-tenders',
  title: {
    ky: 'Мамлекеттик сатып алуулар жана алардын коррупциялык тобокелдик индекси',
    ru: 'Государственные закупки и их индекс коррупционного риска',
    en: 'Public procurement tenders and their corruption risk index',
  },
  description: {
    ky: 'Мамлекеттик сатып алуулар порталынан (OCDS) алынган ар бир сатып алуу: сатып алуучу, ыкма, сумма, катышуучулар саны, кызыл желектердин саны жана коррупциялык тобокелдик индекси (Пландын 6-пункту). Ошол эле маалымат OCDS түрүндө (.jsonl) да жарыяланат.',
    ru: 'Каждая закупка с портала государственных закупок (OCDS): заказчик, метод, сумма, число участников, число красных флагов и индекс коррупционного риска (пункт 6 Плана). Те же данные публикуются и в формате OCDS (.jsonl).',
    en: 'Every tender from the e-procurement portal (OCDS): buyer, method, value, number of bidders, number of red flags and the corruption risk index (Plan item 6). The same data is also published as OCDS compiled releases (.jsonl).',
  },
  license: CC_BY_4,
  source:
    'OCDS data of the Kyrgyz e-procurement system (publisher prefix ocds-h7i0z4) imported into Akniet; flags and risk index computed by Akniet (docs/modules/procurement-flags.md)',
  updateSchedule: 'daily',
  fields: [
    { name: 'ocid', type: 'string', description: 'Open Contracting ID' },
    { name: 'title', type: 'string', description: 'Title of the tender' },
    { name: 'buyer_id', type: 'string', description: 'OCDS party id of the buyer' },
    { name: 'buyer_name', type: 'string', description: 'Name of the buyer' },
    { name: 'region', type: 'string', description: "The buyer's region" },
    { name: 'method', type: 'string', description: 'OCDS procurement method' },
    { name: 'method_details', type: 'string', description: "The portal's procedure code" },
    { name: 'classification', type: 'string', description: 'CPV code of the first item' },
    { name: 'status', type: 'string', description: 'OCDS tender status' },
    { name: 'value', type: 'number', description: 'Estimated value, in the currency below' },
    { name: 'currency', type: 'string', description: 'ISO 4217 currency of the value' },
    { name: 'bidders', type: 'integer', description: 'Number of distinct bidders' },
    { name: 'published_at', type: 'datetime', description: 'When the call was published (UTC)' },
    { name: 'flags', type: 'integer', description: 'Red flags raised on the tender' },
    { name: 'risk', type: 'number', description: 'Corruption risk index, 0 to 1' },
    SYNTHETIC,
  ],
  lines: { standard: 'OCDS 1.1 compiled releases', pages: releasePages },
  pages: (db) =>
    keysetPages({
      first: '',
      pageSize: PAGE,
      fetch: (after, limit) =>
        db
          .select({
            ocid: p.ocid,
            title: p.title,
            buyerId: p.buyerId,
            buyerName: p.buyerName,
            region: p.region,
            method: p.method,
            methodDetails: p.methodDetails,
            classification: p.classification,
            status: p.status,
            valueTyiyn: p.valueTyiyn,
            currency: p.currency,
            bidders: p.bidders,
            publishedAt: p.publishedAt,
            synthetic: p.synthetic,
            flags: tenderFlagCount,
            risk: tenderRisk,
          })
          .from(p)
          .where(gt(p.ocid, after))
          .orderBy(asc(p.ocid))
          .limit(limit),
      cursorOf: (row) => row.ocid,
      toRow: (row) => ({
        ocid: row.ocid,
        title: row.title,
        buyer_id: row.buyerId,
        buyer_name: row.buyerName,
        region: row.region,
        method: row.method,
        method_details: row.methodDetails,
        classification: row.classification,
        status: row.status,
        value: row.valueTyiyn === null ? null : row.valueTyiyn / 100,
        currency: row.currency,
        bidders: row.bidders,
        published_at: row.publishedAt?.toISOString() ?? null,
        flags: row.flags,
        risk: row.risk,
        synthetic: row.synthetic,
      }),
    }),
  lastModified: (db) => lastChange(db, sql`SELECT max(${p.updatedAt}) AS at FROM ${p}`),
};

const f = procurementFlags;

/** Every red flag with its evidence (as JSON text), for anyone to check or analyse. */
export const procurementFlagsDataset: Dataset = {
  name: 'procurement-flags',
  title: {
    ky: 'Мамлекеттик сатып алуулардагы кызыл желектер',
    ru: 'Красные флаги в государственных закупках',
    en: 'Red flags in public procurement',
  },
  description: {
    ky: 'Ар бир сатып алуу, сатып алуучу жана жеткирүүчү боюнча кызыл желектер: OCP Cardinal көрсөткүчтөрү, Кыргызстандын мониторинг желектери, коррупциялык тобокелдик индексинин компоненттери жана реестрдеги юридикалык жакка берилген келишимдер, ар бири далили менен.',
    ru: 'Красные флаги по каждой закупке, заказчику и поставщику: индикаторы OCP Cardinal, флаги мониторинга закупок Кыргызстана, компоненты индекса коррупционного риска и контракты с юридическими лицами из реестра, каждый с доказательствами.',
    en: 'Red flags on every tender, buyer and supplier: the OCP Cardinal indicators, the Kyrgyz monitoring flags, the corruption risk index components and awards to barred entities, each with its evidence.',
  },
  license: CC_BY_4,
  source:
    'Computed by Akniet from the imported OCDS data and the register of barred entities; rules and thresholds with their sources in docs/modules/procurement-flags.md and procurement-cardinal.md',
  updateSchedule: 'daily',
  fields: [
    {
      name: 'id',
      type: 'string',
      description: 'Id of the flag in Akniet (changes on recomputation)',
    },
    { name: 'engine', type: 'string', description: 'cardinal | kyrgyz | cri | barred' },
    {
      name: 'code',
      type: 'string',
      description: 'Flag code (R018, KG-SHARED-CONTACTS, CRI-SINGLE-BID, BARRED-SUPPLIER...)',
    },
    { name: 'subject', type: 'string', description: 'tender | buyer | supplier' },
    { name: 'subject_id', type: 'string', description: 'OCID of the tender, or OCDS party id' },
    { name: 'ocid', type: 'string', description: 'The tender the flag points at' },
    { name: 'value', type: 'number', description: "The indicator's value (1 for yes/no flags)" },
    { name: 'threshold', type: 'number', description: 'The setting the value was compared with' },
    { name: 'evidence', type: 'string', description: 'JSON list of {path, value} facts' },
    { name: 'computed_at', type: 'datetime', description: 'When the flag was computed (UTC)' },
  ],
  pages: (db) =>
    keysetPages({
      first: { code: '', id: FIRST_UUID },
      pageSize: PAGE,
      fetch: (after, limit) =>
        db
          .select()
          .from(f)
          .where(
            or(gt(f.code, after.code), and(sql`${f.code} = ${after.code}`, gt(f.id, after.id))),
          )
          .orderBy(asc(f.code), asc(f.id))
          .limit(limit),
      cursorOf: (row) => ({ code: row.code, id: row.id }),
      toRow: (row) => ({
        id: row.id,
        engine: row.engine,
        code: row.code,
        subject: row.subject,
        subject_id: row.subjectId,
        ocid: row.ocid,
        value: row.value,
        threshold: row.threshold,
        evidence: JSON.stringify(row.evidence),
        computed_at: row.computedAt.toISOString(),
      }),
    }),
  lastModified: (db) => lastChange(db, sql`SELECT max(${f.computedAt}) AS at FROM ${f}`),
};

const plan = procurementPlanItems;

/** Plan item 6: the buyers' published annual procurement plans, line by line. */
export const procurementPlansDataset: Dataset = {
  name: 'procurement-plans',
  title: {
    ky: 'Мамлекеттик сатып алуулардын жылдык пландары',
    ru: 'Годовые планы государственных закупок',
    en: 'Annual public procurement plans',
  },
  description: {
    ky: 'Ар бир сатып алуучунун жылдык сатып алуу планынын саптары: CPV коду, сүрөттөмө, пландалган сумма, ыкма жана чейрек (Пландын 6-пункту). Планда жок сатып алуулар кызыл желек менен белгиленет.',
    ru: 'Строки годового плана закупок каждого заказчика: код CPV, описание, плановая сумма, метод и квартал (пункт 6 Плана). Закупки, которых нет в плане, отмечаются красным флагом.',
    en: "The lines of every buyer's annual procurement plan: CPV code, description, planned amount, method and quarter (Plan item 6). Purchases absent from the plan are red-flagged.",
  },
  license: CC_BY_4,
  source:
    'Annual plans loaded into Akniet from the buyers’ published plans (CSV), every load in the audit log',
  updateSchedule: 'live',
  fields: [
    { name: 'buyer_id', type: 'string', description: 'OCDS party id of the buyer' },
    { name: 'buyer_name', type: 'string', description: 'Name of the buyer' },
    { name: 'year', type: 'integer', description: 'Plan year' },
    { name: 'line', type: 'integer', description: 'Line number in the plan' },
    { name: 'classification', type: 'string', description: 'CPV code' },
    { name: 'description', type: 'string', description: 'What is to be bought' },
    { name: 'planned_amount', type: 'number', description: 'Planned amount' },
    { name: 'currency', type: 'string', description: 'ISO 4217 currency' },
    { name: 'method', type: 'string', description: 'Planned procedure' },
    { name: 'quarter', type: 'integer', description: 'Planned quarter (1-4)' },
    { name: 'synthetic', type: 'boolean', description: 'Synthetic demo record, not a real plan' },
  ],
  pages: (db) =>
    keysetPages({
      first: FIRST_UUID,
      pageSize: PAGE,
      fetch: (after, limit) =>
        db.select().from(plan).where(gt(plan.id, after)).orderBy(asc(plan.id)).limit(limit),
      cursorOf: (row) => row.id,
      toRow: (row) => ({
        buyer_id: row.buyerId,
        buyer_name: row.buyerName,
        year: row.year,
        line: row.line,
        classification: row.classification,
        description: row.description,
        planned_amount: row.plannedTyiyn === null ? null : row.plannedTyiyn / 100,
        currency: row.currency,
        method: row.method,
        quarter: row.quarter,
        synthetic: row.synthetic,
      }),
    }),
  lastModified: (db) => lastChange(db, sql`SELECT max(${plan.importedAt}) AS at FROM ${plan}`),
};
