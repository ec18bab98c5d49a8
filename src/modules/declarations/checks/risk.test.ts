import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES, SEVERITIES } from './codes.ts';
import { runChecks } from './engine.ts';
import { scoreFindings } from './risk.ts';
import { cleanInput, som } from './samples.ts';
import { loadCheckSettings } from './settings.ts';
import type { Finding } from './types.ts';

const settings = loadCheckSettings();

const aFinding: fc.Arbitrary<Finding> = fc.record({
  code: fc.constantFrom(...FINDING_CODES),
  severity: fc.constantFrom(...SEVERITIES),
  amountTyiyn: fc.option(fc.integer({ min: 0, max: 1e12 })),
  records: fc.constant([]),
  explanation: fc.constant({ ky: 'x', ru: 'x', en: 'x' }),
});

describe('scoreFindings', () => {
  it('counts each code once, at its highest severity, and sorts the reasons by points', () => {
    const f = (code: string, severity: Finding['severity']): Finding => ({
      code,
      severity,
      amountTyiyn: null,
      records: [],
      explanation: { ky: 'x', ru: 'x', en: 'x' },
    });
    const r = scoreFindings(
      [
        f('ratio.relative_refused', 'medium'),
        f('logic.date_after_year', 'low'),
        f('ratio.relative_refused', 'medium'),
        f('balance.unexplained_wealth', 'low'),
        f('balance.unexplained_wealth', 'high'),
      ],
      settings,
    );
    expect(r.reasons).toEqual([
      { code: 'balance.unexplained_wealth', severity: 'high', points: 60 },
      { code: 'ratio.relative_refused', severity: 'medium', points: 15 },
      { code: 'logic.date_after_year', severity: 'low', points: 3 },
    ]);
    expect(r).toMatchObject({ score: 78, outcome: 'full_check' });
    expect(scoreFindings([f('ratio.relative_refused', 'medium')], settings)).toMatchObject({
      score: 15,
      outcome: 'checked',
    });
  });

  it('keeps the score within 0..100', () => {
    fc.assert(
      fc.property(fc.array(aFinding, { maxLength: 80 }), (findings) => {
        const { score, reasons } = scoreFindings(findings, settings);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(Number.isInteger(score)).toBe(true);
        expect(new Set(reasons.map((r) => r.code)).size).toBe(reasons.length);
      }),
    );
  });

  it('never lowers the score when a finding is added', () => {
    fc.assert(
      fc.property(fc.array(aFinding, { maxLength: 40 }), aFinding, (findings, extra) => {
        const before = scoreFindings(findings, settings).score;
        const after = scoreFindings([...findings, extra], settings).score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

describe('runChecks over varied declarations', () => {
  it('always gives a score in 0..100, known codes and three explanations', () => {
    const amount = fc.integer({ min: 0, max: 50_000_000 });
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        amount,
        fc.boolean(),
        fc.constantFrom('KG', 'KZ', ''),
        (salary, balance, spending, price, withPrevious, country) => {
          const input = cleanInput();
          const c = input.declaration.content;
          c.incomes[0]!.amount = som(salary);
          c.accounts[0]!.balance = som(balance);
          c.accounts[0]!.country = country;
          c.spending[0]!.amount = som(spending);
          c.vehicles[0]!.price = som(price);
          if (!withPrevious) input.previous = null;
          const r = runChecks(input, settings);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(r.outcome).toBe(
            r.score >= settings.risk.fullCheckThreshold ? 'full_check' : 'checked',
          );
          for (const f of r.findings) {
            expect(FINDING_CODES).toContain(f.code);
            expect(f.explanation.ky && f.explanation.ru && f.explanation.en).toBeTruthy();
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
