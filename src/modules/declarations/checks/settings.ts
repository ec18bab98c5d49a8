import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseAmount } from '../../../platform/money.ts';
import { FINDING_CODES, type FindingCode } from './codes.ts';
import type { Severity } from './types.ts';

/**
 * The thresholds and risk weights of the checks: a reviewed file, data/check-settings.json, so
 * that changing a threshold is one reviewed commit (see docs/modules/declarations-checks.md).
 * The file writes som amounts as decimal strings; the engine gets them as integer tyiyn, like
 * every amount it reads.
 */
const settingsFile = new URL('../data/check-settings.json', import.meta.url);

/** A som amount as a decimal string, "2000000" or "0.50", turned into integer tyiyn. */
const som = z
  .string()
  .regex(/^\d{1,13}(\.\d{1,2})?$/, 'a som amount as a decimal string, e.g. "2000000"')
  .transform((s) => Number(parseAmount(s)));
const share = z.number().min(0).max(1);
const multiple = z.number().positive().max(1000);

export const checkSettingsFile = z.strictObject({
  /** Changes with every reviewed edit; a check result records the version it was made with. */
  version: z.string().min(1).max(40),
  /** Who reviewed these values (body, person, date); null while they are the team's proposal. */
  reviewedBy: z.string().min(1).max(300).nullable(),
  note: z.string().max(2000),
  arithmetic: z.strictObject({ totalToleranceSom: som }),
  registry: z.strictObject({ areaToleranceShare: share }),
  balance: z.strictObject({
    toleranceSom: som,
    toleranceShareOfIncome: share,
    mediumShareOfIncome: z.number().min(0).max(100),
    highShareOfIncome: z.number().min(0).max(100),
  }),
  purchases: z.strictObject({ immovableSom: som, movableSom: som }),
  ratios: z.strictObject({
    floorSom: som,
    highMultiple: z.number().min(1).max(1000),
    monetaryAssetsToIncome: multiple,
    spendingToIncomeAndAssets: multiple,
    liabilitiesToIncomeAndAssets: multiple,
    largeCashSom: som,
    giftsPrizesShareOfIncome: share,
    luxuryVehicleSom: som,
    luxuryMakes: z.array(z.string().trim().min(1).max(80)).max(200),
    nonBankLoansSom: som,
  }),
  risk: z.strictObject({
    fullCheckThreshold: z.number().min(0).max(100),
    severityMultipliers: z
      .strictObject({ info: share, low: share, medium: share, high: share })
      .refine((m) => m.info <= m.low && m.low <= m.medium && m.medium <= m.high, {
        message: 'multipliers must not decrease from info to high',
      }),
    /** Points of each finding code at high severity; every code must have one. */
    weights: z.record(z.enum(FINDING_CODES), z.number().min(0).max(100)),
  }),
});
export type CheckSettingsFile = z.input<typeof checkSettingsFile>;

/** What the engine reads: amounts in tyiyn, luxury makes lower-cased for a set lookup. */
export interface CheckSettings {
  version: string;
  reviewedBy: string | null;
  note: string;
  arithmetic: { totalToleranceTyiyn: number };
  registry: { areaToleranceShare: number };
  balance: {
    toleranceTyiyn: number;
    toleranceShareOfIncome: number;
    mediumShareOfIncome: number;
    highShareOfIncome: number;
  };
  purchases: { immovableTyiyn: number; movableTyiyn: number };
  ratios: {
    floorTyiyn: number;
    highMultiple: number;
    monetaryAssetsToIncome: number;
    spendingToIncomeAndAssets: number;
    liabilitiesToIncomeAndAssets: number;
    largeCashTyiyn: number;
    giftsPrizesShareOfIncome: number;
    luxuryVehicleTyiyn: number;
    luxuryMakes: ReadonlySet<string>;
    nonBankLoansTyiyn: number;
  };
  risk: {
    fullCheckThreshold: number;
    severityMultipliers: Readonly<Record<Severity, number>>;
    weights: Readonly<Record<FindingCode, number>>;
  };
}

/** Checks a settings file's content and gives the engine's view of it; throws a ZodError. */
export function parseCheckSettings(json: unknown): CheckSettings {
  const f = checkSettingsFile.parse(json);
  return {
    version: f.version,
    reviewedBy: f.reviewedBy,
    note: f.note,
    arithmetic: { totalToleranceTyiyn: f.arithmetic.totalToleranceSom },
    registry: { areaToleranceShare: f.registry.areaToleranceShare },
    balance: {
      toleranceTyiyn: f.balance.toleranceSom,
      toleranceShareOfIncome: f.balance.toleranceShareOfIncome,
      mediumShareOfIncome: f.balance.mediumShareOfIncome,
      highShareOfIncome: f.balance.highShareOfIncome,
    },
    purchases: { immovableTyiyn: f.purchases.immovableSom, movableTyiyn: f.purchases.movableSom },
    ratios: {
      floorTyiyn: f.ratios.floorSom,
      highMultiple: f.ratios.highMultiple,
      monetaryAssetsToIncome: f.ratios.monetaryAssetsToIncome,
      spendingToIncomeAndAssets: f.ratios.spendingToIncomeAndAssets,
      liabilitiesToIncomeAndAssets: f.ratios.liabilitiesToIncomeAndAssets,
      largeCashTyiyn: f.ratios.largeCashSom,
      giftsPrizesShareOfIncome: f.ratios.giftsPrizesShareOfIncome,
      luxuryVehicleTyiyn: f.ratios.luxuryVehicleSom,
      luxuryMakes: new Set(f.ratios.luxuryMakes.map((m) => m.toLowerCase())),
      nonBankLoansTyiyn: f.ratios.nonBankLoansSom,
    },
    risk: {
      fullCheckThreshold: f.risk.fullCheckThreshold,
      severityMultipliers: f.risk.severityMultipliers,
      weights: f.risk.weights,
    },
  };
}

let loaded: CheckSettings | null = null;

/** The reviewed settings from data/check-settings.json, read once per process. */
export function loadCheckSettings(): CheckSettings {
  loaded ??= parseCheckSettings(JSON.parse(readFileSync(settingsFile, 'utf8')));
  return loaded;
}
