import { totalMismatch } from './arithmetic.ts';
import { unexplainedWealth } from './balance.ts';
import { consistency } from './consistency.ts';
import { factsOf } from './facts.ts';
import {
  foreignAssets,
  houseWithoutLand,
  luxuryVehicle,
  relativeRefused,
  zeroPriceProperty,
} from './flags.ts';
import { dateAfterYear, noSalary, sharesOver100, unknownOwner } from './logic.ts';
import { prefillCorrected } from './prefill.ts';
import { largePurchases } from './purchases.ts';
import {
  giftsPrizesShare,
  largeCash,
  liabilitiesVsIncomeAssets,
  monetaryAssetsVsIncome,
  nonBankLoans,
  spendingVsIncome,
} from './ratios.ts';
import { registryChecks } from './registry.ts';
import { scoreFindings } from './risk.ts';
import type { Rule } from './rule.ts';
import type { CheckSettings } from './settings.ts';
import type { CheckInput, CheckResult, Finding } from './types.ts';

/** Every rule, in the order the verifier reads the findings: form first, then the money. */
export const RULES: readonly Rule[] = [
  totalMismatch,
  sharesOver100,
  dateAfterYear,
  unknownOwner,
  noSalary,
  consistency,
  registryChecks,
  prefillCorrected,
  unexplainedWealth,
  largePurchases,
  monetaryAssetsVsIncome,
  spendingVsIncome,
  liabilitiesVsIncomeAssets,
  largeCash,
  giftsPrizesShare,
  zeroPriceProperty,
  houseWithoutLand,
  luxuryVehicle,
  foreignAssets,
  nonBankLoans,
  relativeRefused,
];

/**
 * Checks one submitted declaration (Plan item 4; Strategy sections 3 and 7): pure, no database,
 * no clock; the caller supplies last year's declaration and the registry records of the family.
 */
export function runChecks(input: CheckInput, settings: CheckSettings): CheckResult {
  const facts = factsOf(input);
  const findings: Finding[] = [];
  for (const rule of RULES) rule(facts, settings, findings);
  return { findings, ...scoreFindings(findings, settings) };
}
