import type { Facts } from './facts.ts';
import type { FlagPass, FlagSink, PassContext } from './pass.ts';

export const CAPTIVE_SUPPLIER = 'KG-CAPTIVE-SUPPLIER';

const EXAMPLES = 5;

type SupplierTally = {
  buyer: string;
  /** Once a second buyer is seen the supplier can never be flagged; its details are dropped. */
  other: boolean;
  wins: number;
  latestOcid: string;
  latestDay: number;
  examples: string[];
};

/**
 * A supplier that never wins with any other buyer (DPA red flag 14): at least `minWins` won
 * contracting processes, every one of them with the same buyer.
 */
export function captiveSupplier({ settings }: PassContext): FlagPass {
  const options = settings.captiveSupplier;
  const suppliers = new Map<string, SupplierTally>();
  return {
    add(facts: Facts) {
      if (facts.buyer === null) return;
      const buyer = facts.buyer.value;
      const day = facts.day?.value ?? Number.NEGATIVE_INFINITY;
      for (const supplier of facts.winners()) {
        const tally = suppliers.get(supplier.value);
        if (tally === undefined) {
          suppliers.set(supplier.value, {
            buyer,
            other: false,
            wins: 1,
            latestOcid: facts.ocid,
            latestDay: day,
            examples: [facts.ocid],
          });
          continue;
        }
        if (tally.other) continue;
        if (tally.buyer !== buyer) {
          tally.other = true;
          tally.examples = [];
          continue;
        }
        tally.wins += 1;
        if (day >= tally.latestDay) {
          tally.latestDay = day;
          tally.latestOcid = facts.ocid;
        }
        if (tally.examples.length < EXAMPLES) tally.examples.push(facts.ocid);
      }
    },
    finish(out: FlagSink) {
      for (const [supplier, tally] of suppliers) {
        if (tally.other || tally.wins < options.minWins) continue;
        out.push({
          code: CAPTIVE_SUPPLIER,
          subject: 'supplier',
          subjectId: supplier,
          ocid: tally.latestOcid,
          value: tally.wins,
          threshold: options.minWins,
          evidence: [
            { path: 'the only buyer the supplier won with', value: tally.buyer },
            { path: "supplier's wins", value: tally.wins },
            { path: 'examples', value: tally.examples },
          ],
        });
      }
    },
  };
}
