import { FloatColumn, groupIndices, IntColumn, PairKeys } from './columns.ts';
import { awardDay, codePrefix, contractedValue, type Facts, tenderValue } from './facts.ts';
import type { FlagPass, FlagSink, PassContext } from './pass.ts';
import { isoDay } from './read.ts';

export const SPLIT_PURCHASES = 'KG-SPLIT-PURCHASES';

const EVIDENCE_LIMIT = 20;

/**
 * Split purchases under the threshold with similar codes (DPA red flag 17, DataPath KRAI26):
 * several purchases of one buyer under the same classification prefix, each below the
 * threshold, that together exceed it within the window. The purchase that takes the running sum
 * over the threshold, and every later one in the window, is flagged.
 *
 * Most purchases are small, so this keeps one compact record per purchase and prefix: the
 * (buyer, prefix) key, day and amount in typed arrays, and the OCID.
 */
export function splitPurchases({ settings }: PassContext): FlagPass {
  const options = settings.splitPurchases;
  const keys = new PairKeys();
  const keyOf = new IntColumn();
  const days = new IntColumn();
  const amounts = new FloatColumn();
  const ocids: string[] = [];
  return {
    add(facts: Facts) {
      if (facts.buyer === null || facts.codes.length === 0) return;
      const amount =
        contractedValue(facts.raw, settings.currency) ?? tenderValue(facts.raw, settings.currency);
      if (amount === null || amount.value <= 0 || amount.value >= options.threshold) return;
      const day = facts.day?.value ?? awardDay(facts.raw)?.value ?? null;
      if (day === null) return;
      const prefixes = new Set(
        facts.codes.map((code) => codePrefix(code.value, options.classificationPrefixLength)),
      );
      for (const prefix of prefixes) {
        keyOf.push(keys.id(facts.buyer.value, prefix));
        days.push(day);
        amounts.push(amount.value);
        ocids.push(facts.ocid);
      }
    },
    finish(out: FlagSink) {
      const flagged = new Set<string>();
      const { starts, order } = groupIndices(keyOf, keys.size);
      for (let key = 0; key < keys.size; key += 1) {
        const from = starts[key] ?? 0;
        const to = starts[key + 1] ?? 0;
        if (to - from < options.minPurchases) continue;
        const series = Array.from(order.subarray(from, to)).sort(
          (a, b) => days.get(a) - days.get(b) || a - b,
        );
        const [buyer, prefix] = keys.pair(key);
        let start = 0;
        let sum = 0;
        for (let k = 0; k < series.length; k += 1) {
          const i = series[k] as number;
          const day = days.get(i);
          sum += amounts.get(i);
          while (day - days.get(series[start] as number) >= options.windowDays) {
            sum -= amounts.get(series[start] as number);
            start += 1;
          }
          const count = k - start + 1;
          const ocid = ocids[i] as string;
          if (count < options.minPurchases || sum <= options.threshold || flagged.has(ocid)) {
            continue;
          }
          flagged.add(ocid);
          // The most recent purchases only: a busy buyer can have hundreds in a window.
          const window = series.slice(Math.max(start, k + 1 - EVIDENCE_LIMIT), k + 1);
          out.push({
            code: SPLIT_PURCHASES,
            subject: 'tender',
            subjectId: ocid,
            ocid,
            value: Math.round(sum * 100) / 100,
            threshold: options.threshold,
            evidence: [
              { path: 'buyer', value: buyer ?? '' },
              { path: 'classification prefix', value: prefix ?? '' },
              { path: 'purchases in the window', value: count },
              { path: 'latest purchases', value: window.map((j) => ocids[j] as string) },
              { path: 'their amounts', value: window.map((j) => amounts.get(j)) },
              {
                path: 'window',
                value: `${isoDay(days.get(series[start] as number))}..${isoDay(day)}`,
              },
            ],
          });
        }
      }
    },
  };
}
