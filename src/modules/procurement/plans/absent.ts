import type { RedFlag } from '../flags/flag.ts';
import type { CompiledRelease } from '../ocds/release.ts';

export const ABSENT_FROM_PLAN = 'PLAN-ABSENT';

/**
 * How many leading CPV digits a purchase and a plan line must share: 4 is the CPV "class"
 * (e.g. 3019 office supplies), broad enough for a plan line to cover the items bought under it.
 */
export const PLAN_MATCH_DIGITS = 4;

const idOf = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : null;

/**
 * Plan item 6: a purchase whose classification is in no line of the buyer's published annual
 * plan for the year of the call. Silent when the buyer published no plan for that year, or the
 * tender has no date or classification: absence of data is not a finding. Pure.
 */
export function absentFromPlanFlags(
  release: CompiledRelease,
  plans: ReadonlyMap<string, ReadonlySet<string>>,
  digits = PLAN_MATCH_DIGITS,
): RedFlag[] {
  const ocid = release.ocid;
  const buyerId = idOf(release.buyer?.id) ?? idOf(release.tender?.procuringEntity?.id);
  const published = release.tender?.datePublished ?? release.tender?.tenderPeriod?.startDate;
  const code = idOf(release.tender?.items?.[0]?.classification?.id);
  if (typeof ocid !== 'string' || !buyerId || !published || !code) return [];
  // The plan year is the calendar year in Bishkek (UTC+6) of the call.
  const time = Date.parse(published);
  if (Number.isNaN(time)) return [];
  const year = new Date(time + 6 * 3600_000).getUTCFullYear();
  const planned = plans.get(`${buyerId}\u0000${year}`);
  if (!planned) return [];
  const prefix = code.slice(0, digits);
  for (const line of planned) if (line.startsWith(prefix)) return [];
  return [
    {
      code: ABSENT_FROM_PLAN,
      subject: 'tender',
      subjectId: ocid,
      ocid,
      value: 1,
      evidence: [
        { path: '/tender/items/0/classification/id', value: code },
        { path: '/tender/datePublished', value: published },
        { path: `procurement-plans/${buyerId}/${year}`, value: planned.size },
      ],
    },
  ];
}
