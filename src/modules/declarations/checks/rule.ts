import type { LocalizedText } from '../../../platform/i18n/language.ts';
import type { FindingCode } from './codes.ts';
import type { Facts } from './facts.ts';
import type { CheckSettings } from './settings.ts';
import type { Finding, Severity } from './types.ts';

/** A rule adds its findings to `out`: one shared array per declaration, nothing else allocated. */
export type Rule = (facts: Facts, settings: CheckSettings, out: Finding[]) => void;

export function finding(
  code: FindingCode,
  severity: Severity,
  amountTyiyn: number | null,
  records: string[],
  explanation: LocalizedText,
): Finding {
  return { code, severity, amountTyiyn, records, explanation };
}

/** Medium above the threshold, high above `highMultiple` times it: the ratio flags' one rule. */
export const aboveThreshold = (value: number, threshold: number, highMultiple: number): Severity =>
  value > threshold * highMultiple ? 'high' : 'medium';
