import type { LocalizedText } from '../../../platform/i18n/language.ts';
import type { RegistryRecords } from '../registry/records.ts';
import type { SubmittedContent } from '../submitted.ts';

export type Severity = 'info' | 'low' | 'medium' | 'high';

/** One thing the checks found, with the records behind it and why it matters, in ky/ru/en. */
export interface Finding {
  code: string;
  severity: Severity;
  /** The sum at stake in tyiyn (som), when there is one. */
  amountTyiyn: number | null;
  /** The items behind the finding: "incomes:<id>", "realEstate:<id>", "registry:realEstate:<recordId>", "previous:realEstate:<id>"... */
  records: string[];
  explanation: LocalizedText;
}

export interface DeclarationForCheck {
  id: string;
  year: number;
  declarantPin: string;
  content: SubmittedContent;
}

export interface CheckInput {
  declaration: DeclarationForCheck;
  /** The same declarant's declaration for the year before, when there is one. */
  previous: DeclarationForCheck | null;
  /** Registry records of the declarant and the relatives with a PIN. */
  registry: RegistryRecords;
}

export interface RiskReason {
  code: string;
  severity: Severity;
  points: number;
}

export interface CheckResult {
  findings: Finding[];
  /** 0..100, the sum of the reasons' points, capped. */
  score: number;
  reasons: RiskReason[];
  /** Above the threshold: the full-check queue; otherwise an automated "checked" result. */
  outcome: 'full_check' | 'checked';
}
