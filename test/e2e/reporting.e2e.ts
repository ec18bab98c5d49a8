import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe.ts';
import { openPage, PHONE, signIn } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

/** A photo as a phone would take it: camera make and the place it was taken (Bishkek). */
const gpsPhoto = () =>
  sharp({ create: { width: 200, height: 150, channels: 3, background: '#888' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '42/1 52/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '74/1 36/1 0/1',
      },
    })
    .toBuffer();

const TITLE = 'Курулушка уруксат үчүн пара талап кылышты';
const TEXT =
  'Район администрациясынын адиси курулушка уруксат берүү үчүн 500 доллар талап кылды, акчаны накталай алды.';
const QUESTION = 'Акчаны качан жана кайсы жерде бердиңиз?';
const ANSWER = 'Март айында, администрациянын имаратында, экинчи кабатта.';
const RECEIPT_SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$/;

/** Kyrgyz dates on the pages: day.month.year, as format/dates.ts writes them. */
const kyDate = (isoDay: string) => isoDay.split('-').reverse().join('.');

const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Unlocks the signed-in handler's reporting key with their password (demo keys use it). */
async function unlockKey(page: Page) {
  const panel = page.locator('[data-key-panel]:not([data-key-panel="loading"])');
  await panel.waitFor();
  if ((await panel.getAttribute('data-key-panel')) === 'locked') {
    await page
      .locator('[data-key-unlock]')
      .getByLabel('Каттоо эсебинин сырсөзү')
      .fill(DEMO_PASSWORD);
    await page.locator('[data-key-unlock]').getByRole('button', { name: 'Кулпусун ачуу' }).click();
  }
  await page.locator('[data-key-panel="unlocked"]').waitFor();
}

describe('whistleblower reports', () => {
  const live = useLivePlatform();
  const state = { receipt: '', reference: '', deadline: '' };

  it('takes an anonymous report with a GPS photo, says what was removed and shows the receipt once', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(live.url) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
    });
    try {
      await page.goto('/report');
      await page.getByRole('heading', { level: 1, name: 'Коррупция тууралуу билдирүү' }).waitFor();
      await page.getByRole('heading', { name: 'Сиз кантип корголосуз' }).waitFor();
      expect(await page.locator('[data-explainer]').textContent()).toContain(
        'Жумуштагы компьютерден',
      );
      await page.locator('[data-category="bribery"]').waitFor();
      await expectNoSeriousViolations(page);

      // Bribery goes to the Anti-Corruption Service, whose demo handler is `investigator`.
      const bribery = page.getByRole('radio', { name: 'Пара', exact: true });
      expect(await page.locator('[data-category="bribery"]').textContent()).toContain(
        'Коррупцияга каршы кызматы',
      );
      await bribery.click();
      expect(await bribery.getAttribute('aria-checked')).toBe('true');
      await page.getByLabel('Кыска аталышы').fill(TITLE);
      await page.getByLabel('Эмне болду').fill(TEXT);
      await page.locator('input[type="file"]').setInputFiles({
        name: 'photo.jpg',
        mimeType: 'image/jpeg',
        buffer: await gpsPhoto(),
      });
      await page.locator('[data-file="photo.jpg"]').waitFor();
      await page.getByRole('button', { name: 'Билдирүүнү жөнөтүү' }).click();

      const receipt = page.locator('[data-receipt]');
      await receipt.waitFor({ timeout: 60_000 });
      state.receipt = (await receipt.getAttribute('data-receipt')) ?? '';
      expect(state.receipt).toMatch(RECEIPT_SHAPE);
      expect((await receipt.textContent())?.trim()).toBe(state.receipt);
      state.reference = (await page.locator('[data-reference]').textContent())?.trim() ?? '';
      expect(state.reference).toMatch(/^R-/);
      await page
        .getByRole('alert')
        .filter({ hasText: 'Квитанцияңызды азыр жазып алыңыз' })
        .waitFor();
      await page.getByRole('button', { name: 'Көчүрүү' }).waitFor();

      const removed = page.locator('[data-attachment-report] [data-removed]');
      expect(await removed.locator('[data-code="gps-position"]').textContent()).toBe(
        'Жайгашкан жер (GPS координаттары)',
      );
      expect(await removed.locator('[data-code="camera"]').count()).toBe(1);
      await expectNoSeriousViolations(page);

      // The reporter pages ask nothing of anyone but this server.
      expect(foreign).toEqual([]);
      // The token is kept in memory only.
      const stored = await page.evaluate(() => ({
        local: Object.keys(localStorage).filter((k) => k !== 'akniet.language'),
        session: Object.keys(sessionStorage),
        cookie: document.cookie,
      }));
      expect(stored).toEqual({ local: [], session: [], cookie: '' });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);

  it('lets the handler unlock the key, read the report, download the cleaned photo and ask a question', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'investigator', DEMO_PASSWORD);
      await page.goto('/work/whistleblower-reports');
      await page
        .getByRole('heading', { level: 1, name: 'Коррупция тууралуу билдирүүлөр' })
        .waitFor();
      await unlockKey(page);

      const row = page.locator(`[data-report-row="${state.reference}"]`);
      await row.locator('[data-row-title]', { hasText: TITLE }).waitFor();
      await row.getByRole('link', { name: state.reference }).click();
      await page.locator('[data-handler-view]').waitFor();
      expect(await page.locator('[data-report-title]').textContent()).toBe(TITLE);
      expect(await page.locator('[data-report-text]').textContent()).toBe(TEXT);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'photo.jpg жүктөп алуу' }).click(),
      ]);
      const meta = await sharp((await download.path()) as string).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.width).toBe(200);
      expect(meta.exif).toBeUndefined();

      const thread = page.locator('[data-messages]');
      await thread.getByLabel('Сиздин катыңыз').fill(QUESTION);
      await thread.getByRole('button', { name: 'Жөнөтүү' }).click();
      await thread.locator('[data-message="handler"]', { hasText: QUESTION }).waitFor();
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);

  it('brings the reporter back with the receipt typed loosely: they answer and ask for protection', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await page.goto('/report/follow-up');
      await page.getByRole('heading', { level: 1, name: 'Билдирүүмдү көзөмөлдөө' }).waitFor();
      await expectNoSeriousViolations(page);

      // A wrong receipt gets the server's refusal.
      await page.getByLabel('Квитанция').fill('0000-0000-0000-0000-0000-0000');
      await page.getByRole('button', { name: 'Билдирүүмдү ачуу' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Мындай квитанция табылган жок' })
        .waitFor({ timeout: 60_000 });
      expect(await page.locator('[data-reporter-view]').count()).toBe(0);

      // Lower case, no dashes: still the receipt.
      await page.getByLabel('Квитанция').fill(state.receipt.replaceAll('-', '').toLowerCase());
      await page.getByRole('button', { name: 'Билдирүүмдү ачуу' }).click();
      await page.locator('[data-reporter-view]').waitFor({ timeout: 60_000 });
      expect(await page.locator('[data-reference]').textContent()).toBe(state.reference);
      const thread = page.locator('[data-messages]');
      await thread.locator('[data-message="handler"]', { hasText: QUESTION }).waitFor();

      await thread.getByLabel('Сиздин катыңыз').fill(ANSWER);
      await thread.getByRole('button', { name: 'Жөнөтүү' }).click();
      await thread.locator('[data-message="reporter"]', { hasText: ANSWER }).waitFor();

      const protection = page.locator('[data-protection-form]');
      await protection.getByLabel('Сизге эмне болду').selectOption('dismissal');
      await protection
        .getByLabel('Толугураак')
        .fill('Билдиргенимден кийин жетекчи мени эч себепсиз жумуштан бошотту.');
      await protection.getByRole('button', { name: 'Өтүнүчтү жөнөтүү' }).click();
      const sent = page.locator('[data-protection-deadline]');
      await sent.waitFor();
      state.deadline = (await sent.getAttribute('data-protection-deadline')) ?? '';
      expect(state.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await sent.textContent()).toContain(kyDate(state.deadline));
      await page.locator(`[data-protection][data-deadline="${state.deadline}"]`).waitFor();

      await page.locator('[data-leave]').click();
      await page.locator('[data-left]').waitFor();
      expect(await page.locator('[data-reporter-view]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);

  it('shows the protection request with its deadline on the prosecutor’s queue', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'prosecutor', DEMO_PASSWORD);
      await page.goto('/work/protection');
      await page.getByRole('heading', { level: 1, name: 'Коргоо өтүнүчтөрү' }).waitFor();
      const row = page.locator(`[data-protection-row="${state.reference}"]`);
      await row.waitFor();
      const deadline = row.locator(`[data-deadline="${state.deadline}"]`);
      expect(await deadline.textContent()).toContain(kyDate(state.deadline));
      expect(await row.textContent()).toContain('Жумуштан бошотуу');
      expect(await row.getAttribute('data-overdue')).toBe('false');
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('publishes statistics with small counts withheld, and fits the reporter pages on a phone', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, {
      viewport: PHONE,
      bypassCSP: true,
    });
    try {
      await page.goto('/report/statistics');
      await page
        .getByRole('heading', { level: 1, name: 'Коррупция тууралуу билдирүүлөр: статистика' })
        .waitFor();
      await page.locator('[data-suppression-note]').waitFor();
      await page.locator('[data-figure]').first().waitFor();
      expect(await fitsWidth(page)).toBe(true);
      await expectNoSeriousViolations(page);

      for (const path of ['/report', '/report/follow-up']) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.locator('form').first().waitFor();
        expect(await fitsWidth(page), path).toBe(true);
      }
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
