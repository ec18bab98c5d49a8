import type { FlagEvidence, RedFlag } from '../flags/flag.ts';
import { readFacts } from '../flags/kyrgyz/facts.ts';
import type { CompiledRelease, ReleasePass } from '../ocds/release.ts';
import { COMPONENTS, type CriFacts, NO_FACTS } from './components.ts';
import {
  CRI_CODES,
  CRI_COMPONENTS,
  type CriComponent,
  type CriSettings,
  DEFAULT_CRI_SETTINGS,
} from './settings.ts';

/** The CRI of one contracting process. */
export type TenderCri = {
  ocid: string;
  buyerId: string | null;
  /**
   * Weighted share of the applicable components that are risky, 0..1; null when no component
   * has the data it needs.
   */
  score: number | null;
  /** Components with data, risky or safe: the denominator of the score. */
  applicable: CriComponent[];
  risky: CriComponent[];
  /** Components left out of the score, with why (missing data, not applicable). */
  unknown: Partial<Record<CriComponent, string>>;
  /** The facts behind each risky component (the same evidence as its flag). */
  evidence: Partial<Record<CriComponent, FlagEvidence[]>>;
};

/** A buyer's CRI: the mean score of its scored tenders, and how often each component was risky. */
export type BuyerCri = {
  buyerId: string;
  score: number;
  /** Tenders with a score (the mean's denominator). */
  tenders: number;
  components: Partial<Record<CriComponent, { risky: number; applicable: number }>>;
};

export type CriResult = {
  /** Empty when `onTender` was given (the tenders went there instead). */
  tenders: TenderCri[];
  buyers: BuyerCri[];
  /** One flag per risky component per tender (code CRI-…), for storage. Empty with `onTender`. */
  flags: RedFlag[];
};

export type CriOptions = {
  /**
   * Receive each tender's CRI and flags as it is read instead of keeping them for `finish`: for a
   * national data set the caller stores them as it goes, so memory stays flat.
   */
  onTender?: (tender: TenderCri, flags: RedFlag[]) => void;
};

type BuyerTally = {
  sum: number;
  tenders: number;
  components: Partial<Record<CriComponent, { risky: number; applicable: number }>>;
};

/**
 * The Corruption Risk Index over OCDS compiled releases, after the Government Transparency
 * Institute's CRI (Fazekas, Tóth & King 2016): for each tender, the (weighted) share of its
 * red-flag components that are risky, counting only the components its data allows; for each
 * buyer, the mean over its tenders. Registry facts (founding dates) come in through `facts`.
 */
export function corruptionRiskIndex(
  settings: CriSettings = DEFAULT_CRI_SETTINGS,
  facts: CriFacts = NO_FACTS,
  options: CriOptions = {},
): ReleasePass<CriResult> {
  const tenders: TenderCri[] = [];
  const flags: RedFlag[] = [];
  const buyers = new Map<string, BuyerTally>();
  let result: CriResult | null = null;

  return {
    add(release: CompiledRelease) {
      if (result !== null) return;
      const read = readFacts(release, settings);
      if (read === null) return;
      const tender: TenderCri = {
        ocid: read.ocid,
        buyerId: read.buyer?.value ?? null,
        score: null,
        applicable: [],
        risky: [],
        unknown: {},
        evidence: {},
      };
      const tenderFlags: RedFlag[] = [];
      let weight = 0;
      let riskyWeight = 0;
      for (const component of CRI_COMPONENTS) {
        const outcome = COMPONENTS[component]({ facts: read, settings, registry: facts });
        if (outcome.status === 'unknown') {
          tender.unknown[component] = outcome.reason;
          continue;
        }
        const w = Math.max(0, settings.weights[component] ?? 1);
        tender.applicable.push(component);
        weight += w;
        if (outcome.status === 'safe') continue;
        riskyWeight += w;
        tender.risky.push(component);
        tender.evidence[component] = outcome.evidence;
        tenderFlags.push({
          code: CRI_CODES[component],
          subject: 'tender',
          subjectId: read.ocid,
          ocid: read.ocid,
          value: outcome.value,
          ...(outcome.threshold === undefined ? {} : { threshold: outcome.threshold }),
          evidence: outcome.evidence,
        });
      }
      tender.score = weight > 0 ? round(riskyWeight / weight) : null;
      if (tender.buyerId !== null && tender.score !== null) tally(buyers, tender);
      if (options.onTender !== undefined) {
        options.onTender(tender, tenderFlags);
        return;
      }
      tenders.push(tender);
      for (const flag of tenderFlags) flags.push(flag);
    },
    finish() {
      result ??= {
        tenders,
        flags,
        buyers: [...buyers].map(([buyerId, t]) => ({
          buyerId,
          score: round(t.sum / t.tenders),
          tenders: t.tenders,
          components: t.components,
        })),
      };
      return result;
    },
  };
}

function tally(buyers: Map<string, BuyerTally>, tender: TenderCri): void {
  const buyerId = tender.buyerId as string;
  let t = buyers.get(buyerId);
  if (t === undefined) {
    t = { sum: 0, tenders: 0, components: {} };
    buyers.set(buyerId, t);
  }
  t.sum += tender.score ?? 0;
  t.tenders += 1;
  for (const component of tender.applicable) {
    let counts = t.components[component];
    if (counts === undefined) {
      counts = { risky: 0, applicable: 0 };
      t.components[component] = counts;
    }
    counts.applicable += 1;
    if (tender.risky.includes(component)) counts.risky += 1;
  }
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
