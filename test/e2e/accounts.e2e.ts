import { describe, expect, it } from 'vitest';
import { openPage, signIn, signOut } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

const menuLinks = (page: import('playwright-core').Page) =>
  page
    .getByRole('navigation', { name: 'Негизги меню' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

const PUBLIC_MENU = [
  '/',
  '/strategy',
  '/strategy/rating',
  '/strategy/indicators',
  '/strategy/alternative',
  '/strategy/registers',
  '/declarations',
  '/conflict-notifications',
  '/state-organisations',
  '/procurement',
  '/procurement/dashboard',
  '/barred-entities',
  '/courts',
  '/courts/verify',
  '/report',
  '/report/statistics',
  '/opendata',
];

describe('accounts and role-aware menu', () => {
  const live = useLivePlatform();

  it('lets an admin create an agency officer who then sees only the officer menu', async () => {
    const username = `officer-${Date.now().toString(36)}`;
    const password = 'Officer-password-2026';
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'admin', DEMO_PASSWORD);
      expect(new URL(page.url()).pathname).toBe('/admin/users');
      expect(await menuLinks(page)).toEqual(
        expect.arrayContaining(['/admin/users', '/admin/agencies', '/admin/audit', '/admin/jobs']),
      );

      await page.getByRole('button', { name: 'Колдонуучу түзүү' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Колдонуучунун аты').fill(username);
      await dialog.getByLabel('Аты-жөнү').fill('Асель Токтогулова');
      await dialog.getByLabel('Баштапкы сырсөз').fill(password);

      const roles = dialog.getByLabel('Ролдор');
      await roles.click();
      await page.getByRole('option', { name: 'Мекеменин антикоррупциялык кызматкери' }).click();
      await roles.press('Escape');

      const agency = dialog.getByLabel('Мекеме', { exact: true });
      await agency.click();
      await agency.fill('Юстиция');
      const option = page.getByRole('option', { name: /Юстиция/ }).first();
      await option.waitFor();
      const agencyName = (await option.textContent()) ?? '';
      await option.click();

      await dialog.getByRole('button', { name: 'Колдонуучу түзүү' }).click();
      await page.getByRole('status').filter({ hasText: 'Колдонуучу түзүлдү.' }).waitFor();
      await page.getByLabel('Колдонуучуларды издөө').fill(username);
      await page.locator(`tr[data-username="${username}"]`).waitFor();

      await signOut(page, 'Чыгуу');
      await signIn(page, username, password);
      // An officer lands on their plans; their account is one click away.
      expect(new URL(page.url()).pathname).toBe('/work/plans');
      await page.goto('/account');
      await page.getByRole('heading', { level: 1, name: 'Жеке кабинет' }).waitFor();
      await page.getByText('Асель Токтогулова').first().waitFor();
      await page.getByText(agencyName.trim()).first().waitFor();

      expect(await menuLinks(page)).toEqual([
        ...PUBLIC_MENU,
        '/work/plans',
        '/work/procurement-concerns',
        '/work/whistleblower-reports',
        '/work/rewards',
        '/account',
      ]);

      await page.goto('/admin/users');
      await page.getByRole('heading', { level: 1, name: 'Кирүүгө уруксат жок' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('changes the password: checks the repeat locally and shows the server errors', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'declarant', DEMO_PASSWORD);
      // A declarant lands on their declarations; the password form is in the personal account.
      await page.goto('/account');
      const form = page.locator('form');
      const current = form.getByLabel('Учурдагы сырсөз');
      const next = form.getByLabel(/^Жаңы сырсөз[\s*]*$/);
      const repeat = form.getByLabel('Жаңы сырсөздү кайталаңыз');
      const submit = form.getByRole('button', { name: 'Сырсөздү өзгөртүү' });

      await current.fill(DEMO_PASSWORD);
      await next.fill('Declarant-new-2026');
      await repeat.fill('Declarant-other-2026');
      await submit.click();
      await form.getByText('Жаңы сырсөздөр дал келбейт.').waitFor();

      await current.fill('not-my-password');
      await repeat.fill('Declarant-new-2026');
      await submit.click();
      await form.getByRole('alert').waitFor();

      await current.fill(DEMO_PASSWORD);
      await submit.click();
      await form.getByRole('status').filter({ hasText: 'Сырсөз өзгөртүлдү.' }).waitFor();

      await signOut(page, 'Чыгуу');
      await signIn(page, 'declarant', 'Declarant-new-2026');
      expect(new URL(page.url()).pathname).toBe('/my-declarations');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lands the head of a state body on the notifications to decide, with their menu', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'head', DEMO_PASSWORD);
      expect(new URL(page.url()).pathname).toBe('/work/conflict-notifications');
      await page.getByRole('heading', { level: 1, name: 'Чечим күткөн билдирүүлөр' }).waitFor();
      expect(await menuLinks(page)).toEqual([
        ...PUBLIC_MENU,
        '/work/conflict-cases',
        '/work/conflict-notifications',
        '/work/procurement-concerns',
        '/account',
      ]);
      await page.goto('/work/conflicts');
      await page.getByRole('heading', { level: 1, name: 'Кирүүгө уруксат жок' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a visitor only the public menu', async () => {
    const { page, close } = await openPage(live.browser, live.url);
    try {
      await page.goto('/');
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await menuLinks(page)).toEqual(PUBLIC_MENU);
    } finally {
      await close();
    }
  });
});
