import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe.ts';
import { openPage, PHONE, signIn } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

type Report = {
  id: string;
  organisationRegistrationNumber: string;
  measure: { id: string; agencyId: string; title: { ky: string } } | null;
  text: { ky?: string };
};

/** The demo organisation the demo login `citizen` belongs to. */
const CITIZENS_ORGANISATION = {
  registrationNumber: 'DEMO-CSO-0001',
  ky: 'Демо уюм: Жарандык ак ниеттүүлүк монитору (синтетикалык)',
};

describe('alternative reports of civil society', () => {
  const live = useLivePlatform();

  /** A demo measure the citizen's organisation has assessed: it has a published official report. */
  async function assessedMeasure(page: Page) {
    const res = await page.request.get(`${live.url}/api/alternative-reports?pageSize=50`);
    const reports = (await res.json()).items as Report[];
    const found = reports.find(
      (r) =>
        r.measure && r.organisationRegistrationNumber === CITIZENS_ORGANISATION.registrationNumber,
    );
    expect(found, 'a demo report of the citizen’s organisation on a measure').toBeTruthy();
    return found!.measure!;
  }

  it('a member files on a measure; the public sees it beside the official report, in Kyrgyz', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    const text = `Сыноо баасы: буйрук аткарылган жок (${Date.now().toString(36)})`;
    try {
      const measure = await assessedMeasure(page);
      await signIn(page, 'citizen', DEMO_PASSWORD);
      await page.goto(`/strategy/agencies/${measure.agencyId}`);
      const card = page.locator(`[data-measure="${measure.id}"]`);
      const fileButton = card.locator('[data-file-alternative="measure"]');
      await fileButton.waitFor();
      expect(await fileButton.textContent()).toBe('Альтернативдүү отчет берүү');
      await fileButton.click();

      const form = page.locator('[data-alternative-form]');
      await form.waitFor();
      expect(await form.locator('[data-form-target="measure"]').textContent()).toContain(
        measure.title.ky,
      );
      // Nothing chosen or written: the form says what is missing before asking the server.
      await form.locator('[data-submit-alternative]').click();
      await form.getByText('Бааны кыргызча же орусча жазыңыз.').first().waitFor();
      await form.getByLabel('Аткарылган жок').check();
      await form.getByLabel('Баа кыргызча').fill(text);
      await form.locator('[data-submit-alternative]').click();
      await form.waitFor({ state: 'detached' });
      await card.getByText('Альтернативдүү отчетуңуз жарыяланды.').waitFor();
      await card.locator('[data-alternative-text]', { hasText: text }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }

    // A visitor: the official report history and the new assessment side by side.
    const visitor = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      const measure = await assessedMeasure(visitor.page);
      await visitor.page.goto(`/strategy/agencies/${measure.agencyId}`);
      const card = visitor.page.locator(`[data-measure="${measure.id}"]`);
      const alternative = card.locator('[data-alternative-assessments]');
      const filed = alternative.locator('[data-alternative-report]', { hasText: text });
      await filed.waitFor();
      await alternative.getByRole('heading', { name: 'Жарандык коомдун баалары' }).waitFor();
      expect(await filed.locator('[data-organisation-name]').textContent()).toContain(
        CITIZENS_ORGANISATION.ky,
      );
      expect(await filed.locator('[data-registration]').textContent()).toBe(
        `Юстиция министрлигинде катталган, № ${CITIZENS_ORGANISATION.registrationNumber}`,
      );
      expect(await filed.locator('[data-assessment="not_done"]').textContent()).toContain(
        'Аткарылган жок',
      );
      // Newest first.
      expect(await alternative.locator('[data-alternative-text]').first().textContent()).toBe(text);
      const history = card.locator('[data-report-history]');
      await history.locator('[data-report-state="published"]').first().waitFor();
      expect(await alternative.locator('[data-official-status]').textContent()).toMatch(
        /^Акыркы жарыяланган расмий отчетто: /,
      );
      // Side by side on a desktop.
      const [left, right] = [await history.boundingBox(), await alternative.boundingBox()];
      expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
      expect(Math.abs(right!.y - left!.y)).toBeLessThan(2);
      // Visitors may read, not file.
      expect(await card.locator('[data-file-alternative]').count()).toBe(0);
      await visitor.page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(visitor.page);
      expect(visitor.errors).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('stacks the two views on a phone and never scrolls sideways', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { viewport: PHONE });
    try {
      const measure = await assessedMeasure(page);
      await page.goto(`/strategy/agencies/${measure.agencyId}`);
      const card = page.locator(`[data-measure="${measure.id}"]`);
      const alternative = card.locator('[data-alternative-assessments]');
      await alternative.locator('[data-alternative-report]').first().waitFor();
      const history = await card.locator('[data-report-history]').boundingBox();
      const beside = await alternative.boundingBox();
      expect(beside!.y).toBeGreaterThanOrEqual(history!.y + history!.height);
      for (const path of [`/strategy/agencies/${measure.agencyId}`, '/strategy/alternative']) {
        await page.goto(path);
        await page.locator('[data-alternative-report]').first().waitFor();
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

  it('shows the server’s message when it refuses a filing, and files nothing', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      const before = (await (await page.request.get('/api/alternative-reports')).json()).total;
      await signIn(page, 'citizen', DEMO_PASSWORD);
      await page.goto('/strategy/items/2');
      const section = page.locator('[data-item-alternatives="2"]');
      await section.locator('[data-alternative-report]').first().waitFor();
      await section.locator('[data-file-alternative="item"]').click();
      const form = page.locator('[data-alternative-form]');
      expect(await form.locator('[data-form-target="item"]').textContent()).toBe(
        'Пландын 2-пункту',
      );
      await form.getByLabel('Жарым-жартылай аткарылды').check();
      await form.getByLabel('Баа орусча').fill('Проверка');
      const link = form.getByLabel('Далилге шилтеме (милдеттүү эмес)');
      await link.fill('not a link');
      await form.locator('[data-submit-alternative]').click();
      const refusal = form.locator('[data-form-error]');
      await refusal.waitFor();
      expect(await refusal.getByRole('alert').textContent()).toContain(
        'Киргизилген маалыматтар туура эмес.',
      );
      expect(await link.getAttribute('aria-invalid')).toBe('true');
      await form.getByText('Бул талаа туура эмес толтурулган.').waitFor();
      expect((await (await page.request.get('/api/alternative-reports')).json()).total).toBe(
        before,
      );
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lists every report with its organisation and registration, filtered by Plan item', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await page.goto('/');
      await page.getByRole('link', { name: 'Альтернативдүү отчеттор' }).first().click();
      await page.waitForURL((url) => url.pathname === '/strategy/alternative');
      await page
        .getByRole('heading', { level: 1, name: 'Жарандык коомдун альтернативдүү отчеттору' })
        .waitFor();
      await page.locator('[data-alternative-report]').first().waitFor();
      expect(await page.locator('[data-alternative-report]').count()).toBeGreaterThanOrEqual(8);
      expect(await page.locator('[data-registration]').first().textContent()).toMatch(
        /^Юстиция министрлигинде катталган, № DEMO-CSO-\d{4}$/,
      );

      await page.goto('/strategy/alternative?item=2');
      await expect
        .poll(async () =>
          page.locator('[data-alternative-report] [data-target-item]').allTextContents(),
        )
        .toEqual(['Пландын 2-пункту']);
      expect(await page.locator('[data-alternative-report]').count()).toBe(1);
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('an admin registers an organisation and makes the citizen a member', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    const number = `E2E-${Date.now().toString(36).toUpperCase()}`;
    try {
      await signIn(page, 'admin', DEMO_PASSWORD);
      await page.goto('/admin/organisations');
      await page.getByRole('heading', { level: 1, name: 'Жарандык коом уюмдары' }).waitFor();
      await page.locator('[data-organisation-row="DEMO-CSO-0001"]').waitFor();
      await page.locator('[data-open-register]').click();
      const form = page.locator('[data-register-organisation]');
      await form.getByLabel('Аталышы (Кыргызча)').fill('Сыноо коомдук бирикмеси');
      await form.getByLabel('Аталышы (Русский)').fill('Тестовое общественное объединение');
      await form.getByLabel('Аталышы (English)').fill('Test public association');
      await form.getByLabel('Каттоо номери').fill(number);
      await form.getByLabel('Веб-сайт (милдеттүү эмес)').fill('https://example.org/e2e');
      await form.locator('[data-submit-organisation]').click();
      await page.getByText('Уюм катталды.').waitFor();
      const row = page.locator(`[data-organisation-row="${number}"]`);
      await row.waitFor();
      expect(await row.textContent()).toContain('Сыноо коомдук бирикмеси');

      // The same registration number again: the server's refusal is shown.
      await page.locator('[data-open-register]').click();
      await form.getByLabel('Аталышы (Кыргызча)').fill('Башка');
      await form.getByLabel('Аталышы (Русский)').fill('Другое');
      await form.getByLabel('Аталышы (English)').fill('Other');
      await form.getByLabel('Каттоо номери').fill(number);
      await form.locator('[data-submit-organisation]').click();
      expect(await form.locator('[data-form-error]').textContent()).toContain(
        'Мындай жазуу мурунтан эле бар.',
      );
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'detached' });

      await row.locator('[data-open-members]').click();
      const members = page.getByRole('dialog');
      await members.locator('[data-members-empty]').waitFor();
      await members.getByLabel('Колдонуучу', { exact: true }).fill('citizen');
      await page.getByRole('option', { name: 'Демо жаран (citizen)' }).click();
      await members.getByRole('button', { name: 'Мүчө кошуу' }).click();
      await members.locator('[data-member="citizen"]').waitFor();
      await expectNoSeriousViolations(page);

      // Removing asks first.
      await members.locator('[data-remove-member="citizen"]').click();
      await members.locator('[data-confirm-remove="citizen"]').waitFor();
      await members.locator('[data-confirm-remove-yes]').click();
      await members.locator('[data-members-empty]').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
