import { findingKey } from '../keys.ts';
import type { ConflictRule, DataRule, Finding, PathStep, Severity } from '../types.ts';

/** A finding with its key computed from the path it is explained by. */
export const finding = (
  rule: ConflictRule | DataRule,
  severity: Severity,
  officialId: string,
  path: PathStep[],
): Finding => ({ rule, severity, officialId, key: findingKey(rule, path), path });
