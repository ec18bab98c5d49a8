import { describe, expect, it } from 'vitest';
import {
  type BarPeriod,
  barOn,
  barState,
  barsFor,
  bishkekDay,
  identifierOf,
  indexBars,
  startOfBishkekDay,
} from './matcher.ts';

const INN = '02203201910150';
const bar = (over: Partial<BarPeriod> = {}): BarPeriod => ({
  identifier: INN,
  restrictions: ['procurement', 'tenders'],
  barredFrom: '2024-03-01',
  barredUntil: '2026-02-28',
  liftedAt: null,
  ...over,
});
// Noon in Bishkek (UTC+6) on that day.
const on = (day: string) => new Date(`${day}T06:00:00Z`);

describe('identifierOf', () => {
  it('reads the bare INN, with spaces, and behind an OCDS scheme prefix', () => {
    expect(identifierOf(INN)).toBe(INN);
    expect(identifierOf(' 0220 3201 9101 50 ')).toBe(INN);
    expect(identifierOf(`KG-INN-${INN}`)).toBe(INN);
    expect(identifierOf(`kg-inn-${INN}`)).toBe(INN);
    expect(identifierOf(`INN:${INN}`)).toBe(INN);
    expect(identifierOf(`KG-${INN}`)).toBe(INN);
  });

  it('refuses what is not 14 digits rather than guessing', () => {
    expect(identifierOf('')).toBeNull();
    expect(identifierOf('0220320191015')).toBeNull();
    expect(identifierOf('022032019101500')).toBeNull();
    expect(identifierOf('KG-INN-0220320191015')).toBeNull();
    expect(identifierOf('0220320191015O')).toBeNull();
    expect(identifierOf(`-${INN}`)).toBeNull();
    expect(identifierOf(`12-${INN}`)).toBeNull();
    expect(identifierOf(`KG-INN-${INN}-1`)).toBeNull();
  });
});

describe('the Bishkek calendar', () => {
  it('turns moments into Bishkek days (UTC+6) and back', () => {
    expect(bishkekDay(new Date('2025-03-01T17:59:59Z'))).toBe('2025-03-01');
    expect(bishkekDay(new Date('2025-03-01T18:00:00Z'))).toBe('2025-03-02');
    expect(startOfBishkekDay('2025-03-02').toISOString()).toBe('2025-03-01T18:00:00.000Z');
  });
});

describe('barOn', () => {
  it('applies from the first to the last day, both included, for the restrictions named', () => {
    expect(barOn(bar(), on('2024-03-01'), 'procurement')).toBe(true);
    expect(barOn(bar(), on('2026-02-28'), 'tenders')).toBe(true);
    expect(barOn(bar(), on('2024-02-29'), 'procurement')).toBe(false);
    expect(barOn(bar(), on('2026-03-01'), 'procurement')).toBe(false);
    expect(barOn(bar(), on('2025-01-01'), 'subsidies')).toBe(false);
  });

  it('counts days by the Bishkek calendar: 19:00 UTC on the day before is already the first day', () => {
    expect(barOn(bar(), new Date('2024-02-29T19:00:00Z'), 'procurement')).toBe(true);
    expect(barOn(bar(), new Date('2024-02-29T17:00:00Z'), 'procurement')).toBe(false);
  });

  it('has no end when there is no last day', () => {
    expect(barOn(bar({ barredUntil: null }), on('2099-12-31'), 'procurement')).toBe(true);
  });

  it('stops applying at the moment it is lifted, not before', () => {
    const liftedAt = new Date('2025-06-10T04:00:00Z');
    const lifted = bar({ liftedAt });
    expect(barOn(lifted, new Date('2025-06-10T03:59:59Z'), 'procurement')).toBe(true);
    expect(barOn(lifted, liftedAt, 'procurement')).toBe(false);
    expect(barOn(lifted, on('2025-12-01'), 'procurement')).toBe(false);
    expect(barOn(lifted, on('2025-01-01'), 'procurement')).toBe(true);
  });
});

describe('barState', () => {
  it('tells active, scheduled, expired and lifted apart', () => {
    expect(barState(bar(), on('2025-01-01'))).toBe('active');
    expect(barState(bar(), on('2024-01-01'))).toBe('scheduled');
    expect(barState(bar(), on('2026-03-01'))).toBe('expired');
    expect(barState(bar({ liftedAt: on('2024-06-01') }), on('2025-01-01'))).toBe('lifted');
    // Lifting wins over running out: the record says why the bar ended.
    expect(barState(bar({ liftedAt: on('2024-06-01') }), on('2027-01-01'))).toBe('lifted');
  });
});

describe('barsFor', () => {
  const other = bar({ identifier: '01503200010010', restrictions: ['subsidies'] });
  const second = bar({ restrictions: ['subsidies'], barredFrom: '2025-01-01', barredUntil: null });
  const entries = [bar(), other, second];

  it('finds the bars of one entity in force on a day, for one restriction or any', () => {
    expect(barsFor(entries, `KG-INN-${INN}`, on('2025-05-01'), 'procurement')).toEqual([bar()]);
    expect(barsFor(entries, INN, on('2025-05-01'))).toEqual([bar(), second]);
    expect(barsFor(entries, INN, on('2024-05-01'), 'subsidies')).toEqual([]);
    expect(barsFor(entries, '01503200010010', on('2025-05-01'), 'procurement')).toEqual([]);
    expect(barsFor(entries, 'not an INN', on('2025-05-01'))).toEqual([]);
  });

  it('answers the same from an index of the register', () => {
    const index = indexBars(entries);
    expect(barsFor(index, INN, on('2025-05-01'))).toEqual([bar(), second]);
    expect(barsFor(index, '01503200010010', on('2025-05-01'), 'subsidies')).toEqual([other]);
    expect(barsFor(index, '99999999999999', on('2025-05-01'))).toEqual([]);
  });
});
