import { FloatColumn, IntColumn, Interner } from './columns.ts';
import { awardDay, codePrefix, contractedValue, type Facts, tenderValue } from './facts.ts';
import { type FlagPass, type FlagSink, type PassContext, ratio } from './pass.ts';
import { field, inList, list, text } from './read.ts';

export const ADDITIONAL_PURCHASES = 'KG-ADDITIONAL-PURCHASES';

/** An earlier competitive process, as kept: its contract value and the day of its award. */
type Original = { ocid: string; value: number; path: string; day: number | null };

type Candidate = {
  ocid: string;
  amount: number;
  amountPath: string;
  day: number | null;
  /** OCIDs of the linked earlier processes. */
  links: string[];
  /** Keys (buyer, supplier, main code) to match an unlinked purchase with an earlier tender. */
  keys: string[];
};

const NO_DAY = -2_147_483_648;

/**
 * Repeated additional direct purchases above 5% of the original tender (DPA red flags 3 and 15):
 * direct contracts that add to an earlier competitive tender, linked to it by relatedProcesses
 * ('prior'/'parent'), or, without a link, by the same buyer, supplier and main classification
 * within a window after it. When their running total passes `maxShare` of the original contract
 * value, each further purchase is flagged.
 *
 * Every competitive process with a contract value is kept compactly (value and day in typed
 * arrays, found by OCID); for unlinked matching, a chain per (buyer, supplier, main code) key in
 * typed arrays. Direct purchases are kept as small records and matched at the end.
 */
export function additionalPurchases({ settings }: PassContext): FlagPass {
  const options = settings.additionalPurchases;
  const byOcid = new Map<string, number>();
  const originOcids: string[] = [];
  const values = new FloatColumn();
  const days = new IntColumn();
  const fromContracts = new IntColumn();
  const ids = new Interner();
  const heads = new Map<string, number>();
  const linkOriginal = new IntColumn();
  const linkPrevious = new IntColumn();
  const candidates: Candidate[] = [];

  const keysOf = (facts: Facts): string[] => {
    if (!options.matchUnlinked || facts.buyer === null || facts.mainCode === null) return [];
    const buyer = ids.id(facts.buyer.value);
    const code = ids.id(codePrefix(facts.mainCode.value, options.classificationPrefixLength));
    return facts.winners().map((supplier) => `${buyer}:${ids.id(supplier.value)}:${code}`);
  };

  const original = (index: number): Original => {
    const day = days.get(index);
    return {
      ocid: originOcids[index] as string,
      value: values.get(index),
      path: fromContracts.get(index) === 1 ? '/contracts' : '/awards',
      day: day === NO_DAY ? null : day,
    };
  };

  const latestBefore = (candidate: Candidate): Original | null => {
    if (candidate.day === null) return null;
    let best: Original | null = null;
    for (const key of candidate.keys) {
      for (let link = heads.get(key) ?? -1; link >= 0; link = linkPrevious.get(link)) {
        const found = original(linkOriginal.get(link));
        if (found.day === null || found.ocid === candidate.ocid) continue;
        const gap = candidate.day - found.day;
        if (gap < 0 || gap > options.unlinkedWindowDays) continue;
        if (best === null || (best.day ?? 0) < found.day) best = found;
      }
    }
    return best;
  };

  return {
    add(facts: Facts) {
      if (facts.direct === false) {
        const value = contractedValue(facts.raw, settings.currency);
        if (value === null || value.value <= 0 || byOcid.has(facts.ocid)) return;
        const day = awardDay(facts.raw)?.value ?? facts.day?.value ?? null;
        const index = originOcids.length;
        byOcid.set(facts.ocid, index);
        originOcids.push(facts.ocid);
        values.push(value.value);
        days.push(day ?? NO_DAY);
        fromContracts.push(value.path === '/contracts' ? 1 : 0);
        if (day === null) return;
        for (const key of keysOf(facts)) {
          linkOriginal.push(index);
          linkPrevious.push(heads.get(key) ?? -1);
          heads.set(key, linkOriginal.length - 1);
        }
        return;
      }
      if (facts.direct !== true) return;
      const amount =
        contractedValue(facts.raw, settings.currency) ?? tenderValue(facts.raw, settings.currency);
      if (amount === null || amount.value <= 0) return;
      const links = linkedOcids(facts, options.relationships, settings.ocidPrefix);
      const day = facts.day?.value ?? awardDay(facts.raw)?.value ?? null;
      const keys = links.length === 0 && day !== null ? keysOf(facts) : [];
      if (links.length === 0 && keys.length === 0) return;
      candidates.push({
        ocid: facts.ocid,
        amount: amount.value,
        amountPath: amount.path,
        day,
        links,
        keys,
      });
    },
    finish(out: FlagSink) {
      const groups = new Map<
        string,
        { original: Original; linked: boolean; members: Candidate[] }
      >();
      for (const candidate of candidates) {
        let found: { original: Original; linked: boolean } | null = null;
        for (const link of candidate.links) {
          const index = byOcid.get(link);
          if (index !== undefined && link !== candidate.ocid) {
            found = { original: original(index), linked: true };
            break;
          }
        }
        if (found === null && candidate.links.length === 0) {
          const unlinked = latestBefore(candidate);
          if (unlinked !== null) found = { original: unlinked, linked: false };
        }
        if (found === null) continue;
        const group = groups.get(found.original.ocid);
        if (group === undefined)
          groups.set(found.original.ocid, { ...found, members: [candidate] });
        else group.members.push(candidate);
      }
      for (const { original: first, linked, members } of groups.values()) {
        const ordered = members
          .map((member, index) => ({ member, index }))
          .sort(
            (a, b) =>
              (a.member.day ?? Number.POSITIVE_INFINITY) -
                (b.member.day ?? Number.POSITIVE_INFINITY) || a.index - b.index,
          );
        let total = 0;
        ordered.forEach(({ member }, position) => {
          total += member.amount;
          const share = total / first.value;
          if (share <= options.maxShare) return;
          out.push({
            code: ADDITIONAL_PURCHASES,
            subject: 'tender',
            subjectId: member.ocid,
            ocid: member.ocid,
            value: ratio(share),
            threshold: options.maxShare,
            evidence: [
              {
                path: linked
                  ? '/relatedProcesses'
                  : 'earlier tender of the same buyer, supplier and code',
                value: first.ocid,
                ocid: first.ocid,
              },
              { path: first.path, value: first.value, ocid: first.ocid },
              { path: member.amountPath, value: member.amount },
              { path: 'additional direct purchases so far', value: position + 1 },
              { path: 'their total', value: Math.round(total * 100) / 100 },
            ],
          });
        });
      }
    },
  };
}

/** The OCIDs of linked earlier processes; Kyrgyz identifiers are bare order ids. */
function linkedOcids(facts: Facts, relationships: readonly string[], prefix: string): string[] {
  const ocids: string[] = [];
  for (const process of list(field(facts.raw, 'relatedProcesses'))) {
    const identifier = text(field(process, 'identifier'));
    if (identifier === null) continue;
    if (!list(field(process, 'relationship')).some((r) => inList(text(r), relationships))) continue;
    ocids.push(identifier.startsWith('ocds-') ? identifier : `${prefix}-${identifier}`);
  }
  return ocids;
}
