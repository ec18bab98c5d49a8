import { describe, expect, it } from 'vitest';
import { openPage } from './browser.ts';
import { useLivePlatform } from './live.ts';

describe('sign-in', () => {
  const live = useLivePlatform();

  it('shows the server message clearly when the password is wrong', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await page.goto('/login');
      await page.getByLabel('Колдонуучунун аты').fill('verifier');
      await page.locator('input[name="password"]').fill('not-the-password');
      await page.locator('form').getByRole('button', { name: 'Кирүү', exact: true }).click();

      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.textContent();
      expect(text).toContain('Кирүү ишке ашкан жок');
      expect(text).toContain('Колдонуучунун аты же сырсөз туура эмес.');
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('tells the user when the account is locked after repeated wrong passwords', async () => {
    const { page, close } = await openPage(live.browser, live.url);
    try {
      for (let i = 0; i < 5; i++) {
        await page.request.post('/api/session', {
          data: { username: 'prosecutor', password: `wrong-password-${i}` },
        });
      }
      await page.goto('/login');
      await page.getByLabel('Колдонуучунун аты').fill('prosecutor');
      await page.locator('input[name="password"]').fill('still-the-wrong-one');
      await page.locator('form').getByRole('button', { name: 'Кирүү', exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.textContent();
      expect(text).toContain('Эсеп бөгөттөлдү');
      expect(text).toContain('бөгөттөлдү. Кийинчерээк аракет кылыңыз.');
    } finally {
      await close();
    }
  });

  it('sends visitors of a protected page to sign in', async () => {
    const { page, close } = await openPage(live.browser, live.url);
    try {
      await page.goto('/admin/users');
      await page.waitForURL((url) => url.pathname === '/login');
      await page.getByRole('heading', { level: 1, name: 'Системага кирүү' }).waitFor();
    } finally {
      await close();
    }
  });

  it('shows the 404 page for an unknown address', async () => {
    const { page, close } = await openPage(live.browser, live.url);
    try {
      await page.goto('/no/such/page');
      await page.getByRole('heading', { level: 1, name: 'Барак табылган жок' }).waitFor();
      await page.getByRole('link', { name: 'Башкы бетке кайтуу' }).waitFor();
    } finally {
      await close();
    }
  });
});
