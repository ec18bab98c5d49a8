import { type Facts, tenderValue } from './facts.ts';
import type { FlagPass, FlagSink, PassContext } from './pass.ts';
import { inList } from './read.ts';

export const SIMPLIFIED_ABOVE_THRESHOLD = 'KG-SIMPLIFIED-OVER-THRESHOLD';

/**
 * A simplified procedure above the legal threshold (DPA red flag 16, DataPath KRAI13): the
 * simplified method is only for purchases below the maximum threshold amount, so a simplified
 * tender worth more escaped the full competitive procedure.
 */
export function simplifiedAboveThreshold({ settings }: PassContext): FlagPass {
  const options = settings.simplifiedAboveThreshold;
  return {
    add(facts: Facts, out: FlagSink) {
      if (!inList(facts.details, options.methodDetails)) return;
      const value = tenderValue(facts.raw, settings.currency);
      if (value === null || value.value <= options.threshold) return;
      out.push({
        code: SIMPLIFIED_ABOVE_THRESHOLD,
        subject: 'tender',
        subjectId: facts.ocid,
        ocid: facts.ocid,
        value: value.value,
        threshold: options.threshold,
        evidence: [
          { path: '/tender/procurementMethodDetails', value: facts.details },
          { path: value.path, value: value.value },
        ],
      });
    },
    finish() {},
  };
}
