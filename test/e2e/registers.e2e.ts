import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe.ts';
import { openPage, PHONE, signIn } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

type Budget = { executionShare: number | null; agencies: unknown[] };
type Timeliness = { agencies: { due: number; onTimeShare: number | null }[] };

const TABS = ['council-meetings', 'public-councils', 'reporting-timeliness', 'budget'] as const;

/** Waits until a register's tab has drawn its data (or its empty state). */
async function tabReady(page: Page, slug: (typeof TABS)[number]) {
  const ready = {
    'council-meetings': '[data-meeting-list]',
    'public-councils': '[data-council-list]',
    'reporting-timeliness': '[data-timeliness-table], [data-timeliness-empty]',
    budget: '[data-budget-table], [data-budget-empty]',
  }[slug];
  await page.locator(`[data-register-panel="${slug}"] ${ready}`).first().waitFor();
  await page.waitForLoadState('networkidle');
}

describe('the registers the Plan names', () => {
  const live = useLivePlatform();

  it('shows the public the Council meetings, 2023 marked as failing the Plan, in Kyrgyz', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await page.goto('/strategy/registers');
      await page.getByRole('heading', { level: 1, name: 'Пландын реестрлери' }).waitFor();
      const tab = page.getByRole('tab', { name: 'Кеңештин жыйындары' });
      expect(await tab.getAttribute('aria-selected')).toBe('true');
      await tabReady(page, 'council-meetings');
      const panel = page.locator('[data-register-panel="council-meetings"]');
      expect(await panel.locator('[data-requirement]').textContent()).toBe(
        'Кеңеш жылына кеминде эки жолу чогулушу керек.',
      );
      expect(
        await panel.locator('[data-plan-requirement]').getAttribute('data-plan-requirement'),
      ).toBe('9');

      const y2023 = panel.locator('[data-per-year] tr[data-year="2023"]');
      expect(await y2023.getAttribute('data-status')).toBe('not_met');
      expect(await y2023.locator('[data-year-status]').textContent()).toBe('Талап аткарылган жок');
      for (const year of [2021, 2022, 2024]) {
        const row = panel.locator(`[data-per-year] tr[data-year="${year}"]`);
        expect(await row.getAttribute('data-status'), String(year)).toBe('met');
      }
      expect(await panel.locator('[data-missed-years]').textContent()).toBe(
        'Талап аткарылбаган жылдар: 2023.',
      );

      // Every demo meeting, newest first, labelled as synthetic.
      const cards = panel.locator('[data-meeting]');
      expect(await cards.count()).toBe(9);
      expect(await cards.first().getAttribute('data-held-on')).toBe('2025-11-20');
      expect(await cards.first().textContent()).toContain('Синтетикалык');
      expect(await cards.first().locator('[data-agenda]').textContent()).toContain(
        '(демо, синтетикалык)',
      );
      // A visitor reads; nothing to record, edit or delete.
      expect(await page.locator('[data-record-meeting], [data-edit-meeting]').count()).toBe(0);

      // The year filter: 2023 had one meeting.
      await panel.getByLabel('Жыл', { exact: true }).selectOption('2023');
      await page.waitForURL((url) => url.searchParams.get('year') === '2023');
      await expect.poll(() => cards.count()).toBe(1);
      expect(await cards.first().getAttribute('data-held-on')).toBe('2023-06-22');
      await expectNoSeriousViolations(page);

      // The tabs work from the keyboard, each with its own address.
      await tab.focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForURL((url) => url.pathname === '/strategy/registers/public-councils');
      await tabReady(page, 'public-councils');
      expect(
        await page.getByRole('tab', { name: 'Коомдук кеңештер' }).getAttribute('aria-selected'),
      ).toBe('true');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows public councils with their latest score and the reasons behind every evaluation', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await page.goto('/strategy/registers/public-councils');
      await tabReady(page, 'public-councils');
      const card = page.locator('[data-council]').first();
      const latest = card.locator('[data-latest-evaluation]');
      expect(await latest.getAttribute('data-latest-evaluation')).toBe('2024');
      expect(await latest.textContent()).toMatch(/^2024-жыл: \d+ \/ 100/);
      expect(await latest.locator('[data-rating]').count()).toBe(1);

      const toggle = card.locator('[data-toggle-history]');
      expect(await toggle.textContent()).toBe('Баалоо тарыхы (3)');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const history = card.locator('[data-evaluation-history]');
      expect(await history.locator('[data-evaluation]').count()).toBe(3);
      const newest = history.locator('[data-evaluation="2024"]');
      expect(await newest.locator('[data-criterion]').count()).toBe(5);
      expect(
        await newest.locator('[data-criterion="annualReport"] [data-criterion-name]').textContent(),
      ).toBe('Жылдык отчет');
      expect(
        await newest.locator('[data-criterion="meetings"] [data-criterion-facts]').textContent(),
      ).toMatch(/^Өткөрүлгөн жыйындар: \d+$/);
      expect(await newest.locator('[data-criterion-points]').first().textContent()).toMatch(
        /^[\d,]+ \/ 20$/,
      );
      expect(await page.locator('[data-register-council], [data-evaluate-council]').count()).toBe(
        0,
      );
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('renders the timeliness and budget tables for 2022, sortable, against the Plan', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      const timeliness = (await (
        await page.request.get(`${live.url}/api/registers/reporting-timeliness?year=2022`)
      ).json()) as Timeliness;
      expect(timeliness.agencies.length).toBeGreaterThan(0);

      await page.goto('/strategy/registers/reporting-timeliness');
      await page
        .locator('[data-register-panel="reporting-timeliness"] [data-year-select]')
        .waitFor();
      await page.getByLabel('Жыл', { exact: true }).selectOption('2022');
      await page.waitForURL((url) => url.searchParams.get('year') === '2022');
      await page.locator('[data-timeliness="2022"]').waitFor();
      await tabReady(page, 'reporting-timeliness');
      const table = page.locator('[data-timeliness-table]');
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(timeliness.agencies.length);
      const due = timeliness.agencies.reduce((n, a) => n + a.due, 0);
      expect(await page.locator('[data-timeliness-summary]').textContent()).toMatch(
        new RegExp(
          `^2022-жылы ${timeliness.agencies.length} мекеме ${due} отчет бериши керек болчу`,
        ),
      );
      expect(await page.locator('[data-requirement]').textContent()).toContain('100%ы өз убагында');
      expect(await page.locator('[data-chart="timeliness"] li').count()).toBe(
        timeliness.agencies.length,
      );
      // Sorted by the on-time share, lowest first.
      await table.getByRole('button', { name: 'Өз убагында берилгени' }).click();
      await page.waitForURL((url) => url.searchParams.get('sort') === 'share');
      await table
        .locator('th[aria-sort="ascending"]', { hasText: 'Өз убагында берилгени' })
        .waitFor();
      const lowest = Math.min(...timeliness.agencies.map((a) => a.onTimeShare ?? 101));
      expect(Number(await rows.first().locator('[data-share]').getAttribute('data-share'))).toBe(
        lowest,
      );
      // A second click reverses the order.
      await table.getByRole('button', { name: 'Өз убагында берилгени' }).click();
      await table.locator('th[aria-sort="descending"]').waitFor();
      expect(Number(await rows.first().locator('[data-share]').getAttribute('data-share'))).toBe(
        Math.max(...timeliness.agencies.map((a) => a.onTimeShare ?? -1)),
      );
      await page.mouse.move(0, 0);
      await expectNoSeriousViolations(page);

      // 2024's windows are still open in the demo: nothing was due yet.
      await page.getByLabel('Жыл', { exact: true }).selectOption('2024');
      await page.locator('[data-timeliness-empty]').waitFor();
      expect(await page.locator('[data-timeliness-empty]').textContent()).toMatch(
        /^2024-жылы берилиши керек болгон отчеттор жок/,
      );

      const budget = (await (
        await page.request.get(`${live.url}/api/registers/budget?year=2022`)
      ).json()) as Budget;
      await page.goto('/strategy/registers/budget?year=2022');
      await tabReady(page, 'budget');
      const national = page.locator('[data-national-share]');
      expect(Number(await national.getAttribute('data-national-share'))).toBe(
        budget.executionShare,
      );
      expect(await national.textContent()).toContain(
        `${String(budget.executionShare).replace('.', ',')}%`,
      );
      expect(await national.textContent()).toContain('Талап: 95–100%');
      const budgetRows = page.locator('[data-budget-table] tbody tr');
      expect(await budgetRows.count()).toBe(budget.agencies.length);
      expect(await budgetRows.first().locator('[data-planned]').textContent()).toMatch(/ сом$/);
      expect(
        await page.locator('[data-budget-table] [data-within-band="true"]').count(),
      ).toBeGreaterThan(0);
      expect(
        await page.locator('[data-budget-table] [data-within-band="false"]').count(),
      ).toBeGreaterThan(0);
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets the coordinator record, correct and delete a meeting; the server’s refusal shows', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    const agenda = `Сыноо жыйыны ${Date.now().toString(36)}`;
    try {
      await signIn(page, 'coordinator', DEMO_PASSWORD);
      await page.goto('/strategy/registers');
      await tabReady(page, 'council-meetings');
      await page.locator('[data-record-meeting]').click();
      const form = page.locator('[data-meeting-form="new"]');
      await form.waitFor();
      await expectNoSeriousViolations(page);
      // Nothing filled in: the form says what is missing before asking the server.
      await form.locator('[data-save-meeting]').click();
      await form.getByText('Күндү тандаңыз.').waitFor();
      expect(await form.getByText('Бул талааны толтуруңуз.').count()).toBe(3);

      await form.getByLabel('Жыйындын күнү').fill('2025-02-03');
      await form.getByLabel('Күн тартиби (Кыргызча)').fill(agenda);
      await form.getByLabel('Күн тартиби (Русский)').fill('Тестовое заседание');
      await form.getByLabel('Күн тартиби (English)').fill('Test meeting');
      await form.getByLabel('Протоколго шилтеме (милдеттүү эмес)').fill('ftp://example.org/m');
      await form.locator('[data-save-meeting]').click();
      // The server refuses the address; its message and the field are shown, nothing recorded.
      await form.locator('[data-form-error]').waitFor();
      expect(await form.locator('[data-form-error]').textContent()).toContain(
        'Киргизилген маалыматтар туура эмес.',
      );
      await form.getByText('Бул талаа туура эмес толтурулган.').waitFor();
      await form.getByLabel('Протоколго шилтеме (милдеттүү эмес)').fill('https://example.org/m');
      await form.locator('[data-save-meeting]').click();
      await form.waitFor({ state: 'detached' });
      await page.getByText('Жыйын катталды.').waitFor();

      const card = page.locator('[data-meeting]', { hasText: agenda });
      await card.waitFor();
      expect(await card.getAttribute('data-held-on')).toBe('2025-02-03');
      expect(await card.locator('[data-minutes] a').getAttribute('href')).toBe(
        'https://example.org/m',
      );
      expect(
        await page.locator('[data-per-year] tr[data-year="2025"] td').first().textContent(),
      ).toBe('3');

      // Correct it.
      await card.locator('[data-edit-meeting]').click();
      const edit = page.locator('form[data-meeting-form]:not([data-meeting-form="new"])');
      await edit.getByLabel('Күн тартиби (Кыргызча)').fill(`${agenda} (оңдолду)`);
      await edit.locator('[data-save-meeting]').click();
      await edit.waitFor({ state: 'detached' });
      await page.getByText('Жыйын тууралуу маалымат өзгөртүлдү.').waitFor();
      await page.locator('[data-meeting] [data-agenda]', { hasText: '(оңдолду)' }).waitFor();

      // Delete it, after saying yes.
      await card.locator('[data-remove-meeting]').click();
      const confirm = page.getByRole('dialog');
      await confirm.getByText('Муну кайтарууга болбойт').waitFor();
      await confirm.locator('[data-confirm]').click();
      await page.getByText('Жыйын реестрден өчүрүлдү.').waitFor();
      await card.waitFor({ state: 'detached' });
      expect(await page.locator('[data-meeting]').count()).toBe(9);
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets the coordinator evaluate a council for a year and shows the score', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'coordinator', DEMO_PASSWORD);
      await page.goto('/strategy/registers/public-councils');
      await tabReady(page, 'public-councils');
      const card = page.locator('[data-council]').first();
      await card.locator('[data-evaluate-council]').click();
      const form = page.locator('[data-evaluation-form]');
      await form.waitFor();
      await form.getByLabel('Бааланган жыл').fill('2021');
      await form.getByLabel('Өткөрүлгөн жыйындар').fill('4');
      await form.getByLabel('Берилген сунуштар').fill('10');
      await form.getByLabel('Кабыл алынган сунуштар').fill('11');
      await form.getByLabel('Каралган актылардын долбоорлору').fill('3');
      await form.getByLabel('Каралган кайрылуулар').fill('10');
      await form.locator('[data-save-evaluation]').click();
      await form.getByText('Кабыл алынган сунуштар берилгендерден көп боло албайт.').waitFor();
      await form.getByLabel('Кабыл алынган сунуштар').fill('5');
      await form.locator('[data-save-evaluation]').click();

      // 20 + 30 × 5/10 + 20 + 15 + 0 (no annual report) = 70: effective.
      const result = page.locator('[data-evaluation-result="2021"]');
      await result.waitFor();
      expect(await result.getAttribute('data-score')).toBe('70');
      expect(await result.locator('[data-result-score]').textContent()).toBe('2021-жыл: 70 / 100');
      expect(await result.locator('[data-rating="effective"]').textContent()).toBe('Натыйжалуу');
      expect(
        await result
          .locator('[data-criterion="annualReport"] [data-criterion-points]')
          .textContent(),
      ).toBe('0 / 15');
      await expectNoSeriousViolations(page);
      await result.locator('[data-close-result]').click();
      await result.waitFor({ state: 'detached' });
      await card.locator('[data-toggle-history]', { hasText: '(4)' }).waitFor();

      // The same year again: the server refuses, and the form says why.
      await card.locator('[data-evaluate-council]').click();
      await form.getByLabel('Бааланган жыл').fill('2021');
      await form.locator('[data-save-evaluation]').click();
      await form.getByText('Бул кеңеш бул жыл үчүн мурунтан бааланган.').waitFor();
      await form.locator('[data-form-error]').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a citizen no buttons for keeping the registers', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'citizen', DEMO_PASSWORD);
      await page.goto('/strategy/registers/council-meetings');
      await tabReady(page, 'council-meetings');
      expect(
        await page
          .locator('[data-record-meeting], [data-edit-meeting], [data-remove-meeting]')
          .count(),
      ).toBe(0);
      await page.goto('/strategy/registers/public-councils');
      await tabReady(page, 'public-councils');
      expect(await page.locator('[data-register-council], [data-evaluate-council]').count()).toBe(
        0,
      );
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('fits every tab on a phone without sideways scrolling; unknown registers are not found', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { viewport: PHONE });
    try {
      for (const slug of TABS) {
        await page.goto(`/strategy/registers/${slug}?year=2022`);
        await tabReady(page, slug);
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          viewport: window.innerWidth,
        }));
        expect(widths.scroll, slug).toBeLessThanOrEqual(widths.viewport);
      }
      await page.goto('/strategy/registers/nonsense');
      await page.getByRole('heading', { name: 'Барак табылган жок' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
