import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe.ts';
import { openPage, PHONE, signIn } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

/**
 * The declarant's side of conflicts of interest and the two public pages, in Kyrgyz: the demo
 * declarant files a declaration of private interests, is told beside the field that a relative's
 * PIN cannot be, fixes it and gets a receipt; a verifier opens a case about the declarant, who
 * answers it with a notification; a visitor searches and filters the register of state
 * organisations and reads the published notifications without signing in. The steps run in order.
 */

/** A field by its label; required fields' labels end in an asterisk. */
const field = (scope: ReturnType<Page['locator']>, label: string) =>
  scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));

/** The last item of a section of the private-interest form. */
const lastItem = (page: Page, section: string) =>
  page.locator(`[data-interest-section="${section}"] [data-item]`).last();

/** The birth date is in the PIN (digits 2-9, DDMMYYYY): 2 = male, then 14.03.1985, then a serial. */
const RELATIVE_BIRTH = '1985-03-14';
const RELATIVE_PIN = '21403198500123';
/** Fourteen digits, but the 34th month: no PIN is like this. */
const IMPOSSIBLE_PIN = '21434198500123';

/** Signs a verifier in through the API and opens a case on a finding about `fullName`. */
async function verifierOpensCase(browser: Browser, url: string, fullName: string) {
  const { page, close } = await openPage(browser, url);
  try {
    await signIn(page, 'verifier', DEMO_PASSWORD);
    const session = (await (await page.request.get('/api/session')).json()) as {
      csrfToken: string;
    };
    const findings = (await (
      await page.request.get('/api/conflict-findings?state=open&pageSize=200')
    ).json()) as { items: { id: string; official: { name: string } }[] };
    const finding = findings.items.find((f) => f.official.name === fullName);
    expect(finding, `an open finding about ${fullName}`).toBeDefined();
    const opened = await page.request.post('/api/conflict-cases', {
      headers: { 'x-csrf-token': session.csrfToken },
      data: { findingId: finding!.id, summary: 'Жубайы жетектеген компания менен келишим' },
    });
    expect(opened.status(), await opened.text()).toBe(201);
  } finally {
    await close();
  }
}

describe('my conflicts of interest and the public pages', () => {
  const live = useLivePlatform();
  const shared = { fullName: '' };

  it('a declarant files a declaration of private interests: an impossible PIN is named beside its field, then a receipt', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, {
      bypassCSP: true,
    });
    try {
      await signIn(page, 'declarant', DEMO_PASSWORD);
      await page.goto('/my-conflicts');
      await page
        .getByRole('heading', { level: 1, name: 'Менин кызыкчылыктарымдын кагылышуусу' })
        .waitFor();
      shared.fullName = (await page.locator('[data-declarant]').textContent())!
        .split(' — ')[0]!
        .trim();
      // Nothing filed yet: each list explains what it is for.
      await page.locator('[data-empty="interest-declarations"]').waitFor();
      expect(await page.locator('[data-empty="notifications"]').textContent()).toContain(
        '«Кызыкчылыктардын кагылышуусу жөнүндө» Мыйзамга',
      );

      await page.getByRole('link', { name: 'Декларация тапшыруу' }).click();
      await page.waitForURL('**/my-conflicts/interests/new');
      // The post comes from the register of declarants.
      expect(await field(page.locator('body'), 'Кызмат орду').inputValue()).not.toBe('');
      await field(page.locator('body'), 'Кызматка киришкен күнү').fill('2024-03-01');

      await page.getByRole('button', { name: 'Тууган кошуу' }).click();
      const relative = lastItem(page, 'relatives');
      await field(relative, 'Туугандык даражасы').selectOption('sibling');
      await field(relative, 'Аты-жөнү').fill('Асанов Бакыт Маратович');
      await field(relative, 'ПИН (жеке идентификациялык номер)').fill(IMPOSSIBLE_PIN);
      await field(relative, 'Туулган күнү').fill(RELATIVE_BIRTH);

      await page.getByRole('button', { name: 'Компания кошуу' }).click();
      const company = lastItem(page, 'companies');
      await field(company, 'Кимдики').selectOption({
        label: 'Бир тууганы: Асанов Бакыт Маратович',
      });
      await field(company, 'Компаниянын аталышы').fill('«Нарын Агро» ЖЧК');
      await field(company, 'Ролу').selectOption('founder');
      await field(company, 'Үлүшү, %').fill('40');

      await page.getByRole('button', { name: 'Декларацияны тапшыруу' }).click();
      await page.getByRole('button', { name: 'Ооба, тапшыруу' }).click();

      // Refused: the summary names the field, and the field says why.
      await page.locator('[data-problem-summary]').waitFor();
      const pin = field(relative, 'ПИН (жеке идентификациялык номер)');
      await expect.poll(() => pin.getAttribute('aria-invalid')).toBe('true');
      const problem = await page.locator(`#${await pin.getAttribute('id')}-error`).textContent();
      expect(problem).toContain('туулган күндү');
      expect(await page.locator('[data-interest-receipt]').count()).toBe(0);
      // The form with items and refusals in it is as accessible as the empty one.
      await expectNoSeriousViolations(page);

      // Fixed: the problem goes with the value, and the declaration is filed.
      await pin.fill(RELATIVE_PIN);
      expect(await pin.getAttribute('aria-invalid')).not.toBe('true');
      await page.getByRole('button', { name: 'Декларацияны тапшыруу' }).click();
      await page.getByRole('button', { name: 'Ооба, тапшыруу' }).click();
      await page.locator('[data-interest-receipt]').waitFor();
      expect(await page.locator('[data-receipt]').textContent()).toMatch(/^[0-9a-f]{64}$/);

      await page
        .getByRole('link', { name: 'Менин кызыкчылыктарымдын кагылышуусуна кайтуу' })
        .click();
      await page.locator('[data-interest-declaration]').first().waitFor();
      expect(await page.locator('[data-interest-declaration]').count()).toBe(1);
      expect(await page.locator('[data-my-interest-declarations]').textContent()).toContain(
        'Күчүндө',
      );
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a declarant answers a case about them with a notification; empty fields are named first', async () => {
    await verifierOpensCase(live.browser, live.url, shared.fullName);
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'declarant', DEMO_PASSWORD);
      await page.goto('/my-conflicts');
      const kase = page.locator('[data-case]').first();
      await kase.waitFor();
      expect(await kase.getAttribute('data-case-state')).toBe('open');
      expect(await kase.locator('[data-ask]').getAttribute('data-ask')).toBe('notify');

      await kase.getByRole('button', { name: /иши боюнча билдирүү берүү$/ }).click();
      const form = page.locator('[data-notification-form]');
      await form.getByRole('button', { name: 'Билдирүү берүү' }).click();
      expect(await form.getByText('Бул талааны толтуруңуз.').count()).toBe(2);

      await field(form, 'Кагылышуу эмнеде').fill(
        'Жубайым жетектеген компания министрлик менен имаратты оңдоо боюнча келишим түзгөн.',
      );
      await field(form, 'Байланыштуу тарап').fill('«Ак-Суу Курулуш» ЖЧК, директору — жубайым');
      await form.getByRole('button', { name: 'Билдирүү берүү' }).click();
      await page.getByRole('status').filter({ hasText: 'Билдирүү берилди' }).waitFor();

      const notification = page.locator('[data-notification]').first();
      await notification.waitFor();
      expect(await notification.getAttribute('data-state')).toBe('filed');
      expect(await notification.locator('[data-measure]').textContent()).toBe(
        'Жетекчинин чечими күтүлүүдө',
      );
      await expect
        .poll(() => page.locator('[data-case] [data-ask]').first().getAttribute('data-ask'))
        .toBe('waitDecision');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a visitor searches and filters the register of state organisations, and opens one', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, {
      viewport: PHONE,
      bypassCSP: true,
    });
    try {
      await page.goto('/state-organisations');
      await page
        .getByRole('heading', { level: 1, name: 'Мамлекеттик уюмдардын реестри' })
        .waitFor();
      const rows = page.locator('[data-organisation-row]');
      await rows.first().waitFor();
      const all = await rows.count();
      expect(all).toBeGreaterThan(1);
      // Demo rows say they are made up.
      expect(await page.locator('[data-synthetic]').count()).toBeGreaterThan(0);

      await page.getByLabel('Уюмдун түрү').selectOption('municipal_enterprise');
      await expect
        .poll(async () =>
          (
            await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-register')))
          ).join(),
        )
        .toMatch(/^municipal_enterprise(,municipal_enterprise)*$/);

      await page.getByLabel('Уюмдун түрү').selectOption('');
      await page.getByRole('searchbox', { name: 'Издөө' }).fill('жылуулук');
      await expect.poll(() => rows.count()).toBe(1);
      await rows.first().getByRole('link').click();
      await page.waitForURL(/\/state-organisations\/[0-9a-f-]{36}$/);
      await page.locator('[data-synthetic-notice]').waitFor();
      expect(await page.locator('[data-source]').textContent()).not.toBe('—');
      expect(await page.locator('[data-state-percent]').textContent()).toContain('100');
      await expectNoSeriousViolations(page);

      await page.goto('/state-organisations?q=no-such-organisation-anywhere');
      await page.getByText('Эч нерсе табылган жок.').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a visitor reads the published notifications with the head’s measure, without signing in', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await page.goto('/conflict-notifications');
      await page
        .getByRole('heading', {
          level: 1,
          name: 'Кызыкчылыктардын кагылышуусу жөнүндө билдирүүлөр',
        })
        .waitFor();
      const cards = page.locator('[data-published-notification]');
      await cards.first().waitFor();
      expect(await page.locator('[data-measure="recusal"]').count()).toBeGreaterThan(0);
      // What is published and why, and the open data download.
      expect(await page.locator('[data-publication-note]').textContent()).toContain(
        'Пландын 5-пункту',
      );
      await page.locator('[data-dataset-link="conflict-notifications"]').waitFor();

      await page.getByLabel('Жыл').selectOption('2019');
      await page.locator('[data-notifications-empty]').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
