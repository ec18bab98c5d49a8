import { type BarIndex, type BarPeriod, barsFor } from '../barred/matcher.ts';
import type { RedFlag } from '../flags/flag.ts';
import { partyOf } from '../ocds/columns.ts';
import type { CompiledRelease } from '../ocds/release.ts';

export const BARRED_SUPPLIER = 'BARRED-SUPPLIER';

export type RegisterEntry = BarPeriod & {
  name: string;
  court: string;
  decisionNumber: string;
  decisionDate: string;
};

const LAPSED = new Set(['cancelled', 'unsuccessful']);
const idOf = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : null;

/**
 * Plan item 16: every award to an entity barred from public procurement on the award's date
 * is flagged, with the award, the supplier's identifier and the court decision that barred it.
 * Pure: the register comes in as an index.
 */
export function barredAwardFlags(
  release: CompiledRelease,
  register: BarIndex<RegisterEntry>,
): RedFlag[] {
  if (register.size === 0 || typeof release.ocid !== 'string') return [];
  const flags: RedFlag[] = [];
  (release.awards ?? []).forEach((award, a) => {
    if (LAPSED.has(award?.status ?? '')) return;
    const dated = Date.parse(award?.date ?? release.date ?? '');
    if (Number.isNaN(dated)) return;
    (award?.suppliers ?? []).forEach((supplier, s) => {
      const supplierId = idOf(supplier?.id);
      if (!supplierId) return;
      const party = partyOf(release, supplierId);
      const identifier = idOf(party?.identifier?.id) ?? supplierId;
      const bars = barsFor(register, identifier, new Date(dated), 'procurement');
      for (const bar of bars) {
        flags.push({
          code: BARRED_SUPPLIER,
          subject: 'tender',
          subjectId: release.ocid!,
          ocid: release.ocid!,
          value: 1,
          evidence: [
            { path: `/awards/${a}/suppliers/${s}/id`, value: supplierId },
            { path: `/awards/${a}/date`, value: award?.date ?? release.date ?? null },
            { path: 'barred-entities/identifier', value: bar.identifier },
            {
              path: 'barred-entities/decision',
              value: `${bar.court}, ${bar.decisionNumber} (${bar.decisionDate})`,
            },
            {
              path: 'barred-entities/period',
              value: `${bar.barredFrom} – ${bar.barredUntil ?? '…'}`,
            },
          ],
        });
      }
    });
  });
  return flags;
}
