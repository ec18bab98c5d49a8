/**
 * Settings of the Kyrgyz red flags: every threshold with its default and where the default comes
 * from. Sources are cited in docs/modules/procurement-flags.md; `SETTING_SOURCES` below repeats
 * them in machine-readable form so the UI can show them next to a flag.
 *
 * "Constructed" marks a default the team chose because no legal or methodological figure was
 * found: it must be confirmed against the Law before the flag is used for anything but triage.
 */

export type KyrgyzFlagSettings = {
  /** Amounts in another currency are ignored by the amount thresholds (no conversion is done). */
  currency: string;
  /** OCID prefix of the Kyrgyz publisher: relatedProcesses identifiers are bare order ids. */
  ocidPrefix: string;
  /** Bid statuses that count as a submitted bid; a bid with no status counts too. */
  validBidStatuses: string[];
  /** tender.procurementMethod values that mean direct contracting when there are no details. */
  directMethods: string[];
  /** tender.procurementMethodDetails values of the Kyrgyz portal that mean direct contracting. */
  directMethodDetails: string[];
  sharedContacts: {
    compareEmail: boolean;
    comparePhone: boolean;
    compareAddress: boolean;
    /** Phone numbers with fewer digits are not compared (placeholders like "0" or "-"). */
    minPhoneDigits: number;
  };
  directWithoutGround: {
    /** procurementMethodRationale codes the portal publishes for the lawful grounds. */
    lawfulGrounds: string[];
    /** Extra regular expressions (case-insensitive) a free-text rationale may match. */
    lawfulGroundPatterns: string[];
    /** Grounds that are additional purchases and so need a link to the earlier tender. */
    additionalPurchaseGrounds: string[];
  };
  additionalPurchases: {
    /** Share of the original contract value the additional direct purchases may reach. */
    maxShare: number;
    /** relatedProcesses relationships that point at the original tender. */
    relationships: string[];
    /** Also match unlinked direct purchases by same buyer, supplier and classification. */
    matchUnlinked: boolean;
    /** How long after the original award an unlinked direct purchase still counts. */
    unlinkedWindowDays: number;
    /** Characters of the main classification code compared for unlinked purchases (0 = whole). */
    classificationPrefixLength: number;
  };
  afterCancellation: {
    /** Days between the cancellation and the direct contract's publication. */
    windowDays: number;
    /** tender.status / lot status values that mean cancelled. */
    cancelledStatuses: string[];
    /** Only cancellations of these competitive methods count (empty = any non-direct method). */
    cancelledMethodDetails: string[];
    /** Characters of the classification code compared (0 = whole code). */
    classificationPrefixLength: number;
  };
  noPenalties: {
    /** Methods whose contract conditions the portal publishes (empty = all). */
    methodDetails: string[];
    /** tender.conditionOfContract fields: a positive value or `true` means a penalty/guarantee. */
    fields: string[];
  };
  lowCompetition: {
    /** Flag when bidders are at least this share below the group average. */
    shortfall: number;
    /** Characters of the main classification code that form the category (0 = whole code). */
    classificationPrefixLength: number;
    /** Groups with fewer tenders have no meaningful average and stay silent. */
    minGroupTenders: number;
  };
  bidSpread: {
    /** Flag when the spread reaches this share. */
    minSpread: number;
    /** 'range': (highest - lowest) / highest; 'winnerToNext': (second - lowest) / second. */
    mode: 'range' | 'winnerToNext';
  };
  singleBidderBuyer: {
    /** Flag a buyer with more single-bidder tenders (or lots) than this. */
    maxSingleBidder: number;
    /** Count only tenders this many days before `now` (ignored when `now` is not given). */
    lookbackDays: number;
  };
  simplifiedAboveThreshold: {
    /** procurementMethodDetails of the simplified method. */
    methodDetails: string[];
    /** Maximum amount (in `currency`) of a simplified procurement. */
    threshold: number;
  };
  splitPurchases: {
    /** Each purchase is below this, and together they exceed it. */
    threshold: number;
    classificationPrefixLength: number;
    windowDays: number;
    /** Purchases of the same buyer and code needed before the sum counts as splitting. */
    minPurchases: number;
  };
  captiveSupplier: {
    /** A supplier with at least this many wins, all with one buyer, is flagged. */
    minWins: number;
  };
};

export const DEFAULT_KYRGYZ_SETTINGS: KyrgyzFlagSettings = {
  currency: 'KGS',
  ocidPrefix: 'ocds-h7i0z4',
  validBidStatuses: ['valid', 'active', 'pending'],
  directMethods: ['direct', 'limited'],
  directMethodDetails: ['singleSource', 'consultSingleSource'],
  sharedContacts: {
    compareEmail: true,
    comparePhone: true,
    compareAddress: true,
    minPhoneDigits: 6,
  },
  directWithoutGround: {
    lawfulGrounds: [
      'additionalProcurement5',
      'additionalProcurement10',
      'additionalProcurement15',
      'additionalProcurement25',
      'annualProcurement',
      'forPenalSystem',
      'intellectualRights',
      'twiceUnsuccessful',
      'urgentNeed',
      'earlyElections',
      'foreignInstitutionsKR',
      'art',
      'selfReliance',
      'naturalMonopoly',
      'gov100Percent',
      'legalServices',
      'science',
      'forDisabled',
      'localMarketProtection',
      'forceMajeure',
      'internalSecurityProvision',
      'nationalSecurityProvision',
      'annual3percent',
    ],
    lawfulGroundPatterns: [],
    additionalPurchaseGrounds: [
      'additionalProcurement5',
      'additionalProcurement10',
      'additionalProcurement15',
      'additionalProcurement25',
    ],
  },
  additionalPurchases: {
    maxShare: 0.05,
    relationships: ['prior', 'parent'],
    matchUnlinked: true,
    unlinkedWindowDays: 365,
    classificationPrefixLength: 0,
  },
  afterCancellation: {
    windowDays: 5,
    cancelledStatuses: ['cancelled'],
    cancelledMethodDetails: ['oneStage', 'simplicated', 'downgrade'],
    classificationPrefixLength: 0,
  },
  noPenalties: {
    methodDetails: ['oneStage', 'simplicated', 'downgrade', 'twostage'],
    fields: [
      'lateDeliveryRate',
      'latePaymentRate',
      'lateGuaranteeRate',
      'guaranteePercent',
      'maxDeductibleAmountDelivery',
      'maxDeductibleAmountPayment',
      'maxDeductibleAmountGuarantee',
      'hasGuarantee',
      'hasInsurance',
      'hasTechnicalControl',
    ],
  },
  lowCompetition: { shortfall: 0.3, classificationPrefixLength: 6, minGroupTenders: 5 },
  bidSpread: { minSpread: 0.3, mode: 'range' },
  singleBidderBuyer: { maxSingleBidder: 20, lookbackDays: 365 },
  simplifiedAboveThreshold: { methodDetails: ['simplicated'], threshold: 1_000_000 },
  splitPurchases: {
    threshold: 1_000_000,
    classificationPrefixLength: 6,
    windowDays: 365,
    minPurchases: 2,
  },
  captiveSupplier: { minWins: 3 },
};

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[]
    ? T[K]
    : T[K] extends object
      ? DeepPartial<T[K]>
      : T[K];
};

export type KyrgyzSettingsOverrides = DeepPartial<KyrgyzFlagSettings>;

/** The defaults with some settings replaced (lists are replaced whole, not merged). */
export function kyrgyzSettings(overrides: KyrgyzSettingsOverrides = {}): KyrgyzFlagSettings {
  const merged: Record<string, unknown> = { ...DEFAULT_KYRGYZ_SETTINGS };
  for (const [key, value] of Object.entries(overrides)) {
    const base = (DEFAULT_KYRGYZ_SETTINGS as Record<string, unknown>)[key];
    merged[key] =
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      typeof base === 'object'
        ? { ...(base as object), ...(value as object) }
        : value;
  }
  return merged as KyrgyzFlagSettings;
}

export type SettingSource = {
  /** Dotted settings path, e.g. "splitPurchases.threshold". */
  setting: string;
  source: string;
  url?: string;
  /** True when the default is the team's choice, to be confirmed against the Law. */
  constructed: boolean;
};

const LAW_2022 = 'Law of the Kyrgyz Republic "On public procurement" of 14 April 2022 No. 27';
const LAW_2015 = 'Law of the Kyrgyz Republic "On public procurement" of 3 April 2015 No. 72';
const DPA_REPO =
  'https://github.com/DPAteam/Kyrgyz-Republic-Open-Data-OCDS-Transformation-Analytics';
const DPA_FLAGS = `${DPA_REPO} ("Open Data OCDS Red flags monitoring app", loader/…/functions)`;

export const SETTING_SOURCES: SettingSource[] = [
  {
    setting: 'directMethodDetails',
    source: `Kyrgyz OCDS exporter: procurement_method 6 → "singleSource", 15 → "consultSingleSource" (OCDS export/…/sql/tendering/tender.sql)`,
    url: DPA_REPO,
    constructed: false,
  },
  {
    setting: 'directWithoutGround.lawfulGrounds',
    source: `Kyrgyz OCDS exporter: single_source_reason → procurementMethodRationale codes (sql/tendering/tender.sql, sql/tendering-single-source/tender.sql). The codes follow the grounds of ${LAW_2015}, Art. 21(4); the 2022 Law lists 57 single-source cases (24.kg, 11 April 2025), so codes the portal adds later must be added here`,
    url: DPA_REPO,
    constructed: false,
  },
  {
    setting: 'sharedContacts',
    source: `DPA red flag 1 / DataPath KRAI27 (same street address + locality + district, same e-mail or same phone among bidders of a lot); ${LAW_2015}, Art. 6(3) (founders/managers shared between bidders of one tender)`,
    url: 'https://github.com/dbolshev/Kyrgyzstan-indicators/blob/master/KRAI27.rst',
    constructed: false,
  },
  {
    setting: 'sharedContacts.minPhoneDigits',
    source: 'Team choice: shorter "numbers" are placeholders',
    constructed: true,
  },
  {
    setting: 'additionalPurchases.maxShare',
    source: `DPA red flags 3 and 15 ("до 5% от стоимости предыдущего конкурса"); the exporter maps additional purchases to "additionalProcurement5" from 29 June 2019 (before: 15% / 25%, ${LAW_2015}, Art. 21(4)(1)-(2) as first enacted). Figure under ${LAW_2022}: to be confirmed`,
    url: DPA_FLAGS,
    constructed: false,
  },
  {
    setting: 'additionalPurchases.unlinkedWindowDays',
    source: 'Team choice: how long after the original award an unlinked direct purchase is matched',
    constructed: true,
  },
  {
    setting: 'afterCancellation.windowDays',
    source:
      'DPA red flag 4 (update_mkrai_4.sql: direct contract published ≤ 5 days after the cancelled lot/tender with the same ОКГЗ code)',
    url: DPA_FLAGS,
    constructed: false,
  },
  {
    setting: 'noPenalties.fields',
    source:
      'DPA red flag 5 (update_mkrai_5.sql) over tender.conditionOfContract, the Kyrgyz extension field (exporter sql/tendering/conditionOfContract.sql)',
    url: DPA_FLAGS,
    constructed: false,
  },
  {
    setting: 'lowCompetition.shortfall',
    source:
      'DPA red flag 6 (update_mkrai_6.sql: (average − bidders) / average ≥ 30% for the ОКГЗ code in the buyer region)',
    url: DPA_FLAGS,
    constructed: false,
  },
  {
    setting: 'lowCompetition.classificationPrefixLength',
    source:
      'Team choice: DPA groups by the whole ОКГЗ code; 6 characters (the "similar codes" prefix of DPA flag 17) gives larger groups. Set 0 for the whole code',
    constructed: true,
  },
  {
    setting: 'lowCompetition.minGroupTenders',
    source: 'Team choice: no average is taken over fewer tenders',
    constructed: true,
  },
  {
    setting: 'bidSpread.minSpread',
    source: 'DPA red flag 7 (update_mkrai_7.sql: (max − min) / max ≥ 30% among the bids on a lot)',
    url: DPA_FLAGS,
    constructed: false,
  },
  {
    setting: 'singleBidderBuyer.maxSingleBidder',
    source:
      'DPA red flag 8 (update_mkrai_8.sql: a buyer whose lots drew one bidder more than 20 times)',
    url: DPA_FLAGS,
    constructed: false,
  },
  {
    setting: 'singleBidderBuyer.lookbackDays',
    source:
      'Team choice approximating DPA\'s "current year" (one_bidder_in_tender counts the current calendar year)',
    constructed: true,
  },
  {
    setting: 'simplifiedAboveThreshold.threshold',
    source: `DPA red flag 16 (update_mkrai_16.sql) and DataPath KRAI13 compare with 1,000,000 som; ${LAW_2015}, Art. 19(1): the simplified method is for purchases "на сумму менее максимальной пороговой суммы". The figure itself was not found in the Law text: to be confirmed against the Law / Cabinet thresholds`,
    url: DPA_FLAGS,
    constructed: true,
  },
  {
    setting: 'splitPurchases.threshold',
    source: `DPA red flag 17 (update_mkrai_17.sql: purchases of one buyer from one supplier under similar codes summing over 1,000,000 som in a year); ${LAW_2015}, Art. 21(4)(3) ("один раз в год до минимальной пороговой суммы"). The figure is to be confirmed against the Law`,
    url: DPA_FLAGS,
    constructed: true,
  },
  {
    setting: 'splitPurchases.classificationPrefixLength',
    source: 'DPA red flag 17 / DataPath KRAI26: the first 6 characters of the ОКГЗ code',
    url: 'https://github.com/dbolshev/Kyrgyzstan-indicators/blob/master/KRAI26.rst',
    constructed: false,
  },
  {
    setting: 'splitPurchases.windowDays',
    source: "Team choice: a rolling 365 days instead of DPA's calendar year",
    constructed: true,
  },
  {
    setting: 'splitPurchases.minPurchases',
    source: 'Team choice: at least two purchases make a split',
    constructed: true,
  },
  {
    setting: 'captiveSupplier.minWins',
    source:
      "DPA red flag 14 (supplier never won with another buyer) has no minimum; 3 wins is the team's choice so new suppliers are not all flagged",
    constructed: true,
  },
];
