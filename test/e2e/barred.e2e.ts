import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe.ts';
import { openPage, PHONE, signIn } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

/**
 * The register of legal entities barred for corruption offences (Plan item 16), in Kyrgyz: the
 * public reads, searches and checks it; the prosecutor records a bar (refused first, then
 * accepted) and lifts it after confirming. Steps that change data run in order.
 */

const TITLE = 'Коррупциялык укук бузууларга катышкан юридикалык жактардын реестри';
const DEMO_BUILDER = '«Демо Курулуш» ЖЧК (синтетикалык)';
const DEMO_BUILDER_INN = '02203201910150';
const NEW_NAME = '«Браузер Тест Соода» ЖЧК';

const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function openRegister(page: Page) {
  await page.goto('/barred-entities');
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.locator('[data-barred-row]').first().waitFor();
}

describe('the register of barred legal entities', () => {
  const live = useLivePlatform();
  const shared = { entryUrl: '' };

  it('shows the demo entries to anyone, finds one, opens it, and answers the check', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await openRegister(page);
      expect(await page.locator('[data-barred-row]').count()).toBe(6);
      const builder = page.locator(`[data-identifier="${DEMO_BUILDER_INN}"]`);
      await builder.getByRole('link', { name: DEMO_BUILDER }).waitFor();
      expect(await builder.locator('[data-restriction]').allInnerTexts()).toEqual([
        'Мамлекеттик сатып алуулар',
        'Тендерлер',
        'Аукциондор',
      ]);
      expect(await builder.locator('[data-state]').textContent()).toBe('Күчүндө');
      expect(await page.locator('[data-state="lifted"]').count()).toBe(1);
      expect(await page.locator('[data-state="expired"]').count()).toBe(1);
      await expectNoSeriousViolations(page);

      await page.getByLabel('Издөө', { exact: true }).fill('Медтехника');
      await page.waitForFunction(() => document.querySelectorAll('[data-barred-row]').length === 1);
      await page.getByRole('link', { name: '«Демо Медтехника» ЖЧК (синтетикалык)' }).click();
      await page
        .getByRole('heading', { level: 1, name: '«Демо Медтехника» ЖЧК (синтетикалык)' })
        .waitFor();
      await page.getByText('Медициналык жабдууларды сатып алууда', { exact: false }).waitFor();
      expect(await page.locator('[data-history] li').count()).toBe(1);
      expect(await page.locator('[data-restriction]').count()).toBe(6);
      await expectNoSeriousViolations(page);

      // The lifted demo entry tells when and why.
      await openRegister(page);
      await page.locator('[data-filter="state"]').selectOption('lifted');
      await page.waitForFunction(() => document.querySelectorAll('[data-barred-row]').length === 1);
      await page.locator('[data-barred-row] a').first().click();
      await page.locator('[data-event="lifted"]').waitFor();
      expect(await page.locator('[data-event="lifted"]').textContent()).toContain(
        'Жогорку сотунун токтому',
      );

      await openRegister(page);
      const check = page.locator('[data-barred-check]');
      await check.getByLabel('ИНН (14 сан)').fill('123');
      await check.getByRole('button', { name: 'Текшерүү' }).click();
      await check.getByText('ИНН 14 сандан турат.').waitFor();
      await check.getByLabel('ИНН (14 сан)').fill(`KG-INN-${DEMO_BUILDER_INN}`);
      await check.getByRole('button', { name: 'Текшерүү' }).click();
      const barred = check.locator('[data-check-answer="barred"]');
      await barred.waitFor();
      expect(await barred.textContent()).toContain(`ИНН ${DEMO_BUILDER_INN}: бүгүн чектелген`);
      await barred.getByRole('link', { name: DEMO_BUILDER }).waitFor();
      await check.getByLabel('ИНН (14 сан)').fill('09999999999999');
      await check.getByRole('button', { name: 'Текшерүү' }).click();
      await check.locator('[data-check-answer="clear"]').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets the prosecutor record a bar: refused with reasons first, then recorded', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'prosecutor', DEMO_PASSWORD);
      await openRegister(page);
      await page.getByRole('link', { name: 'Чектөөнү каттоо' }).click();
      await page.getByRole('heading', { level: 1, name: 'Чектөөнү каттоо' }).waitFor();
      const form = page.locator('[data-record-form]');
      await form.getByLabel('Юридикалык жактын аталышы').fill(NEW_NAME);
      await form.getByLabel('ИНН (14 сан)').fill('12345');
      await form.locator('input[data-field="court"]').fill('Бишкек шаарынын Октябрь райондук соту');
      await form.getByLabel('Чечимдин номери').fill('УД-501/26');
      await form.getByLabel('Чечимдин күнү').fill('2099-01-01');
      await form.getByLabel('Чектөөнүн биринчи күнү').fill('2026-11-01');
      await form.getByLabel('Чектөөнүн акыркы күнү').fill('2026-10-01');
      await form.locator('button[type="submit"]').click();
      for (const message of [
        'ИНН 14 сандан турушу керек.',
        'Чечимдин күнүн жазыңыз; ал келечекте болбошу керек.',
        'Укуктук негизин жазыңыз.',
        'Жок дегенде бир чектөөнү тандаңыз.',
        'Акыркы күнү биринчи күнүнөн мурун болбошу керек.',
      ]) {
        await form.getByText(message).waitFor();
      }
      await expectNoSeriousViolations(page);

      // The same decision as a demo entry: the server refuses it and points to the entry.
      await form.getByLabel('ИНН (14 сан)').fill(DEMO_BUILDER_INN);
      await form
        .locator('input[data-field="court"]')
        .fill('Бишкек шаарынын Биринчи май райондук соту');
      await form.getByLabel('Чечимдин номери').fill('УД-0112/24 (демо)');
      await form.getByLabel('Чечимдин күнү').fill('2026-10-20');
      await form.getByLabel('Укуктук негизи').fill('Юридикалык жактын кызыкчылыгында пара берүү');
      await form.getByLabel('Тендерлер').check();
      await form.getByLabel('Субсидиялар').check();
      await form.getByLabel('Чектөөнүн акыркы күнү').fill('2029-10-31');
      await form.locator('button[type="submit"]').click();
      await form
        .locator('[data-form-error]')
        .getByText('мурунтан эле реестрде катталган')
        .waitFor();
      await form.locator('[data-duplicate]').waitFor();

      await form.getByLabel('ИНН (14 сан)').fill('01211202310077');
      await form.getByLabel('Чечимдин номери').fill('УД-501/26');
      await form.locator('button[type="submit"]').click();
      await page.getByRole('heading', { level: 1, name: NEW_NAME }).waitFor();
      await page.getByText('Чектөө реестрге киргизилди.').waitFor();
      expect(await page.locator('[data-restriction]').allInnerTexts()).toEqual([
        'Тендерлер',
        'Субсидиялар',
      ]);
      // span: the sidebar's scroll area also carries data-state once the menu is long.
      expect(await page.locator('span[data-state]').first().textContent()).toBe('Күчүндө');
      shared.entryUrl = new URL(page.url()).pathname;
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets the prosecutor lift the bar after giving a reason and confirming', async () => {
    expect(shared.entryUrl).toMatch(/^\/barred-entities\/[0-9a-f-]{36}$/);
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'prosecutor', DEMO_PASSWORD);
      await page.goto(shared.entryUrl);
      await page.getByRole('heading', { level: 1, name: NEW_NAME }).waitFor();
      await page.getByRole('button', { name: 'Чектөөнү алып салуу' }).click();
      const dialog = page.getByRole('dialog', { name: 'Чектөөнү алып салуу' });
      await dialog.getByRole('button', { name: 'Улантуу' }).click();
      await dialog.getByText('Бул талааны толтуруңуз.').waitFor();
      await dialog.getByLabel('Алып салуунун себеби').fill('Апелляциялык сот өкүмдү жокко чыгарды');
      await dialog.getByRole('button', { name: 'Улантуу' }).click();
      const confirm = page.getByRole('dialog', { name: 'Чектөөнү алып саласызбы?' });
      await confirm.getByText(`${NEW_NAME} боюнча чектөө`).waitFor();
      await expectNoSeriousViolations(page);
      await confirm.getByRole('button', { name: 'Ооба, алып салуу' }).click();
      await page.getByText('Чектөө алынып салынды.', { exact: true }).waitFor();
      expect(await page.locator('span[data-state]').first().textContent()).toBe('Алынып салынган');
      expect(await page.locator('[data-event="lifted"]').textContent()).toContain(
        'Апелляциялык сот өкүмдү жокко чыгарды',
      );
      expect(await page.getByRole('button', { name: 'Чектөөнү алып салуу' }).count()).toBe(0);

      // The check no longer finds it.
      await openRegister(page);
      const check = page.locator('[data-barred-check]');
      await check.getByLabel('ИНН (14 сан)').fill('01211202310077');
      await check.getByRole('button', { name: 'Текшерүү' }).click();
      await check.locator('[data-check-answer="clear"]').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('fits a phone without sideways scrolling', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { viewport: PHONE });
    try {
      await openRegister(page);
      expect(await noSideScroll(page)).toBe(true);
      await page.locator('[data-barred-row] a').first().click();
      await page.locator('[data-barred-entry]').waitFor();
      expect(await noSideScroll(page)).toBe(true);
      await signIn(page, 'prosecutor', DEMO_PASSWORD);
      await page.goto('/barred-entities/new');
      await page.getByRole('heading', { level: 1, name: 'Чектөөнү каттоо' }).waitFor();
      await page.locator('[data-record-form] button[type="submit"]').click();
      await page.getByText('Жок дегенде бир чектөөнү тандаңыз.').waitFor();
      expect(await noSideScroll(page)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the record form from other roles', async () => {
    const { page, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'verifier', DEMO_PASSWORD);
      await page.goto('/barred-entities');
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      expect(await page.getByRole('link', { name: 'Чектөөнү каттоо' }).count()).toBe(0);
      await page.goto('/barred-entities/new');
      await page.getByRole('heading', { name: 'Кирүүгө уруксат жок' }).waitFor();
    } finally {
      await close();
    }
  });
});
