import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe.ts';
import { openPage, PHONE } from './browser.ts';
import { useLivePlatform } from './live.ts';

type Item = { activities: { code: string; text: { ky: string; ru: string } }[] };

describe('the Strategy and its Plan', () => {
  const live = useLivePlatform();

  it('leads from the home page to the Strategy: 7 directions, 20 items, the CSV downloads', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await page.goto('/');
      await page.locator('[data-capability="strategy"] a').click();
      await page.waitForURL((url) => url.pathname === '/strategy');
      await page
        .getByRole('heading', {
          level: 1,
          name: '2021–2024-жылдарга коррупцияга каршы мамлекеттик стратегия',
        })
        .waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('ky');

      await page.locator('[data-target]').first().waitFor();
      expect(await page.locator('[data-target]').count()).toBe(2);
      expect(await page.locator('[data-target="world-ratings"]').textContent()).toContain('+30%');

      await page.locator('[data-direction]').first().waitFor();
      const headings = page.locator('[data-direction] h3');
      expect(await headings.count()).toBe(7);
      expect(await headings.first().textContent()).toMatch(/^1-багыт/);

      const links = page.locator('a[data-plan-item]');
      expect(await links.count()).toBe(20);
      const numbers = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `/strategy/items/${i + 1}`));
      expect(await links.first().textContent()).toMatch(/^1-пункт: \S/);

      for (const kind of ['activities', 'indicators']) {
        const href = await page.locator(`a[data-csv="${kind}"]`).getAttribute('href');
        const csv = await page.request.get(href as string);
        expect(csv.status()).toBe(200);
        expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens item 2 with its activities, and shows them in Russian after switching', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      const response = await page.request.get(`${live.url}/api/strategy/items/2`);
      expect(response.status()).toBe(200);
      const item = (await response.json()) as Item;
      expect(item.activities.length).toBeGreaterThan(0);
      const first = item.activities[0]!;

      await page.goto('/strategy');
      await page.locator('a[data-plan-item="2"]').click();
      await page.waitForURL((url) => url.pathname === '/strategy/items/2');
      await page.getByRole('heading', { level: 1, name: 'Пландын 2-пункту' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Иш-чаралар' }).waitFor();
      expect(await page.locator('[data-activity]').count()).toBe(item.activities.length);
      const firstText = page.locator(`[data-activity="${first.code}"] [data-activity-text]`);
      expect(await firstText.textContent()).toBe(first.text.ky);
      expect(await page.locator('a[data-pager="previous"]').getAttribute('href')).toBe(
        '/strategy/items/1',
      );
      expect(await page.locator('a[data-pager="next"]').getAttribute('href')).toBe(
        '/strategy/items/3',
      );

      await page.locator('label', { hasText: 'Русский' }).click();
      await page.getByRole('heading', { level: 1, name: 'Пункт 2 Плана' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Мероприятия' }).waitFor();
      expect(await firstText.textContent()).toBe(first.text.ru);
      expect(first.text.ru).not.toBe(first.text.ky);

      await page
        .getByRole('navigation', { name: 'Навигационная цепочка' })
        .getByRole('link')
        .click();
      await page.waitForURL((url) => url.pathname === '/strategy');
      await page
        .getByRole('heading', {
          level: 1,
          name: 'Государственная антикоррупционная стратегия на 2021–2024 годы',
        })
        .waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the not-found page for an item the Plan does not have', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      for (const path of ['/strategy/items/999', '/strategy/items/abc', '/strategy/items/0']) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: 'Барак табылган жок' }).waitFor();
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('never scrolls sideways at 375 px, also on the longest item', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { viewport: PHONE });
    try {
      for (const path of ['/strategy', '/strategy/items/17']) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          viewport: window.innerWidth,
        }));
        expect(widths.scroll, path).toBeLessThanOrEqual(widths.viewport);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  const pages = [
    { path: '/strategy', heading: '2021–2024-жылдарга коррупцияга каршы мамлекеттик стратегия' },
    { path: '/strategy/items/2', heading: 'Пландын 2-пункту' },
  ];
  for (const { path, heading } of pages) {
    it(`has no serious or critical axe violations on ${path}`, async () => {
      const { page, close } = await openPage(live.browser, live.url, { bypassCSP: true });
      try {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.locator('[data-direction], [data-activity]').first().waitFor();
        await page.waitForLoadState('networkidle');
        await expectNoSeriousViolations(page);
      } finally {
        await close();
      }
    });
  }
});
