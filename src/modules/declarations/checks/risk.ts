import { type FindingCode, SEVERITY_RANK } from './codes.ts';
import type { CheckSettings } from './settings.ts';
import type { CheckResult, Finding, RiskReason } from './types.ts';

/** Most points first; equal points by code, so the order never depends on the findings' order. */
const byPoints = (a: RiskReason, b: RiskReason) =>
  b.points - a.points || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * The risk score (deliverable 4): each finding code counts once, at its highest severity, for
 * weight x severity multiplier points (rounded to a whole point); the score is their sum capped
 * at 100. Weights and multipliers are non-negative and multipliers grow with severity, so a
 * further finding can never lower the score. At or above the full-check threshold the
 * declaration goes to the full-check queue; below it it gets an automated "checked" result.
 */
export function scoreFindings(
  findings: readonly Finding[],
  settings: CheckSettings,
): Pick<CheckResult, 'score' | 'reasons' | 'outcome'> {
  const { weights, severityMultipliers, fullCheckThreshold } = settings.risk;
  // A declaration has a few codes at most: a list beats a map here.
  const reasons: RiskReason[] = [];
  for (const f of findings) {
    let reason: RiskReason | undefined;
    for (const r of reasons) if (r.code === f.code) reason = r;
    if (reason === undefined) reasons.push({ code: f.code, severity: f.severity, points: 0 });
    else if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[reason.severity]) {
      reason.severity = f.severity;
    }
  }
  let sum = 0;
  for (const r of reasons) {
    const weight = weights[r.code as FindingCode] ?? 0;
    r.points = Math.round(weight * severityMultipliers[r.severity]);
    sum += r.points;
  }
  reasons.sort(byPoints);
  const score = Math.min(100, sum);
  return { score, reasons, outcome: score >= fullCheckThreshold ? 'full_check' : 'checked' };
}
