import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../platform/auth/roles.ts';
import {
  type ActorFacts,
  availableActions,
  decide,
  REPORT_ACTIONS,
  REPORT_STATES,
  type ReportFacts,
} from './engine.ts';

const officer: ActorFacts = { id: 'aibek', roles: ['officer'], agencyId: 'minjust' };
const otherOfficer: ActorFacts = { id: 'asel', roles: ['officer'], agencyId: 'minfin' };
const coordinator: ActorFacts = { id: 'nurlan', roles: ['coordinator'], agencyId: 'secretariat' };
const report = (state: ReportFacts['state'], authorId = 'aibek'): ReportFacts => ({
  state,
  authorId,
  agencyId: 'minjust',
});

describe('unified report flow', () => {
  it('follows draft -> submitted -> returned -> submitted -> verified -> published', () => {
    expect(decide('submit', report('draft'), officer)).toEqual({
      allowed: true,
      next: 'submitted',
    });
    expect(decide('return', report('submitted'), coordinator)).toEqual({
      allowed: true,
      next: 'returned',
    });
    expect(decide('edit', report('returned'), officer)).toEqual({
      allowed: true,
      next: 'returned',
    });
    expect(decide('submit', report('returned'), officer)).toEqual({
      allowed: true,
      next: 'submitted',
    });
    expect(decide('verify', report('submitted'), coordinator)).toEqual({
      allowed: true,
      next: 'verified',
    });
    expect(decide('publish', report('verified'), coordinator)).toEqual({
      allowed: true,
      next: 'published',
    });
  });

  it('lets only the measure agency officer write and submit', () => {
    expect(decide('submit', report('draft'), otherOfficer)).toEqual({
      allowed: false,
      reason: 'not_reporting_officer',
    });
    expect(decide('edit', report('draft'), coordinator)).toEqual({
      allowed: false,
      reason: 'not_reporting_officer',
    });
  });

  it('never lets anyone verify their own report, whatever roles they hold', () => {
    const both: ActorFacts = {
      id: 'aibek',
      roles: ['officer', 'coordinator'],
      agencyId: 'minjust',
    };
    expect(decide('verify', report('submitted'), both)).toEqual({
      allowed: false,
      reason: 'own_report',
    });
    expect(decide('return', report('submitted'), both)).toEqual({
      allowed: false,
      reason: 'own_report',
    });
    expect(decide('verify', report('submitted'), officer)).toEqual({
      allowed: false,
      reason: 'not_reviewer',
    });
  });

  it('keeps verified and published reports immutable; a correction starts a new draft', () => {
    for (const state of ['verified', 'published'] as const) {
      expect(decide('edit', report(state), officer)).toEqual({
        allowed: false,
        reason: 'immutable',
      });
      expect(decide('submit', report(state), officer)).toEqual({
        allowed: false,
        reason: 'immutable',
      });
      expect(decide('correct', report(state), officer)).toEqual({ allowed: true, next: 'draft' });
    }
    expect(decide('correct', report('draft'), officer)).toEqual({
      allowed: false,
      reason: 'wrong_state',
    });
  });

  it('no actor, whatever roles, ever changes a verified or published report in place', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('verified' as const, 'published' as const),
        fc.subarray([...ROLES]),
        fc.constantFrom('minjust', 'minfin', null),
        fc.constantFrom(...REPORT_ACTIONS),
        (state, roles, agencyId, action) => {
          const d = decide(action, report(state), { id: 'x', roles, agencyId });
          if (d.allowed) {
            expect(['publish', 'correct']).toContain(action);
            if (action === 'publish') expect(state).toBe('verified');
          }
        },
      ),
    );
  });

  it('offers each actor exactly the actions it may take', () => {
    expect(availableActions(report('draft'), officer)).toEqual(['edit', 'submit']);
    expect(availableActions(report('submitted'), coordinator)).toEqual(['return', 'verify']);
    expect(availableActions(report('submitted'), officer)).toEqual([]);
    for (const state of REPORT_STATES)
      expect(availableActions(report(state), otherOfficer)).toEqual([]);
  });
});
