import { describe, expect, it } from 'vitest';
import { openPage, signIn } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

describe('administration', () => {
  const live = useLivePlatform();

  it('verifies the audit chain in a background job and lists the job', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'admin', DEMO_PASSWORD);
      await page.goto('/admin/audit');
      await page.getByRole('heading', { level: 1, name: 'Аудит журналы' }).waitFor();
      await page.getByRole('cell', { name: 'login.succeeded' }).first().waitFor();

      // The action filter offers the actions that occur in the log.
      await page.getByLabel('Аракет боюнча чыпкалоо', { exact: true }).first().click();
      await page.getByRole('option', { name: 'login.succeeded', exact: true }).click();
      await page.waitForURL(/action=login\.succeeded/);
      // The previous page stays on screen until the filtered one arrives: wait for it.
      const actionCells = page.locator('tbody tr td:nth-child(3)');
      await expect
        .poll(async () => [...new Set(await actionCells.allTextContents())], { timeout: 10_000 })
        .toEqual(['login.succeeded']);

      await page.getByRole('button', { name: 'Чынжырды текшерүү' }).click();
      const result = page.getByTestId('verify-result');
      await result.waitFor({ timeout: 30_000 });
      expect(await result.textContent()).toMatch(/^Чынжыр бүтүн: \d+ жазуу текшерилди\.$/);

      await page.goto('/admin/jobs?status=done');
      await page.getByRole('cell', { name: 'audit.verify' }).first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('creates an agency and finds it by search', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'admin', DEMO_PASSWORD);
      await page.goto('/admin/agencies');
      await page.getByRole('button', { name: 'Мекеме кошуу' }).click();
      const dialog = page.getByRole('dialog');
      const code = `e2e-${Date.now().toString(36)}`;
      await dialog.getByLabel('Коду').fill(code);
      const kind = dialog.getByLabel('Түрү');
      await kind.click();
      await page.getByRole('option', { name: 'Министрлик' }).click();
      const names = {
        'Толук аталышы (Кыргызча)': 'Сынак министрлиги',
        'Толук аталышы (Русский)': 'Министерство проверки',
        'Толук аталышы (English)': 'Ministry of Testing',
        'Кыскача аталышы (Кыргызча)': 'Сынак мин.',
        'Кыскача аталышы (Русский)': 'Минпроверки',
        'Кыскача аталышы (English)': 'MoT',
      };
      for (const [label, value] of Object.entries(names)) {
        await dialog.getByLabel(label).fill(value);
      }
      await dialog.getByRole('button', { name: 'Сактоо' }).click();
      await page.getByRole('status').filter({ hasText: 'Мекеме кошулду.' }).waitFor();

      await page.getByLabel('Мекемелерди издөө').fill('Сынак');
      await page.getByRole('cell', { name: code }).waitFor();
      expect(new URL(page.url()).searchParams.get('q')).toBe('Сынак');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('asks before deactivating a user', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'admin', DEMO_PASSWORD);
      // The demo has more accounts than one page holds: find the one we want.
      await page.getByLabel('Колдонуучуларды издөө').fill('statistician');
      await page.getByRole('button', { name: /^Демо статистик/ }).waitFor();
      await page.locator('tr[data-username="statistician"]').getByRole('button').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Активдүү').uncheck({ force: true });
      await dialog.getByRole('button', { name: 'Сактоо' }).click();
      await dialog.getByRole('button', { name: 'Ооба, өчүрүү' }).click();
      await page.getByRole('status').filter({ hasText: 'Өзгөртүүлөр сакталды.' }).waitFor();
      await page
        .locator('tr[data-username="statistician"]')
        .getByText('Өчүрүлгөн', { exact: true })
        .waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
