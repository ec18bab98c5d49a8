import { and, asc, gt, inArray, sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/client.ts';
import { keysetPages, lastChange } from '../../../platform/opendata/pages.ts';
import { CC_BY_4, type Dataset } from '../../../platform/opendata/registry.ts';
import type { LogPayload } from '../engine/types.ts';
import { logRowPages } from '../log/pages.ts';
import { entryOfRow } from '../log/writer.ts';
import { allocationLog } from '../schema.ts';

const logChanged = (db: Parameters<Dataset['lastModified']>[0]) =>
  lastChange(db, sql`SELECT max(at) AS at FROM allocation_log`);

const SOURCE =
  'Akniet automated case allocation: the append-only, hash-chained allocation log, each day’s head signed with Ed25519 (docs/modules/courts-verification.md)';

/**
 * Plan item 17, "mandatory publication of allocation results": every allocation and every
 * explained failure, with the inputs a verifier needs to check it.
 */
const allocationsDataset: Dataset = {
  name: 'court-allocations',
  title: {
    ky: 'Сот иштерин автоматтык бөлүштүрүүнүн жыйынтыктары',
    ru: 'Результаты автоматизированного распределения судебных дел',
    en: 'Results of automated court case allocation',
  },
  description: {
    ky: 'Ар бир бөлүштүрүү: иштин номери, категориясы, судья, убакыт, тандалгандардын саны, киргизүүлөрдүн хэши жана кайра бөлүштүрүүнүн негизи (Пландын 17-пункту). Демо маалыматтар синтетикалык.',
    ru: 'Каждое распределение: номер дела, категория, судья, время, число допущенных судей, хэш входных данных и основание перераспределения (пункт 17 Плана). Демо-данные синтетические.',
    en: 'Every allocation: case number, category, judge, time, eligible-set size, inputs hash and the ground of any re-allocation (Plan item 17). Demo data is synthetic.',
  },
  license: CC_BY_4,
  source: SOURCE,
  updateSchedule: 'live',
  fields: [
    { name: 'seq', type: 'integer', description: 'Sequence number of the log entry' },
    { name: 'at', type: 'datetime', description: 'When the allocation was made (UTC)' },
    { name: 'day', type: 'date', description: 'Its day in Bishkek time (the seed used)' },
    { name: 'court', type: 'string', description: 'Court id' },
    { name: 'case_number', type: 'string', description: 'Case number' },
    { name: 'category', type: 'string', description: 'Case category code' },
    {
      name: 'outcome',
      type: 'string',
      description: 'allocation | allocation-failed (no eligible judge)',
    },
    {
      name: 'reason',
      type: 'string',
      description: 'initial | recusal | judge_left | judge_absent',
    },
    { name: 'judge', type: 'string', description: 'Judge id (empty when it failed)' },
    {
      name: 'previous_judge',
      type: 'string',
      description: 'The judge the case was taken from, on re-allocation',
    },
    { name: 'eligible_count', type: 'integer', description: 'How many judges could be drawn' },
    {
      name: 'excluded_count',
      type: 'integer',
      description: 'Judges of the court left out, each with a published reason in the log',
    },
    {
      name: 'inputs_hash',
      type: 'string',
      description: 'SHA-256 of the canonical inputs of the draw',
    },
    {
      name: 'draw',
      type: 'string',
      description: 'The number drawn (decimal), modulo the total weight',
    },
  ],
  pages: (db) =>
    keysetPages({
      first: 0,
      pageSize: 1000,
      fetch: (after, limit) =>
        db
          .select()
          .from(allocationLog)
          .where(
            and(
              gt(allocationLog.seq, after),
              inArray(allocationLog.kind, ['allocation', 'allocation-failed']),
            ),
          )
          .orderBy(asc(allocationLog.seq))
          .limit(limit),
      cursorOf: (r) => r.seq,
      toRow: (r) => {
        const p = r.payload as Extract<LogPayload, { kind: 'allocation' | 'allocation-failed' }>;
        const done = p.kind === 'allocation' ? p : null;
        return {
          seq: r.seq,
          at: r.at.toISOString(),
          day: r.day,
          court: p.court,
          case_number: p.number,
          category: p.category,
          outcome: p.kind,
          reason: p.reason,
          judge: done?.judge ?? null,
          previous_judge: done?.previousJudge ?? null,
          eligible_count: done?.eligible.length ?? 0,
          excluded_count: p.excluded.length,
          inputs_hash: done?.inputsHash ?? null,
          draw: done?.draw ?? null,
        };
      },
    }),
  lastModified: logChanged,
};

/** The whole log, entry by entry, exactly as hashed: what `akniet verify` and the browser replay. */
const logDataset: Dataset = {
  name: 'court-allocation-log',
  title: {
    ky: 'Сот иштерин бөлүштүрүүнүн журналы',
    ru: 'Журнал распределения судебных дел',
    en: 'Court case allocation log',
  },
  description: {
    ky: 'Хэш-чынжыр менен байланышкан журналдын бардык жазуулары: уруктун милдеттенмелери жана ачылышы, соттор, судьялар, жокко чыгуулар, эрежелер, иштер, четтетүүлөр жана бөлүштүрүүлөр. Ар бир күндүн башы Ed25519 менен кол коюлат.',
    ru: 'Все записи хэш-цепочки журнала: обязательства и раскрытие зерна, суды, судьи, отсутствия, правила, дела, отводы и распределения. Голова каждого дня подписана Ed25519.',
    en: 'Every entry of the hash-chained log: seed commitments and reveals, courts, judges, absences, rules, cases, recusals and allocations. Each day’s head is signed with Ed25519.',
  },
  license: CC_BY_4,
  source: SOURCE,
  updateSchedule: 'live',
  fields: [
    { name: 'seq', type: 'integer', description: 'Sequence number, from 1 without gaps' },
    { name: 'at', type: 'datetime', description: 'Time of the entry (UTC, milliseconds)' },
    { name: 'day', type: 'date', description: 'Bishkek day of the entry' },
    { name: 'kind', type: 'string', description: 'What the entry records' },
    {
      name: 'payload',
      type: 'string',
      description: 'The entry’s content as canonical JSON (RFC 8785)',
    },
    {
      name: 'prev',
      type: 'string',
      description: 'Hash of the entry before (64 zeros for the first)',
    },
    {
      name: 'hash',
      type: 'string',
      description: 'SHA-256 of the canonical {seq, at, day, payload, prev}',
    },
  ],
  pages: (db) =>
    keysetPages({
      first: 0,
      pageSize: 1000,
      fetch: (after, limit) =>
        db
          .select()
          .from(allocationLog)
          .where(gt(allocationLog.seq, after))
          .orderBy(asc(allocationLog.seq))
          .limit(limit),
      cursorOf: (r) => r.seq,
      toRow: (r) => ({
        seq: r.seq,
        at: r.at.toISOString(),
        day: r.day,
        kind: r.kind,
        payload: JSON.stringify(r.payload),
        prev: r.prevHash,
        hash: r.hash,
      }),
    }),
  lines: {
    standard: 'Akniet allocation log v1 (docs/modules/courts-verification.md)',
    async *pages(db) {
      for await (const rows of logRowPages(db, 0, 1000)) yield rows.map(entryOfRow);
    },
  },
  lastModified: logChanged,
};

/** Per day: the seed commitment published ahead, the seed once revealed, and the signed head. */
const daysDataset: Dataset = {
  name: 'court-allocation-days',
  title: {
    ky: 'Бөлүштүрүүнүн күндүк уруктары жана кол коюлган баштары',
    ru: 'Ежедневные зёрна распределения и подписанные головы',
    en: 'Daily allocation seeds and signed heads',
  },
  description: {
    ky: 'Ар бир күн үчүн: алдын ала жарыяланган уруктун SHA-256 милдеттенмеси, күн жабылгандан кийин ачылган урук жана журналдын Ed25519 менен кол коюлган башы.',
    ru: 'Для каждого дня: заранее опубликованное обязательство SHA-256 зерна, зерно, раскрытое после закрытия дня, и подписанная Ed25519 голова журнала.',
    en: 'For each day: the SHA-256 commitment of its seed published in advance, the seed revealed after the day closed, and the Ed25519-signed head of the log.',
  },
  license: CC_BY_4,
  source: SOURCE,
  updateSchedule: 'live',
  fields: [
    { name: 'day', type: 'date', description: 'Bishkek day' },
    {
      name: 'commitment',
      type: 'string',
      description: 'SHA-256 of the seed (hex), logged before the day',
    },
    {
      name: 'seed',
      type: 'string',
      description: 'The 32-byte seed (hex), once the day has closed',
    },
    { name: 'last_seq', type: 'integer', description: 'Last log entry of the day' },
    { name: 'head_hash', type: 'string', description: 'Its hash' },
    { name: 'key_id', type: 'string', description: 'Id of the signing key (see /api/courts/keys)' },
    {
      name: 'signature',
      type: 'string',
      description: 'Ed25519 signature (base64) of the canonical head',
    },
  ],
  pages: async function* (db) {
    const rows = await queryRows<Record<string, string | number | null>>(
      db,
      sql`SELECT c.payload->>'day' AS day, c.payload->>'commitment' AS commitment, r.payload->>'seed' AS seed,
            h.last_seq, h.head_hash, h.key_id, h.signature
          FROM allocation_log c
          LEFT JOIN allocation_log r ON r.kind = 'seed-reveal' AND r.payload->>'day' = c.payload->>'day'
          LEFT JOIN allocation_heads h ON h.day::text = c.payload->>'day'
          WHERE c.kind = 'seed-commit' ORDER BY 1`,
    );
    yield rows.map((r) => ({ ...r, last_seq: r.last_seq === null ? null : Number(r.last_seq) }));
  },
  lastModified: logChanged,
};

export const allocationDatasets: readonly Dataset[] = [allocationsDataset, logDataset, daysDataset];
