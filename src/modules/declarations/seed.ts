import type { Db } from '../../platform/db/client.ts';
import { loadExchangeRates } from './rates/load.ts';
import { filingYears } from './schema.ts';

/** The years of the Strategy and the one after: declarations for year Y are due by 1 April of Y+1. */
const FILING_YEARS = [2021, 2022, 2023, 2024, 2025];

/**
 * Reference data: the filing campaigns and the National Bank's official rates. The 1 April
 * deadline is the State Tax Service's announced campaign deadline for state and municipal
 * employees (docs/modules/declarations.md cites it); an admin can move it per year.
 */
export async function seedDeclarations(db: Db): Promise<string[]> {
  const inserted = await db
    .insert(filingYears)
    .values(FILING_YEARS.map((year) => ({ year, deadline: `${year + 1}-04-01` })))
    .onConflictDoNothing()
    .returning({ year: filingYears.year });
  const report = inserted.length ? [`declarations: ${inserted.length} filing years`] : [];
  return [...report, ...(await loadExchangeRates(db))];
}
