import { describe, expect, it } from 'vitest';
import { AppError } from '../http/errors.ts';
import type { Role } from './roles.ts';
import { agencyScope, assertInScope, inScope } from './scope.ts';

const user = (roles: Role[], agencyId: string | null) => ({
  id: 'u',
  username: 'u',
  displayName: 'U',
  roles,
  agencyId,
  agencyName: null,
});

describe('agency scope', () => {
  it('an officer sees only their own agency', () => {
    const scope = agencyScope(user(['officer'], 'minjust'));
    expect(scope).toEqual({ kind: 'agency', agencyId: 'minjust' });
    expect(inScope(scope, 'minjust')).toBe(true);
    expect(inScope(scope, 'minfin')).toBe(false);
    expect(inScope(scope, null)).toBe(false);
    expect(() => assertInScope(scope, 'minfin')).toThrow(AppError);
  });

  it('a coordinator sees every agency; a module may name other national roles', () => {
    expect(agencyScope(user(['coordinator'], 'security-council'))).toEqual({ kind: 'all' });
    expect(agencyScope(user(['verifier'], 'tax'), ['verifier'])).toEqual({ kind: 'all' });
    expect(agencyScope(user(['verifier'], 'tax'))).toEqual({ kind: 'agency', agencyId: 'tax' });
  });

  it('an account with no agency and no national role sees no agency records', () => {
    const scope = agencyScope(user(['officer'], null));
    expect(scope).toEqual({ kind: 'none' });
    expect(inScope(scope, null)).toBe(false);
  });
});
