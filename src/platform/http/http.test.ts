import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

describe('HTTP surface', () => {
  it('reports health with the database state', async () => {
    const res = await t.request(null, 'GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { ok: true }, demo: true });
  });

  it('sends API security headers: nothing runs, frames or is cached', async () => {
    const res = await t.request(null, 'GET', '/api/health');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['strict-transport-security']).toBeDefined();
  });

  it('rate-limits the API, except the health check that load balancers poll', async () => {
    const agencies = await t.request(null, 'GET', '/api/agencies?pageSize=1');
    expect(agencies.headers['x-ratelimit-limit']).toBeDefined();
    const health = await t.request(null, 'GET', '/api/health');
    expect(health.headers['x-ratelimit-limit']).toBeUndefined();
  });

  it('does not count the web app pages and files against the API limit', async () => {
    // One page view fetches dozens of script chunks: counting them locked quick users out.
    const page = await t.request(null, 'GET', '/strategy');
    expect(page.headers['x-ratelimit-limit']).toBeUndefined();
    const asset = await t.request(null, 'GET', '/assets/none.js');
    expect(asset.headers['x-ratelimit-limit']).toBeUndefined();
  });

  it('sends page security headers on everything else', async () => {
    const res = await t.request(null, 'GET', '/some/page');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('serves the OpenAPI document and its docs page', async () => {
    const spec = (await t.request(null, 'GET', '/api/openapi.json')).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/session', '/api/agencies']),
    );
    const docs = await t.request(null, 'GET', '/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('answers an unknown API path with 404 in the one error shape', async () => {
    const res = await t.request(null, 'GET', '/api/no-such-thing', undefined, {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: {
        code: 'not_found',
        message: 'Nothing was found here.',
        details: { path: '/api/no-such-thing' },
      },
    });
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
  });

  it('answers a body over the size limit with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x'.repeat(2 * 1024 * 1024), password: 'y' }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(res.statusCode).toBe(415);
  });

  it('names each invalid field, in the caller language', async () => {
    const res = await t.request(
      null,
      'POST',
      '/api/session',
      { username: 42 },
      { 'accept-language': 'ru' },
    );
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('Переданные данные некорректны.');
    expect(error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['/username', '/password']),
    );
  });

  it('answers bad query parameters with 400', async () => {
    const res = await t.request(null, 'GET', '/api/agencies?page=0&pageSize=100000&sort=evil');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.length).toBe(3);
  });

  it('rate-limits sign-in attempts per address', async () => {
    const codes = new Set<number>();
    for (let i = 0; i < 25; i++) {
      codes.add(
        (await t.request(null, 'POST', '/api/session', { username: 'flood', password: 'x' }))
          .statusCode,
      );
    }
    expect(codes.has(429)).toBe(true);
  });
});
