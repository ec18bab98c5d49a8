import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { csvField } from './formats.ts';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ demo: true });
});
afterAll(() => t.close());

describe('CSV fields', () => {
  it('quote commas, quotes and line breaks, and defuse spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(true)).toBe('true');
  });
});

describe('open-data publisher', () => {
  it('lists the agencies dataset in the catalog', async () => {
    const res = await t.request(null, 'GET', '/api/opendata');
    const agencies = res.json().datasets.find((d: { name: string }) => d.name === 'agencies');
    expect(agencies).toMatchObject({
      license: { name: 'CC-BY-4.0' },
      resources: [
        { format: 'csv', path: '/api/opendata/agencies.csv' },
        { format: 'json', path: '/api/opendata/agencies.json' },
      ],
      datapackage: '/api/opendata/agencies/datapackage.json',
    });
    expect(agencies.title.ky).toBeTruthy();
    expect(Date.parse(agencies.updatedAt)).not.toBeNaN();
  });

  it('serves CSV with a header row matching the datapackage schema, demo rows marked synthetic', async () => {
    const csv = await t.request(null, 'GET', '/api/opendata/agencies.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.trimEnd().split('\r\n');
    const pkg = (await t.request(null, 'GET', '/api/opendata/agencies/datapackage.json')).json();
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.resources[0].schema.fields.map((f: { name: string }) => f.name).join(',')).toBe(
      lines[0],
    );
    expect(lines.some((l) => l.startsWith('demo-ayil-okmotu,') && l.includes(',true,'))).toBe(true);

    const json = (await t.request(null, 'GET', '/api/opendata/agencies.json')).json();
    expect(json).toHaveLength(lines.length - 1);
    expect(json.find((r: { code: string }) => r.code === 'demo-ayil-okmotu').synthetic).toBe(true);
  });

  it('answers unknown datasets and formats with 4xx', async () => {
    expect((await t.request(null, 'GET', '/api/opendata/nothing.csv')).statusCode).toBe(404);
    expect((await t.request(null, 'GET', '/api/opendata/agencies.xlsx')).statusCode).toBe(400);
    expect(
      (await t.request(null, 'GET', '/api/opendata/nothing/datapackage.json')).statusCode,
    ).toBe(404);
  });
});
