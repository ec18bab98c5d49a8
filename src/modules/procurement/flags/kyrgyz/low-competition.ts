import { bidderCount } from './bids.ts';
import { IntColumn, Interner } from './columns.ts';
import { codePrefix, type Facts } from './facts.ts';
import { type FlagPass, type FlagSink, type PassContext, ratio } from './pass.ts';
import { field, text } from './read.ts';

export const LOW_COMPETITION = 'KG-LOW-COMPETITION';

/**
 * Competition 30% below the average for the category and region (DPA red flag 6): a competitive
 * tender whose number of bidders is at least `shortfall` below the average number of bidders of
 * all competitive tenders with the same main classification prefix and the same buyer region.
 *
 * The average needs every tender, so each candidate is kept as three small numbers (bidders,
 * group, evidence paths) plus its OCID, and the groups as running sums.
 */
export function lowCompetition({ settings }: PassContext): FlagPass {
  const options = settings.lowCompetition;
  const groups = new Interner();
  const groupSums: number[] = [];
  const groupCounts: number[] = [];
  const paths = new Interner();
  const ocids: string[] = [];
  const groupOf = new IntColumn();
  const bidders = new IntColumn();
  const bidderPath = new IntColumn();
  const codePath = new IntColumn();
  const regionPath = new IntColumn();

  return {
    add(facts: Facts) {
      if (facts.direct !== false || facts.buyer === null || facts.mainCode === null) return;
      const count = bidderCount(facts.raw, settings, facts.bids());
      if (count === null) return;
      const buyer = facts.parties().get(facts.buyer.value);
      if (buyer === undefined) return;
      const region = text(field(field(buyer.party, 'address'), 'region'));
      if (region === null) return;
      const prefix = codePrefix(facts.mainCode.value, options.classificationPrefixLength);
      const group = groups.id(`${prefix}\u0000${region}`);
      groupSums[group] = (groupSums[group] ?? 0) + count.value;
      groupCounts[group] = (groupCounts[group] ?? 0) + 1;
      ocids.push(facts.ocid);
      groupOf.push(group);
      bidders.push(count.value);
      bidderPath.push(paths.id(count.path));
      codePath.push(paths.id(facts.mainCode.path));
      regionPath.push(paths.id(`${buyer.path}/address/region`));
    },
    finish(out: FlagSink) {
      for (let i = 0; i < ocids.length; i += 1) {
        const group = groupOf.get(i);
        const tenders = groupCounts[group] ?? 0;
        if (tenders < options.minGroupTenders) continue;
        const average = (groupSums[group] ?? 0) / tenders;
        if (average <= 0) continue;
        const n = bidders.get(i);
        const shortfall = (average - n) / average;
        if (shortfall < options.shortfall) continue;
        const [prefix, region] = groups.value(group).split('\u0000');
        const ocid = ocids[i] as string;
        out.push({
          code: LOW_COMPETITION,
          subject: 'tender',
          subjectId: ocid,
          ocid,
          value: ratio(shortfall),
          threshold: options.shortfall,
          evidence: [
            { path: paths.value(bidderPath.get(i)), value: n },
            { path: `category (prefix of ${paths.value(codePath.get(i))})`, value: prefix ?? '' },
            { path: paths.value(regionPath.get(i)), value: region ?? '' },
            { path: 'average bidders in the category and region', value: ratio(average) },
            { path: 'tenders in the category and region', value: tenders },
          ],
        });
      }
    },
  };
}
