import type { FlagEvidence } from '../flag.ts';
import type { Facts } from './facts.ts';
import type { FlagPass, FlagSink, PassContext } from './pass.ts';
import { bool, field, inList, num, obj } from './read.ts';

export const NO_PENALTIES = 'KG-NO-PENALTIES';

/**
 * No penalties in the contract. OCDS has no field for contract penalties; the Kyrgyz portal
 * publishes the conditions of contract in an extension object, tender.conditionOfContract
 * (late delivery/payment rates, guarantee, maximum deductible amounts, insurance, technical
 * control). The flag is raised when that object is published, at least one of its penalty
 * fields is filled, and none provides a penalty or guarantee (DPA red flag 5). When the publisher
 * does not fill the object, the flag is silent: a missing object is not a missing penalty.
 */
export function noPenalties({ settings }: PassContext): FlagPass {
  const options = settings.noPenalties;
  return {
    add(facts: Facts, out: FlagSink) {
      if (facts.direct === true) return;
      if (options.methodDetails.length > 0 && !inList(facts.details, options.methodDetails)) return;
      const conditions = obj(field(field(facts.raw, 'tender'), 'conditionOfContract'));
      if (conditions === null) return;
      const evidence: FlagEvidence[] = [];
      for (const name of options.fields) {
        const value = field(conditions, name);
        const path = `/tender/conditionOfContract/${name}`;
        const amount = num(value);
        if (amount !== null) {
          if (amount > 0) return;
          evidence.push({ path, value: amount });
          continue;
        }
        const flag = bool(value);
        if (flag !== null) {
          if (flag) return;
          evidence.push({ path, value: flag });
        }
      }
      if (evidence.length === 0) return;
      out.push({
        code: NO_PENALTIES,
        subject: 'tender',
        subjectId: facts.ocid,
        ocid: facts.ocid,
        value: 1,
        evidence,
      });
    },
    finish() {},
  };
}
