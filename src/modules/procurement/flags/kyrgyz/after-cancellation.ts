import { codePrefix, type Facts, type Found } from './facts.ts';
import type { FlagPass, FlagSink, PassContext } from './pass.ts';
import { dayOf, field, inList, isoDay, list, text } from './read.ts';

export const DIRECT_AFTER_CANCELLATION = 'KG-DIRECT-AFTER-CANCEL';

type Cancellation = { day: number; ocid: string };
type DirectContract = { ocid: string; buyer: string; day: number; codes: Found<string>[] };

/**
 * Direct contracting on the classification code of a recently cancelled lot (DPA red flag 4):
 * a buyer cancels a competitive tender (or a lot of it) and, within a few days, buys the same
 * ОКГЗ code by direct contract. Cancellations are indexed per buyer and code (day and OCID
 * only); direct contracts are matched at the end, so the order of the file does not matter.
 */
export function directAfterCancellation({ settings }: PassContext): FlagPass {
  const options = settings.afterCancellation;
  const cancelled = new Map<string, Cancellation[]>();
  const direct: DirectContract[] = [];
  const keyOf = (buyer: string, code: string) =>
    `${buyer}\u0000${codePrefix(code, options.classificationPrefixLength)}`;

  return {
    add(facts: Facts) {
      if (facts.buyer === null) return;
      const buyer = facts.buyer.value;
      if (facts.direct === true) {
        if (facts.day !== null && facts.codes.length > 0) {
          direct.push({ ocid: facts.ocid, buyer, day: facts.day.value, codes: facts.codes });
        }
        return;
      }
      if (facts.direct !== false) return;
      if (
        options.cancelledMethodDetails.length > 0 &&
        !inList(facts.details, options.cancelledMethodDetails)
      ) {
        return;
      }
      const tender = field(facts.raw, 'tender');
      // The Kyrgyz tender.date is the date of the last status change, i.e. the cancellation.
      const day =
        dayOf(field(tender, 'date')) ?? dayOf(field(facts.raw, 'date')) ?? facts.day?.value;
      if (day === null || day === undefined) return;
      for (const code of cancelledCodes(tender, facts.status, options.cancelledStatuses)) {
        const key = keyOf(buyer, code);
        const entry = cancelled.get(key);
        if (entry === undefined) cancelled.set(key, [{ day, ocid: facts.ocid }]);
        else entry.push({ day, ocid: facts.ocid });
      }
    },
    finish(out: FlagSink) {
      for (const contract of direct) {
        let match: { code: Found<string>; cancellation: Cancellation } | null = null;
        for (const code of contract.codes) {
          for (const cancellation of cancelled.get(keyOf(contract.buyer, code.value)) ?? []) {
            const gap = contract.day - cancellation.day;
            if (gap < 0 || gap > options.windowDays) continue;
            if (match === null || cancellation.day > match.cancellation.day) {
              match = { code, cancellation };
            }
          }
        }
        if (match === null) continue;
        out.push({
          code: DIRECT_AFTER_CANCELLATION,
          subject: 'tender',
          subjectId: contract.ocid,
          ocid: contract.ocid,
          value: contract.day - match.cancellation.day,
          threshold: options.windowDays,
          evidence: [
            { path: match.code.path, value: match.code.value },
            { path: 'direct contract published', value: isoDay(contract.day) },
            {
              path: 'cancelled tender or lot',
              value: match.cancellation.ocid,
              ocid: match.cancellation.ocid,
            },
            {
              path: 'cancelled on',
              value: isoDay(match.cancellation.day),
              ocid: match.cancellation.ocid,
            },
          ],
        });
      }
    },
  };
}

/** Codes of a cancelled tender, or of the items of its cancelled lots. */
function cancelledCodes(
  tender: unknown,
  status: string | null,
  statuses: readonly string[],
): Set<string> {
  const codes = new Set<string>();
  const items = list(field(tender, 'items'));
  const itemCode = (item: unknown) => text(field(field(item, 'classification'), 'id'));
  if (inList(status, statuses)) {
    for (const item of items) {
      const code = itemCode(item);
      if (code !== null) codes.add(code);
    }
    return codes;
  }
  const lots = new Set<string>();
  for (const lot of list(field(tender, 'lots'))) {
    const id = text(field(lot, 'id'));
    if (id !== null && inList(text(field(lot, 'status')), statuses)) lots.add(id);
  }
  if (lots.size === 0) return codes;
  for (const item of items) {
    const lot = text(field(item, 'relatedLot'));
    const code = itemCode(item);
    if (lot !== null && code !== null && lots.has(lot)) codes.add(code);
  }
  return codes;
}
