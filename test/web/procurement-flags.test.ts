import { readFileSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { BARRED_SUPPLIER } from '../../src/modules/procurement/analysis/barred-awards.ts';
import { CARDINAL_CODES } from '../../src/modules/procurement/cardinal/settings.ts';
import { ADDITIONAL_PURCHASES } from '../../src/modules/procurement/flags/kyrgyz/additional-purchases.ts';
import { DIRECT_AFTER_CANCELLATION } from '../../src/modules/procurement/flags/kyrgyz/after-cancellation.ts';
import { BID_SPREAD } from '../../src/modules/procurement/flags/kyrgyz/bid-spread.ts';
import { CAPTIVE_SUPPLIER } from '../../src/modules/procurement/flags/kyrgyz/captive-supplier.ts';
import { DIRECT_WITHOUT_GROUND } from '../../src/modules/procurement/flags/kyrgyz/direct-without-ground.ts';
import { LOW_COMPETITION } from '../../src/modules/procurement/flags/kyrgyz/low-competition.ts';
import { NO_PENALTIES } from '../../src/modules/procurement/flags/kyrgyz/no-penalties.ts';
import { SHARED_CONTACTS } from '../../src/modules/procurement/flags/kyrgyz/shared-contacts.ts';
import { SIMPLIFIED_ABOVE_THRESHOLD } from '../../src/modules/procurement/flags/kyrgyz/simplified-above-threshold.ts';
import { SINGLE_BIDDER_BUYER } from '../../src/modules/procurement/flags/kyrgyz/single-bidder-buyer.ts';
import { SPLIT_PURCHASES } from '../../src/modules/procurement/flags/kyrgyz/split-purchases.ts';
import { ABSENT_FROM_PLAN } from '../../src/modules/procurement/plans/absent.ts';
import { CRI_CODES } from '../../src/modules/procurement/risk-index/settings.ts';
import { en } from '../../web/src/i18n/en.ts';
import { ky } from '../../web/src/i18n/ky.ts';
import { ru } from '../../web/src/i18n/ru.ts';
import { FLAG_CODES } from '../../web/src/pages/procurement/flagCodes.ts';
import { unknownReason } from '../../web/src/pages/procurement/riskReasons.ts';

const SERVER_CODES = [
  ...CARDINAL_CODES,
  SHARED_CONTACTS,
  DIRECT_WITHOUT_GROUND,
  ADDITIONAL_PURCHASES,
  DIRECT_AFTER_CANCELLATION,
  NO_PENALTIES,
  LOW_COMPETITION,
  BID_SPREAD,
  SINGLE_BIDDER_BUYER,
  SIMPLIFIED_ABOVE_THRESHOLD,
  SPLIT_PURCHASES,
  CAPTIVE_SUPPLIER,
  ...Object.values(CRI_CODES),
  BARRED_SUPPLIER,
  ABSENT_FROM_PLAN,
];

describe('the procurement pages explain every flag the engines store', () => {
  it('knows every code, and no code the engines do not write', () => {
    expect(Object.keys(FLAG_CODES).sort()).toEqual([...SERVER_CODES].sort());
  });

  it('has a name and an explanation for every code in Kyrgyz, Russian and English', () => {
    for (const { key } of Object.values(FLAG_CODES)) {
      for (const messages of [ky, ru, en]) {
        const texts = messages.procurement.flagCodes[key];
        expect(texts.name.length, key).toBeGreaterThan(3);
        expect(texts.text.length, key).toBeGreaterThan(20);
      }
    }
  });

  it('words every reason the risk index gives for leaving a component out', () => {
    const source = readFileSync(
      new URL('../../src/modules/procurement/risk-index/components.ts', import.meta.url),
      'utf8',
    );
    const reasons = [...source.matchAll(/unknown\w*\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!);
    expect(reasons.length).toBeGreaterThan(5);
    const t = ((key: string) => `words:${key}`) as unknown as TFunction;
    for (const reason of reasons) expect(unknownReason(t, reason), reason).toMatch(/^words:/);
    expect(unknownReason(t, 'procurement method "auction" not classified')).toBe(
      'words:procurement.risk.reasons.methodNotClassified',
    );
  });
});
