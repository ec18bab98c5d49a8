import { describe, expect, it } from 'vitest';
import { openPage } from './browser.ts';
import { useLivePlatform } from './live.ts';

describe('languages', () => {
  const live = useLivePlatform();

  it('shows the home page in Kyrgyz, then Russian, then English, and remembers the choice', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      const languages: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/api/')) {
          languages.push(request.headers()['accept-language'] ?? '');
        }
      });

      await page.goto('/');
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading.textContent()).resolves.toBe(
        'Акниет — коррупцияга каршы улуттук платформа',
      );
      expect(await page.getAttribute('html', 'lang')).toBe('ky');
      await page.getByText('Демо-маалыматтар синтетикалык').waitFor();
      await page.getByRole('heading', { name: 'Платформанын мүмкүнчүлүктөрү' }).waitFor();
      expect(languages.length).toBeGreaterThan(0);
      expect(languages.every((l) => l === 'ky')).toBe(true);

      await page.locator('label', { hasText: 'Русский' }).click();
      await page
        .getByRole('heading', {
          level: 1,
          name: 'Акниет — национальная антикоррупционная платформа',
        })
        .waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      await page.getByText('Демо-данные синтетические').waitFor();
      await page.getByRole('link', { name: 'Открытые данные' }).first().waitFor();

      languages.length = 0;
      await page.locator('label', { hasText: 'English' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Akniet — the national anti-corruption platform' })
        .waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.getByText('Demo data is synthetic').waitFor();

      await page.reload();
      await page.getByRole('heading', { level: 1, name: /the national anti-corruption/ }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(languages.length).toBeGreaterThan(0);
      expect(languages.every((l) => l === 'en')).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
