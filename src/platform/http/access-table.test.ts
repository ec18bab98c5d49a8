import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowed, ROLES, type Role } from '../auth/roles.ts';
import { type Caller, createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';

/**
 * Deny by default, proved: every route is called by an anonymous caller and by a caller of each
 * role. Those the route does not name must get 401 (anonymous) or 403; those it names must not.
 */
let t: TestPlatform;
const callers = new Map<Role, Caller>();

beforeAll(async () => {
  t = await createTestPlatform();
  for (const role of ROLES) callers.set(role, await t.as([role]));
});
afterAll(() => t.close());

const sample = (url: string) =>
  url
    .replace(':id', '00000000-0000-4000-8000-000000000000')
    .replace(/:[a-z]+Id\b/g, '00000000-0000-4000-8000-000000000001')
    .replace(':name', 'agencies')
    .replace(':file', 'agencies.csv')
    .replace(':number', '1')
    .replace('*', 'x');

describe('route access table', () => {
  it('every /api route declares its access', () => {
    const api = t.app.routeTable.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
    );
    expect(api.length).toBeGreaterThan(15);
    // accessControl throws at registration for a route without access; this proves none slipped by.
    for (const r of api) expect(r.access).toBeDefined();
  });

  it('refuses every caller that the route does not name, and admits the ones it does', async () => {
    const checked: string[] = [];
    for (const route of t.app.routeTable) {
      if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) continue;
      const method = route.method as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
      const url = sample(route.url);
      const anonymous = await t.request(null, method, url, method === 'GET' ? undefined : {});
      if (route.access === 'anyone') {
        // A returning whistleblower's routes take their own credential (the receipt's token),
        // never an account: without it they answer 401 with that code, to anyone.
        const isJson = String(anonymous.headers['content-type'] ?? '').includes('json');
        if (isJson && anonymous.json()?.error?.code === 'reporter_session_expired') continue;
        expect([401, 403], `${method} ${url} anonymous`).not.toContain(anonymous.statusCode);
      } else {
        expect(anonymous.statusCode, `${method} ${url} anonymous`).toBe(401);
        expect(anonymous.json().error.code).toBe('unauthenticated');
      }
      for (const role of ROLES) {
        // A fresh session each time: a sign-out route must not end the next call's session.
        const caller = route.method === 'DELETE' ? await t.as([role]) : callers.get(role)!;
        const res = await t.request(caller, method, url, method === 'GET' ? undefined : {});
        if (isAllowed(route.access, [role])) {
          expect([401, 403], `${method} ${url} as ${role}`).not.toContain(res.statusCode);
        } else {
          expect(res.statusCode, `${method} ${url} as ${role}`).toBe(403);
          expect(res.json().error.code).toBe('forbidden');
        }
      }
      checked.push(`${method} ${url}`);
    }
    expect(checked.length).toBeGreaterThan(15);
    // Every route times every role: a few hundred requests, slow on a busy two-core CI machine.
  }, 180_000);

  it('a route without declared access stops the server from starting', async () => {
    const { default: Fastify } = await import('fastify');
    const { accessControl } = await import('./access.ts');
    const app = Fastify();
    app.decorate('database', t.database);
    await app.register(accessControl);
    expect(() => app.get('/api/forgotten', async () => 'open')).toThrow(
      /does not declare its access/,
    );
    await app.close();
  });
});
