import { edgeProblems } from './data/edge-problems.ts';
import { kinshipProblems } from './data/kinship.ts';
import { indexGraph } from './graph-index.ts';
import type { Rule, RuleContext } from './rules/context.ts';
import { incompatiblePosts } from './rules/incompatible-posts.ts';
import { relatedPartyDealings } from './rules/related-party.ts';
import { relativeSubordinate } from './rules/relative-subordinate.ts';
import type { ConflictGraph, DetectionSettings, Finding } from './types.ts';

export { DEFAULT_DETECTION_SETTINGS } from './settings.ts';

const RULES: readonly Rule[] = [relativeSubordinate, relatedPartyDealings, incompatiblePosts];

/**
 * Finds potential conflicts of interest in a relations graph, with the path that explains each.
 * Pure: no database, no clock (the settings carry the day), the same graph gives the same
 * findings in the same order whatever order its edges came in. Never throws on bad data: edges
 * it cannot read become data findings.
 *
 * `officials` narrows the run to those persons (the incremental re-check); otherwise every
 * person marked official. Either way only persons the graph holds as officials are judged.
 */
export function detectConflicts(
  graph: ConflictGraph,
  opts: { officials?: Iterable<string>; settings: DetectionSettings },
): Finding[] {
  const ix = indexGraph(graph);
  const scope = new Set<string>();
  const wanted = opts.officials ? new Set(opts.officials) : null;
  for (const [id, person] of ix.persons) {
    if (person?.official === true && (wanted === null || wanted.has(id))) scope.add(id);
  }
  const settings = readableSettings(opts.settings);
  const cx: RuleContext = { ix, settings, close: new Set(settings.closeDegrees) };

  // A key is the finding's identity: the first of two same-keyed findings wins.
  const found = new Map<string, Finding>();
  const add = (f: Finding) => {
    if (!found.has(f.key)) found.set(f.key, f);
  };
  for (const officialId of [...scope].sort()) {
    for (const rule of RULES) for (const f of rule(cx, officialId)) add(f);
  }
  for (const f of edgeProblems(ix, scope)) add(f);
  for (const f of kinshipProblems(ix, scope)) add(f);
  return [...found.values()].sort(
    (a, b) =>
      compare(a.officialId, b.officialId) || compare(a.rule, b.rule) || compare(a.key, b.key),
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Settings as the rules read them: a missing day means today, missing degrees none. */
function readableSettings(settings: DetectionSettings): DetectionSettings {
  const asOf =
    typeof settings?.asOf === 'string' && settings.asOf !== ''
      ? settings.asOf
      : new Date().toISOString().slice(0, 10);
  return {
    closeDegrees: Array.isArray(settings?.closeDegrees) ? settings.closeDegrees : [],
    includeAssociations: settings?.includeAssociations === true,
    asOf,
  };
}
