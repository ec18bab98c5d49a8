import { describe, expect, it } from 'vitest';
import { pinBirthDate, pinGender, pinProblem } from './pin.ts';

// A man born 15 March 1985, serial 00123.
const MAN = '21503198500123';

describe('the Kyrgyz PIN: sex digit, birth date DDMMYYYY, 5-digit serial', () => {
  it('accepts a well-formed PIN and reads the birth date and sex from it', () => {
    expect(pinProblem(MAN)).toBeNull();
    expect(pinProblem(` ${MAN} `)).toBeNull();
    expect(pinBirthDate(MAN)).toBe('1985-03-15');
    expect(pinGender(MAN)).toBe('male');
    expect(pinGender('12902200000001')).toBe('female');
  });

  it('reports a wrong length or a non-digit as pin_format', () => {
    expect(pinProblem('2150319850012')).toBe('pin_format');
    expect(pinProblem('215031985001234')).toBe('pin_format');
    expect(pinProblem('2150319850012a')).toBe('pin_format');
    expect(pinProblem('')).toBe('pin_format');
  });

  it('reports a first digit other than 1 or 2 as pin_sex_digit', () => {
    expect(pinProblem('31503198500123')).toBe('pin_sex_digit');
    expect(pinProblem('01503198500123')).toBe('pin_sex_digit');
  });

  it('reports a date that is not a real one, in the future or before 1900 as pin_birth_date', () => {
    expect(pinProblem('23102198500123')).toBe('pin_birth_date'); // 31 February
    expect(pinProblem('21513198500123')).toBe('pin_birth_date'); // month 13
    expect(pinProblem('20003198500123')).toBe('pin_birth_date'); // day 0
    expect(pinProblem('12902200100001')).toBe('pin_birth_date'); // 29 February 2001
    expect(pinProblem('12902200000001')).toBeNull(); // 29 February 2000 was a leap day
    expect(pinProblem('20101209900123')).toBe('pin_birth_date'); // 2099
    expect(pinProblem('20101189900123')).toBe('pin_birth_date'); // 1899
  });

  it('reports a PIN whose date differs from the known birth date as pin_birth_date_mismatch', () => {
    expect(pinProblem(MAN, '1985-03-15')).toBeNull();
    expect(pinProblem(MAN, '1985-03-16')).toBe('pin_birth_date_mismatch');
    expect(pinProblem(MAN, null)).toBeNull();
    // an unreadable birth date is not this check's business
    expect(pinProblem(MAN, 'unknown')).toBeNull();
  });
});
