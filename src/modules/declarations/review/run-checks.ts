import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { runChecks } from '../checks/engine.ts';
import { loadCheckSettings } from '../checks/settings.ts';
import type { CheckResult } from '../checks/types.ts';
import { registryGateway } from '../registry/configured.ts';
import { noRecords, type RegistryRecords } from '../registry/records.ts';
import { declarationChecks, declarationReviews } from '../schema.ts';
import { type CheckRow, pinsOf, readCheckRows } from './check-batch.ts';

/** Splits a batch's registry records by the PINs of each declaration's family. */
function recordsFor(
  row: CheckRow,
  all: RegistryRecords,
  byPin: Map<string, RegistryRecords>,
): RegistryRecords {
  if (all.realEstate.length + all.vehicles.length + all.companyRoles.length === 0) return all;
  const out = noRecords();
  const pins = [
    row.declaration.declarantPin,
    ...row.declaration.content.relatives.flatMap((r) => (r.pin ? [r.pin] : [])),
  ];
  for (const pin of pins) {
    const held = byPin.get(pin);
    if (!held) continue;
    out.realEstate.push(...held.realEstate);
    out.vehicles.push(...held.vehicles);
    out.companyRoles.push(...held.companyRoles);
  }
  return out;
}

function indexByPin(records: RegistryRecords): Map<string, RegistryRecords> {
  const byPin = new Map<string, RegistryRecords>();
  const of = (pin: string) => {
    let held = byPin.get(pin);
    if (!held) {
      held = noRecords();
      byPin.set(pin, held);
    }
    return held;
  };
  for (const r of records.realEstate) of(r.ownerPin).realEstate.push(r);
  for (const r of records.vehicles) of(r.ownerPin).vehicles.push(r);
  for (const r of records.companyRoles) of(r.personPin).companyRoles.push(r);
  return byPin;
}

/** Runs the checks engine over rows already read; pure apart from the registry lookup. */
export async function evaluate(db: Db, rows: readonly CheckRow[]) {
  const settings = loadCheckSettings();
  const registry = await registryGateway(db).lookup(pinsOf(rows));
  const byPin = indexByPin(registry);
  return rows.map((row) => ({
    row,
    result: runChecks(
      {
        declaration: row.declaration,
        previous: row.previous,
        registry: recordsFor(row, registry, byPin),
      },
      settings,
    ),
  }));
}

/**
 * Stores each declaration's latest check in one statement, and queues for a full check every
 * declaration whose score crossed the threshold and is not already queued or checked. Each
 * statement takes the batch as one JSON parameter: as bound VALUES, a batch of 1,000 checks is
 * 9,000 parameters and the nightly re-check spent more time binding them than checking.
 */
export async function storeChecks(
  db: Db,
  checked: ReadonlyArray<{ row: CheckRow; result: CheckResult }>,
  now: Date,
): Promise<void> {
  if (checked.length === 0) return;
  const settingsVersion = loadCheckSettings().version;
  const checks = checked.map(({ row, result }) => ({
    declaration_id: row.declaration.id,
    version: row.version,
    score: result.score,
    outcome: result.outcome,
    findings: result.findings,
    reasons: result.reasons,
  }));
  await db.execute(sql`
    INSERT INTO ${declarationChecks} (declaration_id, version, score, outcome, findings, reasons,
                                      settings_version, checked_at)
    SELECT c.declaration_id, c.version, c.score, c.outcome, c.findings, c.reasons,
           ${settingsVersion}::text, ${now.toISOString()}::timestamptz
    FROM jsonb_to_recordset(${JSON.stringify(checks)}::jsonb)
      AS c(declaration_id uuid, version integer, score integer, outcome text, findings jsonb, reasons jsonb)
    ON CONFLICT (declaration_id) DO UPDATE
    SET version = excluded.version, score = excluded.score, outcome = excluded.outcome,
        findings = excluded.findings, reasons = excluded.reasons,
        settings_version = excluded.settings_version, checked_at = excluded.checked_at`);
  const flagged = checks.filter((c) => c.outcome === 'full_check');
  if (flagged.length > 0) {
    const entries = flagged.map((c) => ({ declaration_id: c.declaration_id, score: c.score }));
    await db.execute(sql`
      INSERT INTO ${declarationReviews} (declaration_id, score_at_entry)
      SELECT e.declaration_id, e.score
      FROM jsonb_to_recordset(${JSON.stringify(entries)}::jsonb) AS e(declaration_id uuid, score integer)
      ON CONFLICT (declaration_id) DO NOTHING`);
  }
}

/** Checks the given declarations' latest versions now and stores the results. */
export async function checkDeclarations(db: Db, ids: readonly string[], now: Date) {
  const checked = await evaluate(db, await readCheckRows(db, { ids }));
  await storeChecks(db, checked, now);
  return checked.map(({ row, result }) => ({ declarationId: row.declaration.id, ...result }));
}

/**
 * The nightly re-check: walks every submitted declaration in id order, a batch at a time, so
 * memory stays flat however many there are. Registry records and settings may have changed
 * since the last run; each batch commits on its own.
 */
export async function recheckAll(
  db: Db,
  now: Date,
  opts: { batchSize?: number; onProgress?: (done: number) => void } = {},
): Promise<{ checked: number; fullCheck: number }> {
  const batchSize = opts.batchSize ?? 1000;
  let afterId: string | null = null;
  let checkedCount = 0;
  let fullCheck = 0;
  for (;;) {
    const rows = await readCheckRows(db, { afterId, limit: batchSize });
    if (rows.length === 0) break;
    const checked = await evaluate(db, rows);
    await db.transaction((tx) => storeChecks(tx, checked, now));
    checkedCount += rows.length;
    fullCheck += checked.filter((c) => c.result.outcome === 'full_check').length;
    afterId = rows[rows.length - 1]!.declaration.id;
    opts.onProgress?.(checkedCount);
  }
  return { checked: checkedCount, fullCheck };
}
