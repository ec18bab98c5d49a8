import type { FlagEvidence } from '../flag.ts';
import type { Facts } from './facts.ts';
import type { FlagPass, FlagSink, PassContext } from './pass.ts';
import { field, inList, list, text } from './read.ts';

export const DIRECT_WITHOUT_GROUND = 'KG-DIRECT-NO-GROUND';

/**
 * Direct contracting without a lawful ground: a direct contract whose procurementMethodRationale
 * is missing or is none of the grounds the Law allows (the portal's rationale codes, listed in
 * settings). An "additional purchase" ground needs the earlier tender it adds to; a direct
 * contract claiming it without any link to an earlier process is flagged too (DPA red flag 2).
 */
export function directWithoutGround({ settings }: PassContext): FlagPass {
  const options = settings.directWithoutGround;
  const patterns: RegExp[] = [];
  for (const source of options.lawfulGroundPatterns) {
    try {
      patterns.push(new RegExp(source, 'iu'));
    } catch {
      // A broken pattern in the settings matches nothing rather than stopping the run.
    }
  }
  const relationships = settings.additionalPurchases.relationships;
  return {
    add(facts: Facts, out: FlagSink) {
      if (facts.direct !== true) return;
      const method: FlagEvidence[] = [];
      if (facts.details !== null) {
        method.push({ path: '/tender/procurementMethodDetails', value: facts.details });
      } else if (facts.method !== null) {
        method.push({ path: '/tender/procurementMethod', value: facts.method });
      }
      const rationale = facts.rationale;
      const flag = (evidence: FlagEvidence[]) =>
        out.push({
          code: DIRECT_WITHOUT_GROUND,
          subject: 'tender',
          subjectId: facts.ocid,
          ocid: facts.ocid,
          value: 1,
          evidence: [...method, ...evidence],
        });
      if (rationale === null) {
        flag([{ path: '/tender/procurementMethodRationale', value: null }]);
        return;
      }
      const lawful =
        inList(rationale.value, options.lawfulGrounds) ||
        patterns.some((pattern) => pattern.test(rationale.value));
      if (!lawful) {
        flag([{ path: rationale.path, value: rationale.value }]);
        return;
      }
      if (
        inList(rationale.value, options.additionalPurchaseGrounds) &&
        !hasPriorLink(facts, relationships)
      ) {
        flag([
          { path: rationale.path, value: rationale.value },
          { path: '/relatedProcesses', value: null },
        ]);
      }
    },
    finish() {},
  };
}

function hasPriorLink(facts: Facts, relationships: readonly string[]): boolean {
  return list(field(facts.raw, 'relatedProcesses')).some(
    (process) =>
      text(field(process, 'identifier')) !== null &&
      list(field(process, 'relationship')).some((r) => inList(text(r), relationships)),
  );
}
