import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src/modules/declarations/checks/codes.ts';
import { en } from '../../web/src/i18n/en.ts';
import { ky } from '../../web/src/i18n/ky.ts';
import { ru } from '../../web/src/i18n/ru.ts';
import { bishkekDate, dayAfter, filedLate } from '../../web/src/pages/declarations/checks/days.ts';
import {
  asCode,
  asMinScore,
  asSort,
  asState,
  asYear,
} from '../../web/src/pages/declarations/checks/queueParams.ts';
import { parseRecord } from '../../web/src/pages/declarations/shared/findingRecords.ts';
import { somFromTyiyn } from '../../web/src/pages/declarations/shared/tyiyn.ts';
import { landingPath } from '../../web/src/session/landing.ts';

describe('the verifier pages read the findings as the checks write them', () => {
  it('names the records behind a finding', () => {
    expect(parseRecord('realEstate:re-1')).toEqual({
      kind: 'item',
      section: 'realEstate',
      id: 're-1',
    });
    // Ids may hold colons: only the prefixes are split off.
    expect(parseRecord('vehicles:a:b')).toEqual({ kind: 'item', section: 'vehicles', id: 'a:b' });
    expect(parseRecord('previous:spending:s1')).toEqual({
      kind: 'previousItem',
      section: 'spending',
      id: 's1',
    });
    expect(parseRecord('previous:declaration:d-9')).toEqual({
      kind: 'previousDeclaration',
      id: 'd-9',
    });
    expect(parseRecord('registry:companyRoles:SYN-LE-1')).toEqual({
      kind: 'registry',
      registry: 'companyRoles',
      id: 'SYN-LE-1',
    });
    expect(parseRecord('something:else')).toEqual({ kind: 'other', text: 'something:else' });
    expect(parseRecord('plain')).toEqual({ kind: 'other', text: 'plain' });
  });

  it('writes tyiyn as som without floating point', () => {
    expect(somFromTyiyn(1_090_314_000)).toBe('10903140.00');
    expect(somFromTyiyn(5)).toBe('0.05');
    expect(somFromTyiyn(-150)).toBe('-1.50');
    expect(somFromTyiyn(9_007_199_254_740_991)).toBe('90071992547409.91');
  });

  it('has a label for every finding code in every language', () => {
    for (const messages of [ky, ru, en]) {
      for (const code of FINDING_CODES) {
        const [group, name] = code.split('.') as [string, string];
        const codes = messages.declarationChecks.codes as Record<string, Record<string, string>>;
        expect(codes[group]?.[name], code).toBeTruthy();
      }
    }
  });
});

describe('full-check queue addresses', () => {
  it('falls back to no filter for anything the server would refuse', () => {
    expect(asState('concluded')).toBe('concluded');
    expect(asState('closed')).toBe('');
    expect(asCode('balance.unexplained_wealth')).toBe('balance.unexplained_wealth');
    expect(asCode('balance.whatever')).toBe('');
    expect(asSort('-entered')).toBe('-entered');
    expect(asSort('-salary')).toBe('-score');
    expect(asYear('2024')).toBe(2024);
    expect(asYear('24')).toBeUndefined();
    expect(asMinScore('100')).toBe(100);
    expect(asMinScore('101')).toBeUndefined();
  });
});

describe('deadlines are Bishkek days', () => {
  it('takes the date in Bishkek, not in UTC', () => {
    // 20:00 UTC on 1 April is 02:00 on 2 April in Bishkek (UTC+6).
    expect(bishkekDate(new Date('2025-04-01T20:00:00Z'))).toBe('2025-04-02');
    expect(filedLate('2025-04-01T17:59:00Z', '2025-04-01')).toBe(false);
    expect(filedLate('2025-04-01T18:00:00Z', '2025-04-01')).toBe(true);
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
  });
});

describe('landing after sign-in', () => {
  it('sends verifiers to the full-check queue and prosecutors to their referrals', () => {
    expect(landingPath(['verifier'])).toBe('/work/declaration-checks');
    expect(landingPath(['prosecutor'])).toBe('/work/referrals');
  });
});
