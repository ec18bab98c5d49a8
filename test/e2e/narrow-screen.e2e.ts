import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, PHONE } from './browser.ts';
import { useLivePlatform } from './live.ts';

describe('narrow screen (375 px)', () => {
  const live = useLivePlatform();

  it('shows the burger menu on the home page and never scrolls sideways', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { viewport: PHONE });
    try {
      await page.goto('/');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/home-375.png' });

      const burger = page.getByRole('button', { name: 'Менюну ачуу' });
      expect(await burger.isVisible()).toBe(true);
      const openData = page.getByRole('link', { name: 'Ачык маалыматтар', exact: true });
      expect(await openData.isVisible()).toBe(false);

      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.viewport);

      await burger.click();
      await openData.waitFor({ state: 'visible' });
      await openData.click();
      await page.waitForURL((url) => url.pathname === '/opendata');
      await page.getByRole('heading', { level: 1, name: 'Ачык маалыматтар' }).waitFor();
      expect(await page.getByRole('button', { name: 'Менюну ачуу' }).isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
