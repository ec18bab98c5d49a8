import type { ProcurementEngine } from '../../api/types.ts';

/**
 * Every red-flag code the engines store, with the key of its name and explanation in the web
 * texts (procurement.flagCodes.<key>). The codes are the server's (Cardinal R…, KG-…, CRI-…,
 * BARRED-SUPPLIER, PLAN-ABSENT); test/web/procurement-flags.test.ts keeps this list in step.
 */
export const FLAG_CODES = {
  R003: { engine: 'cardinal', key: 'r003' },
  R018: { engine: 'cardinal', key: 'r018' },
  R024: { engine: 'cardinal', key: 'r024' },
  R025: { engine: 'cardinal', key: 'r025' },
  R028: { engine: 'cardinal', key: 'r028' },
  R030: { engine: 'cardinal', key: 'r030' },
  R035: { engine: 'cardinal', key: 'r035' },
  R036: { engine: 'cardinal', key: 'r036' },
  R038: { engine: 'cardinal', key: 'r038' },
  R048: { engine: 'cardinal', key: 'r048' },
  R058: { engine: 'cardinal', key: 'r058' },
  'KG-SHARED-CONTACTS': { engine: 'kyrgyz', key: 'sharedContacts' },
  'KG-DIRECT-NO-GROUND': { engine: 'kyrgyz', key: 'directNoGround' },
  'KG-ADDITIONAL-PURCHASES': { engine: 'kyrgyz', key: 'additionalPurchases' },
  'KG-DIRECT-AFTER-CANCEL': { engine: 'kyrgyz', key: 'directAfterCancel' },
  'KG-NO-PENALTIES': { engine: 'kyrgyz', key: 'noPenalties' },
  'KG-LOW-COMPETITION': { engine: 'kyrgyz', key: 'lowCompetition' },
  'KG-BID-SPREAD': { engine: 'kyrgyz', key: 'bidSpread' },
  'KG-BUYER-SINGLE-BIDDER': { engine: 'kyrgyz', key: 'buyerSingleBidder' },
  'KG-SIMPLIFIED-OVER-THRESHOLD': { engine: 'kyrgyz', key: 'simplifiedOverThreshold' },
  'KG-SPLIT-PURCHASES': { engine: 'kyrgyz', key: 'splitPurchases' },
  'KG-CAPTIVE-SUPPLIER': { engine: 'kyrgyz', key: 'captiveSupplier' },
  'CRI-SINGLE-BID': { engine: 'cri', key: 'criSingleBid' },
  'CRI-NO-CALL': { engine: 'cri', key: 'criNoCall' },
  'CRI-NON-OPEN-PROCEDURE': { engine: 'cri', key: 'criNonOpenProcedure' },
  'CRI-SHORT-ADVERTISEMENT': { engine: 'cri', key: 'criShortAdvertisement' },
  'CRI-DECISION-PERIOD': { engine: 'cri', key: 'criDecisionPeriod' },
  'CRI-TAX-HAVEN': { engine: 'cri', key: 'criTaxHaven' },
  'CRI-NEW-SUPPLIER': { engine: 'cri', key: 'criNewSupplier' },
  'BARRED-SUPPLIER': { engine: 'barred', key: 'barredSupplier' },
  'PLAN-ABSENT': { engine: 'plan', key: 'planAbsent' },
} as const satisfies Record<string, { engine: ProcurementEngine; key: string }>;

export type FlagCode = keyof typeof FLAG_CODES;
export type FlagKey = (typeof FLAG_CODES)[FlagCode]['key'];

export const isFlagCode = (code: string): code is FlagCode => Object.hasOwn(FLAG_CODES, code);

/** The engines in the order the pages list them: the most specific findings first. */
export const ENGINES = ['barred', 'plan', 'kyrgyz', 'cri', 'cardinal'] as const;
export type ShownEngine = (typeof ENGINES)[number];

export const codesOf = (engine: ShownEngine): FlagCode[] =>
  (Object.keys(FLAG_CODES) as FlagCode[]).filter((code) => FLAG_CODES[code].engine === engine);
