import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AbsenceRecord,
  addExclusion,
  type Eligibility,
  type EligibilityInput,
  eligibility,
  type JudgeVersion,
} from './eligibility.ts';
import type { Day, ExclusionReason } from './types.ts';

const FIRST = Date.UTC(2026, 1, 20);
/** Day n of a short stretch around a month end, so ranges cross it. */
const dayN = (n: number): Day => new Date(FIRST + n * 86_400_000).toISOString().slice(0, 10);
const nextDay = (day: Day): Day =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const JUDGES = ['j0', 'j1', 'j2', 'j3', 'j4', 'j5', 'j6'];
const SPECIALISATIONS = ['civil', 'criminal', 'administrative'];
const CASE_REASONS: ExclusionReason[] = ['recused', 'conflict', 'earlier-stage', 'previous-judge'];

const dayIndex = fc.integer({ min: 0, max: 20 });

/** Versions in publication order: each takes effect on or after the one before. */
const versions = (judge: string) =>
  fc
    .array(
      fc.record({
        step: fc.integer({ min: 0, max: 6 }),
        specialisations: fc.subarray(SPECIALISATIONS),
        loadPercent: fc.integer({ min: 0, max: 100 }),
        status: fc.constantFrom('active', 'active', 'active', 'left' as const),
      }),
      { maxLength: 3 },
    )
    .map((list) => {
      let at = 0;
      return list.map((v): JudgeVersion => {
        at += v.step;
        return {
          judge,
          court: 'court-1',
          chamber: 'chamber-1',
          name: `Judge ${judge}`,
          specialisations: v.specialisations,
          loadPercent: v.loadPercent,
          status: v.status,
          effectiveFrom: dayN(at),
        };
      });
    });

const absences = (judge: string) =>
  fc.array(
    fc.record({ a: dayIndex, b: dayIndex, published: dayIndex }).map(
      ({ a, b, published }): AbsenceRecord => ({
        absence: `${judge}-${a}-${b}-${published}`,
        judge,
        from: dayN(Math.min(a, b)),
        to: dayN(Math.max(a, b)),
        effectiveFrom: dayN(published),
      }),
    ),
    { maxLength: 3 },
  );

const input: fc.Arbitrary<EligibilityInput> = fc
  .record({
    day: dayIndex.map(dayN),
    court: fc.constant('court-1'),
    specialisation: fc.constantFrom(...SPECIALISATIONS),
    judges: fc.tuple(...JUDGES.map(versions)),
    absences: fc.tuple(...JUDGES.map(absences)),
    exclusions: fc.dictionary(fc.constantFrom(...JUDGES), fc.constantFrom(...CASE_REASONS)),
  })
  .map((r) => ({
    day: r.day,
    court: r.court,
    specialisation: r.specialisation,
    judges: new Map(JUDGES.map((j, i) => [j, r.judges[i]!])),
    absences: new Map(JUDGES.map((j, i) => [j, r.absences[i]!])),
    exclusions: new Map(Object.entries(r.exclusions)),
    workload: (judge: string) => 3 * Number(judge.slice(1)),
  }));

/** An independent reading of the rule, to check the engine against. */
function inForce(input: EligibilityInput, judge: string): JudgeVersion | undefined {
  return (input.judges.get(judge) ?? []).filter((v) => v.effectiveFrom <= input.day).at(-1);
}
const absentOn = (input: EligibilityInput, judge: string) =>
  (input.absences.get(judge) ?? []).some(
    (a) => a.effectiveFrom <= input.day && a.from <= input.day && input.day <= a.to,
  );
function expectedReason(input: EligibilityInput, judge: string): ExclusionReason | null {
  const v = inForce(input, judge)!;
  if (v.status !== 'active') return 'not-active';
  if (!v.specialisations.includes(input.specialisation)) return 'not-specialised';
  if (absentOn(input, judge)) return 'absent';
  return input.exclusions.get(judge) ?? null;
}

const ids = (result: Eligibility) => [
  ...result.candidates.map((c) => c.judge),
  ...result.excluded.map((e) => e.judge),
];

describe('eligibility', () => {
  it('never offers an absent, unspecialised, inactive or case-excluded judge', () => {
    fc.assert(
      fc.property(input, (i) => {
        for (const c of eligibility(i).candidates) {
          const v = inForce(i, c.judge);
          expect(v?.status).toBe('active');
          expect(v?.specialisations).toContain(i.specialisation);
          expect(absentOn(i, c.judge)).toBe(false);
          expect(i.exclusions.has(c.judge)).toBe(false);
          expect(c.loadPercent).toBe(v?.loadPercent);
          expect(c.workload).toBe(i.workload(c.judge));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lists every judge in office once: a candidate, or excluded with its one reason', () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = eligibility(i);
        const inOffice = JUDGES.filter((j) => inForce(i, j));
        const listed = ids(result);
        expect(new Set(listed).size).toBe(listed.length);
        expect([...listed].sort()).toEqual(inOffice);
        for (const e of result.excluded) expect(e.reason).toBe(expectedReason(i, e.judge));
        for (const c of result.candidates) expect(expectedReason(i, c.judge)).toBeNull();
        // Both lists are in judge-id order, so every verifier publishes the same arrays.
        const sorted = (list: string[]) => [...list].sort();
        expect(result.candidates.map((c) => c.judge)).toEqual(
          sorted(result.candidates.map((c) => c.judge)),
        );
        expect(result.excluded.map((e) => e.judge)).toEqual(
          sorted(result.excluded.map((e) => e.judge)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('ignores a judge change that takes effect after the day', () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom(...JUDGES),
        fc.integer({ min: 1, max: 5 }),
        fc.subarray(SPECIALISATIONS),
        fc.constantFrom('active', 'left' as const),
        (i, judge, ahead, specialisations, status) => {
          const before = eligibility(i);
          const own = i.judges.get(judge) ?? [];
          const last = own.at(-1)?.effectiveFrom ?? i.day;
          // A change published today or later takes effect no earlier than tomorrow.
          let from = nextDay([i.day, last].sort().at(-1)!);
          for (let k = 1; k < ahead; k++) from = nextDay(from);
          const change: JudgeVersion = {
            judge,
            court: 'court-1',
            chamber: 'chamber-2',
            name: `Judge ${judge}`,
            specialisations,
            loadPercent: 7,
            status,
            effectiveFrom: from,
          };
          const judges = new Map(i.judges);
          judges.set(judge, [...own, change]);
          expect(eligibility({ ...i, judges })).toEqual(before);
        },
      ),
    );
  });

  it('does not count an absence published on the day (in force from the next day)', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...JUDGES), dayIndex, (i, judge, length) => {
        const before = eligibility(i);
        const absence: AbsenceRecord = {
          absence: 'fresh',
          judge,
          from: i.day,
          to: dayN(20 + length),
          effectiveFrom: nextDay(i.day),
        };
        const absences = new Map(i.absences);
        absences.set(judge, [...(absences.get(judge) ?? []), absence]);
        expect(eligibility({ ...i, absences })).toEqual(before);
        // The next day it counts.
        const tomorrow = { ...i, absences, day: nextDay(i.day) };
        const result = eligibility(tomorrow);
        expect(result.candidates.map((c) => c.judge)).not.toContain(judge);
      }),
    );
  });

  it('excludes an absent judge once the absence is in force, and only within its dates', () => {
    const judge = (effectiveFrom: Day): JudgeVersion => ({
      judge: 'j1',
      court: 'court-1',
      chamber: 'chamber-1',
      name: 'Judge One',
      specialisations: ['civil'],
      loadPercent: 100,
      status: 'active',
      effectiveFrom,
    });
    const base: EligibilityInput = {
      day: '2026-03-10',
      court: 'court-1',
      specialisation: 'civil',
      judges: new Map([['j1', [judge('2026-01-01')]]]),
      absences: new Map([
        [
          'j1',
          [
            {
              absence: 'a',
              judge: 'j1',
              from: '2026-03-09',
              to: '2026-03-11',
              effectiveFrom: '2026-03-05',
            },
          ],
        ],
      ]),
      exclusions: new Map(),
      workload: () => 4,
    };
    const on = (day: Day) => eligibility({ ...base, day });
    expect(on('2026-03-08').candidates).toEqual([{ judge: 'j1', loadPercent: 100, workload: 4 }]);
    expect(on('2026-03-09').excluded).toEqual([{ judge: 'j1', reason: 'absent' }]);
    expect(on('2026-03-11').excluded).toEqual([{ judge: 'j1', reason: 'absent' }]);
    expect(on('2026-03-12').candidates).toHaveLength(1);
    // Before the judge's first version takes effect they are not in office: in neither list.
    expect(on('2025-12-31')).toEqual({ candidates: [], excluded: [] });
  });

  it('leaves out a judge whose version in force belongs to another court', () => {
    const moved: JudgeVersion = {
      judge: 'm',
      court: 'court-2',
      chamber: 'ch',
      name: 'M',
      specialisations: ['civil'],
      loadPercent: 100,
      status: 'active',
      effectiveFrom: '2026-02-01',
    };
    const result = eligibility({
      day: '2026-03-10',
      court: 'court-1',
      specialisation: 'civil',
      judges: new Map([
        ['m', [{ ...moved, court: 'court-1', effectiveFrom: '2026-01-01' }, moved]],
      ]),
      absences: new Map(),
      exclusions: new Map(),
      workload: () => 0,
    });
    expect(result).toEqual({ candidates: [], excluded: [] });
  });

  it('publishes the first reason in a fixed order', () => {
    const v = (over: Partial<JudgeVersion>): JudgeVersion[] => [
      {
        judge: 'x',
        court: 'c',
        chamber: 'ch',
        name: 'X',
        specialisations: ['civil'],
        loadPercent: 100,
        status: 'active',
        effectiveFrom: '2026-01-01',
        ...over,
      },
    ];
    const everything: EligibilityInput = {
      day: '2026-03-10',
      court: 'c',
      specialisation: 'civil',
      judges: new Map([['x', v({ status: 'left', specialisations: [] })]]),
      absences: new Map([
        [
          'x',
          [
            {
              absence: 'a',
              judge: 'x',
              from: '2026-03-01',
              to: '2026-03-31',
              effectiveFrom: '2026-01-02',
            },
          ],
        ],
      ]),
      exclusions: new Map([['x', 'recused']]),
      workload: () => 0,
    };
    const reason = (i: EligibilityInput) => eligibility(i).excluded[0]?.reason;
    expect(reason(everything)).toBe('not-active');
    const active = { ...everything, judges: new Map([['x', v({ specialisations: [] })]]) };
    expect(reason(active)).toBe('not-specialised');
    const specialised = { ...everything, judges: new Map([['x', v({})]]) };
    expect(reason(specialised)).toBe('absent');
    expect(reason({ ...specialised, absences: new Map() })).toBe('recused');
  });
});

describe('addExclusion', () => {
  it('keeps the strongest legal ground whatever the order they are added in', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CASE_REASONS), { minLength: 1 }), (reasons) => {
        const map = new Map<string, ExclusionReason>();
        for (const r of reasons) addExclusion(map, 'j', r);
        const strongest = CASE_REASONS.filter((r) => reasons.includes(r)).sort(
          (a, b) => ORDER.indexOf(a) - ORDER.indexOf(b),
        )[0];
        expect(map.get('j')).toBe(strongest);
      }),
    );
  });
  const ORDER: ExclusionReason[] = ['previous-judge', 'earlier-stage', 'recused', 'conflict'];
});
