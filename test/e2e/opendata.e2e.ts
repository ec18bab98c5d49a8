import { describe, expect, it } from 'vitest';
import { openPage } from './browser.ts';
import { useLivePlatform } from './live.ts';

describe('open data catalogue', () => {
  const live = useLivePlatform();

  it('lists the agencies dataset and its CSV download works', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await page.goto('/opendata');
      const card = page.locator('[data-dataset="agencies"]');
      await card.waitFor();
      expect(await card.textContent()).toContain('agencies');

      const csvHref = await card.locator('a[data-format="csv"]').getAttribute('href');
      const jsonHref = await card.locator('a[data-format="json"]').getAttribute('href');
      const packageHref = await card.locator('a[data-format="datapackage"]').getAttribute('href');
      expect(csvHref).toBeTruthy();
      expect(jsonHref).toBeTruthy();
      expect(packageHref).toBeTruthy();

      const csv = await page.request.get(csvHref as string);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
      const [header = '', firstRow = ''] = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/);
      expect(header.split(',')).toEqual(expect.arrayContaining(['code', 'kind', 'name_ky']));
      expect(firstRow.length).toBeGreaterThan(0);

      const descriptor = await page.request.get(packageHref as string);
      expect(descriptor.status()).toBe(200);
      expect((await descriptor.json()).resources).toBeDefined();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
