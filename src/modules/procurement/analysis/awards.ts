import type { ProcurementAward } from '../../integrity/dealings/procurement.ts';
import { identifierOf } from '../barred/matcher.ts';
import { minorUnits, partyOf } from '../ocds/columns.ts';
import type { CompiledRelease } from '../ocds/release.ts';

const LAPSED = new Set(['cancelled', 'unsuccessful']);
const idOf = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : null;

/** The INN of a party: its identifier, or an id that carries one (KG-INN-…). */
function innOf(release: CompiledRelease, id: string | null): string | null {
  if (!id) return null;
  const party = partyOf(release, id);
  return identifierOf(idOf(party?.identifier?.id) ?? id) ?? null;
}

/**
 * The standing awards of a process as contracts for the relations graph: buyer, supplier (by
 * INN: without one the registry cannot link it to anybody), amount in KGS, date. The reference
 * is the OCID, with the supplier's INN when the process has several suppliers.
 */
export function awardsOf(release: CompiledRelease, synthetic: boolean): ProcurementAward[] {
  const ocid = release.ocid;
  if (typeof ocid !== 'string') return [];
  const buyerId = idOf(release.buyer?.id) ?? idOf(release.tender?.procuringEntity?.id);
  const buyer = {
    identifier: innOf(release, buyerId),
    name: release.buyer?.name ?? partyOf(release, buyerId)?.name ?? null,
  };
  const found: ProcurementAward[] = [];
  for (const award of release.awards ?? []) {
    if (LAPSED.has(award?.status ?? '')) continue;
    const day = (award?.date ?? release.date ?? '').slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    for (const supplier of award?.suppliers ?? []) {
      const id = idOf(supplier?.id);
      const inn = innOf(release, id);
      if (!id || !inn) continue;
      found.push({
        reference: ocid,
        buyer,
        supplier: { identifier: inn, name: supplier?.name ?? partyOf(release, id)?.name ?? inn },
        title: release.tender?.title ?? award?.title ?? ocid,
        amountTyiyn: award?.value?.currency === 'KGS' ? minorUnits(award.value) : null,
        dealtOn: day,
        synthetic,
      });
    }
  }
  if (found.length > 1) {
    for (const award of found) award.reference = `${ocid}/${award.supplier.identifier}`;
  }
  return found;
}
