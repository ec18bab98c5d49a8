import type { GraphIndex } from '../graph-index.ts';
import type { DetectionSettings, Finding } from '../types.ts';

/** What every rule reads: the indexed graph and the settings, prepared once per run. */
export interface RuleContext {
  ix: GraphIndex;
  settings: DetectionSettings;
  /** settings.closeDegrees as a set. */
  close: ReadonlySet<string>;
}

/** A conflict rule: the findings about one official. */
export type Rule = (cx: RuleContext, officialId: string) => Finding[];
