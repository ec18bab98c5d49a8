import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client.ts';
import {
  type Caller,
  createTestPlatform,
  TEST_PASSWORD,
  type TestPlatform,
} from '../testing/test-platform.ts';
import { MAX_FAILED_LOGINS } from './login.ts';

let t: TestPlatform;
let admin: Caller;

beforeAll(async () => {
  t = await createTestPlatform();
  admin = await t.as(['admin']);
});
afterAll(() => t.close());

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await queryRows<{ action: string }>(
    t.database.db,
    sql`SELECT action FROM audit_log WHERE entity_id = ${entityId} ORDER BY id`,
  );
  return rows.map((r) => r.action);
}

describe('sign-in', () => {
  it('sets an httpOnly, SameSite session cookie and hands out a CSRF token', async () => {
    await t.createUser(['officer'], { username: 'aibek' });
    const res = await t.request(null, 'POST', '/api/session', {
      username: 'Aibek',
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'akniet_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const body = res.json();
    expect(body.user.username).toBe('aibek');
    expect(body.user.roles).toEqual(['officer']);
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const me = await t.request(
      { cookie: `akniet_session=${cookie.value}`, csrfToken: '', userId: '' },
      'GET',
      '/api/session',
    );
    expect(me.json().user.username).toBe('aibek');
  });

  it('a wrong password gets 401 with the message in the caller language', async () => {
    await t.createUser(['officer'], { username: 'gulnara' });
    const ky = await t.request(null, 'POST', '/api/session', {
      username: 'gulnara',
      password: 'wrong-password',
    });
    expect(ky.statusCode).toBe(401);
    expect(ky.json().error).toMatchObject({
      code: 'invalid_credentials',
      message: 'Колдонуучунун аты же сырсөз туура эмес.',
    });
    const ru = await t.request(
      null,
      'POST',
      '/api/session',
      { username: 'gulnara', password: 'x' },
      { 'accept-language': 'ru-RU,ru;q=0.9' },
    );
    expect(ru.json().error.message).toBe('Неверное имя пользователя или пароль.');
    const unknown = await t.request(
      null,
      'POST',
      '/api/session',
      { username: 'nobody', password: 'x' },
      { 'accept-language': 'en' },
    );
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe('Wrong username or password.');
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} wrong passwords, even for the right one, until an admin resets it`, async () => {
    const id = await t.createUser(['verifier'], { username: 'lockme' });
    const codes: number[] = [];
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      codes.push(
        (await t.request(null, 'POST', '/api/session', { username: 'lockme', password: 'nope' }))
          .statusCode,
      );
    }
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    const right = await t.request(null, 'POST', '/api/session', {
      username: 'lockme',
      password: TEST_PASSWORD,
    });
    expect(right.statusCode).toBe(423);
    expect(right.json().error.code).toBe('account_locked');
    expect(await auditActions(id)).toEqual([
      ...Array(4).fill('login.failed'),
      'account.locked',
      'login.refused',
    ]);

    const reset = await t.request(admin, 'PATCH', `/api/admin/users/${id}`, {
      password: 'a-new-password-1',
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().lockedUntil).toBeNull();
    expect(
      (
        await t.request(null, 'POST', '/api/session', {
          username: 'lockme',
          password: 'a-new-password-1',
        })
      ).statusCode,
    ).toBe(200);
  });

  it('a deactivated account cannot sign in and its sessions end', async () => {
    const id = await t.createUser(['declarant'], { username: 'leaver' });
    const caller = await t.login('leaver');
    await t.request(admin, 'PATCH', `/api/admin/users/${id}`, { active: false });
    expect((await t.request(caller, 'GET', '/api/session')).json().user).toBeNull();
    const again = await t.request(null, 'POST', '/api/session', {
      username: 'leaver',
      password: TEST_PASSWORD,
    });
    expect(again.statusCode).toBe(403);
    expect(again.json().error.code).toBe('account_inactive');
  });

  it('sign-out ends the session and is audited', async () => {
    const caller = await t.as(['coordinator']);
    const out = await t.request(caller, 'DELETE', '/api/session');
    expect(out.statusCode).toBe(204);
    expect((await t.request(caller, 'GET', '/api/session')).json().user).toBeNull();
    expect(await auditActions(caller.userId)).toContain('logout');
  });
});

describe('CSRF', () => {
  it('refuses a state change from a session without its token', async () => {
    const caller = await t.as(['admin']);
    const res = await t.request(
      { ...caller, csrfToken: 'forged' },
      'POST',
      '/api/admin/agencies',
      {},
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
    const none = await t.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: caller.cookie },
    });
    expect(none.statusCode).toBe(403);
  });
});

describe('password change', () => {
  it('needs the current password, refuses weak ones, and ends other sessions', async () => {
    await t.createUser(['officer'], { username: 'changer' });
    const here = await t.login('changer');
    const elsewhere = await t.login('changer');
    const wrong = await t.request(here, 'POST', '/api/account/password', {
      currentPassword: 'bad',
      newPassword: 'long-enough-pass',
    });
    expect(wrong.statusCode).toBe(401);
    const weak = await t.request(here, 'POST', '/api/account/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('password_too_weak');
    const ok = await t.request(here, 'POST', '/api/account/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'long-enough-pass',
    });
    expect(ok.statusCode).toBe(204);
    expect((await t.request(here, 'GET', '/api/session')).json().user.username).toBe('changer');
    expect((await t.request(elsewhere, 'GET', '/api/session')).json().user).toBeNull();
    expect(
      (
        await t.request(null, 'POST', '/api/session', {
          username: 'changer',
          password: 'long-enough-pass',
        })
      ).statusCode,
    ).toBe(200);
  });
});

describe('account administration', () => {
  it('creates, searches, sorts and pages accounts', async () => {
    const created = await t.request(admin, 'POST', '/api/admin/users', {
      username: 'Zarina.K',
      displayName: 'Зарина Касымова',
      password: 'initial-password',
      roles: ['officer', 'officer'],
      agencyId: null,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      username: 'zarina.k',
      roles: ['officer'],
      active: true,
    });
    expect(created.json()).not.toHaveProperty('passwordHash');
    const found = await t.request(
      admin,
      'GET',
      '/api/admin/users?q=%D0%97%D0%B0%D1%80%D0%B8%D0%BD%D0%B0',
    );
    expect(found.json().items.map((u: { username: string }) => u.username)).toEqual(['zarina.k']);
    const page = await t.request(admin, 'GET', '/api/admin/users?sort=-username&page=1&pageSize=2');
    const body = page.json();
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThan(2);
    expect(body.items[0].username > body.items[1].username).toBe(true);
  });

  it('refuses a taken username (409), a weak password and bad roles (400), leaving nothing written', async () => {
    const base = {
      displayName: 'X',
      password: 'initial-password',
      roles: ['officer'],
      agencyId: null,
    };
    expect(
      (await t.request(admin, 'POST', '/api/admin/users', { ...base, username: 'zarina.k' }))
        .statusCode,
    ).toBe(409);
    const weak = await t.request(admin, 'POST', '/api/admin/users', {
      ...base,
      username: 'weakling',
      password: 'weakling',
    });
    expect(weak.statusCode).toBe(400);
    const bad = await t.request(admin, 'POST', '/api/admin/users', {
      ...base,
      username: 'badrole',
      roles: ['king'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toContain('roles');
    const unknownAgency = await t.request(admin, 'POST', '/api/admin/users', {
      ...base,
      username: 'orphan',
      agencyId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownAgency.statusCode).toBe(400);
    expect(unknownAgency.json().error.code).toBe('invalid_reference');
    const left = await t.request(admin, 'GET', '/api/admin/users?q=weakling');
    expect(left.json().total).toBe(0);
    expect((await t.request(admin, 'GET', '/api/admin/users?q=orphan')).json().total).toBe(0);
  });

  it('writes a permission change to the audit log with before and after', async () => {
    const id = await t.createUser(['officer'], { username: 'promoted' });
    const res = await t.request(admin, 'PATCH', `/api/admin/users/${id}`, {
      roles: ['officer', 'verifier'],
    });
    expect(res.json().roles).toEqual(['officer', 'verifier']);
    const rows = await queryRows(
      t.database.db,
      sql`SELECT details FROM audit_log WHERE entity_id = ${id} AND action = 'user.permissions_changed'`,
    );
    expect(rows[0]).toMatchObject({
      details: { before: { roles: ['officer'] }, after: { roles: ['officer', 'verifier'] } },
    });
  });

  it('an admin cannot take away their own admin role', async () => {
    const res = await t.request(admin, 'PATCH', `/api/admin/users/${admin.userId}`, {
      roles: ['officer'],
    });
    expect(res.statusCode).toBe(400);
  });
});
