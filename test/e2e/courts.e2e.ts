import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeDays } from '../../src/modules/courts/days/close.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { openPage, PHONE, signIn } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

/**
 * The browser test of issue 7, in Kyrgyz: the court administrator registers two cases and the
 * system allocates them; the judge of the first is marked absent and the case is re-allocated
 * with the reason "judge absent"; the public court page shows both allocations and the
 * re-allocation with its reason; once the day is closed (its seed revealed, its head signed),
 * the public verify page recomputes the day's allocations in the browser and confirms them.
 * The steps run in order and share what the earlier ones recorded.
 */

const COURT = 'bishkek-pervomaisky';
const COURT_NAME = 'Бишкек шаарынын Биринчи Май райондук соту';
const WORK_TITLE = 'Сот иштерин бөлүштүрүү';

type Registered = { number: string; judgeId: string; judge: string };
const cases: Registered[] = [];

const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Fills the registration form and returns the case number and the judge the lot drew. */
async function registerCase(page: Page, claim: string, claimant: string, defendant: string) {
  const form = page.locator('[data-register-form]');
  await form.getByLabel(/^Иштин категориясы/).selectOption('civil');
  await form.getByLabel(/^Талаптын мазмуну/).fill(claim);
  await form.getByLabel(/^1-тараптын аты/).fill(claimant);
  await form.getByLabel(/^2-тараптын аты/).fill(defendant);
  const before = cases.map((c) => `:not([data-registered="${c.number}"])`).join('');
  await form.getByRole('button', { name: 'Каттоо жана бөлүштүрүү' }).click();
  const result = page.locator(`[data-registered]${before}`);
  await result.waitFor();
  const registered = {
    number: (await result.getAttribute('data-registered')) ?? '',
    judgeId: (await result.getAttribute('data-allocated-judge-id')) ?? '',
    judge: (await result.getAttribute('data-allocated-judge')) ?? '',
  };
  expect(await result.textContent()).toContain(
    `${registered.number} иши катталды жана бөлүштүрүлдү`,
  );
  expect(await result.textContent()).toContain(`Судья ${registered.judge}`);
  return registered;
}

describe('courts: automated allocation that anyone can verify', () => {
  const live = useLivePlatform();

  it('the court administrator registers two cases and each is allocated by lot', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'courtadmin', DEMO_PASSWORD);
      await page
        .getByRole('navigation', { name: 'Негизги меню' })
        .getByRole('link', { name: WORK_TITLE })
        .click();
      await page.getByRole('heading', { level: 1, name: WORK_TITLE }).waitFor();
      await page.getByLabel('Сот', { exact: true }).selectOption(COURT);
      await page.locator('[data-register-form]').waitFor();

      // Nothing is sent while a party has no name.
      await page.getByRole('button', { name: 'Каттоо жана бөлүштүрүү' }).click();
      await page.getByText('Категорияны тандаңыз.').waitFor();

      cases.push(
        await registerCase(
          page,
          'Карызды өндүрүү (синтетикалык)',
          'Асанов Бакыт',
          'Осмонова Динара',
        ),
      );
      cases.push(
        await registerCase(
          page,
          'Келтирилген зыяндын ордун толтуруу (синтетикалык)',
          'Исаков Улан',
          'Эсенова Нургүл',
        ),
      );
      await expectNoSeriousViolations(page);
      expect(cases[0]?.number).not.toBe(cases[1]?.number);
      expect(cases.every((c) => c.judgeId)).toBe(true);

      // Both are in the court's register of cases as allocated.
      await page.getByRole('tab', { name: 'Иштер' }).click();
      for (const c of cases) {
        const row = page.locator(`[data-case="${c.number}"]`);
        await row.waitFor();
        expect(await row.getAttribute('data-status')).toBe('allocated');
        expect(await row.locator('[data-judge]').textContent()).toBe(c.judge);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("the first case's judge is marked absent and the case is re-allocated for that reason", async () => {
    const first = cases[0]!;
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'courtadmin', DEMO_PASSWORD);
      await page.goto(`/work/courts?court=${COURT}&tab=judges`);
      await page
        .locator(`[data-judge-row="${first.judgeId}"]`)
        .getByRole('button', { name: `${first.judge} жок болуусун каттоо` })
        .click();
      const absence = page.getByRole('dialog', { name: `Жок болуу: ${first.judge}` });
      await absence.getByLabel('Себеби').selectOption('sickness');
      await absence.getByRole('button', { name: 'Сактоо' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${first.judge} жок болуусу катталды` })
        .waitFor();

      // The case, found by its number in the register.
      await page.getByRole('tab', { name: 'Иштер' }).click();
      await page.getByRole('searchbox', { name: 'Иштин номери' }).fill(first.number);
      await page.getByRole('link', { name: first.number }).click();
      await page.getByRole('heading', { level: 1, name: `${first.number} иши` }).waitFor();
      expect(await page.locator('[data-fact="judge"]').textContent()).toBe(first.judge);

      await page.getByRole('button', { name: 'Кайра бөлүштүрүү' }).click();
      const dialog = page.getByRole('dialog');
      // Without a reason nothing is asked yet.
      await dialog.getByRole('button', { name: 'Улантуу' }).click();
      await dialog.getByText('Себепти тандаңыз.').waitFor();
      await dialog.getByLabel('Судья жок').check();
      await dialog.getByLabel(/^Негиздеме/).fill('Судья ооруп калды (синтетикалык).');
      await dialog.getByRole('button', { name: 'Улантуу' }).click();
      await dialog.locator('[data-reallocate-confirm]').waitFor();
      expect(await dialog.textContent()).toContain(`Учурдагы судья ${first.judge}`);
      await dialog.getByRole('button', { name: 'Кайра бөлүштүрүү' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'чүчүкулак менен' })
        .filter({ hasText: 'кайра бөлүштүрүлдү' })
        .waitFor();

      // The history: the first allocation, then the re-allocation away from the absent judge.
      const again = page.locator('[data-history="allocation"][data-reason="judge_absent"]');
      await again.waitFor();
      expect(await again.textContent()).toContain(`Мурун: ${first.judge}`);
      const newJudge = await page.locator('[data-fact="judge"]').textContent();
      expect(newJudge).not.toBe(first.judge);
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the public court page shows both allocations and the re-allocation with its reason', async () => {
    const [first, second] = [cases[0]!, cases[1]!];
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await page.goto('/courts');
      await page.getByRole('link', { name: COURT_NAME }).click();
      await page.getByRole('heading', { level: 1, name: COURT_NAME }).waitFor();
      await page.locator('[data-synthetic-notice]').waitFor();

      // Newest first: the re-allocation and the two cases lead the list.
      const second1 = page.locator(`[data-allocation][data-case-number="${second.number}"]`);
      await second1.waitFor();
      expect(await second1.getAttribute('data-reason')).toBe('initial');
      expect(await second1.locator('[data-judge]').textContent()).toBe(second.judge);

      const firstRows = page.locator(`[data-allocation][data-case-number="${first.number}"]`);
      await firstRows.nth(1).waitFor();
      const initial = firstRows.and(page.locator('[data-reason="initial"]'));
      expect(await initial.locator('[data-judge]').textContent()).toBe(first.judge);
      const moved = firstRows.and(page.locator('[data-reason="judge_absent"]'));
      expect(await moved.textContent()).toContain('Судья жок');
      expect(await moved.locator('[data-previous-judge]').textContent()).toBe(
        `Мурун: ${first.judge}`,
      );
      // Today's seed is still secret: the draw can be checked tomorrow.
      await moved.locator('[data-pending]').waitFor();
      await expectNoSeriousViolations(page);

      // The other tabs, each with its own address and content, pass axe too.
      const shown = {
        fairness: '[data-verdict]',
        criteria: '[data-judges-table]',
        seeds: '[data-days-table]',
        alerts: '[data-alert-kind], [data-no-alerts]',
      };
      for (const [tab, marker] of Object.entries(shown)) {
        await page.locator(`[data-court-tab="${tab}"]`).click();
        await page.waitForURL(`**/courts/${COURT}/${tab}`);
        await page.locator(`[data-court-panel="${tab}"]`).locator(marker).first().waitFor();
        await expectNoSeriousViolations(page);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('once the day is closed, the verify page recomputes its allocations in the browser', {
    timeout: 120_000,
  }, async () => {
    // The day's close, as the nightly job runs it, a day ahead: the seed is revealed and the
    // day's head signed.
    const closed = await closeDays(live.db, new Date(Date.now() + 86_400_000));
    expect(closed.signed.length).toBeGreaterThan(0);

    // The real page headers (no CSP bypass): the check must run under the site's own policy.
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await page.goto('/courts');
      await page
        .getByRole('navigation', { name: 'Негизги меню' })
        .getByRole('link', { name: 'Бөлүштүрүүнү текшерүү' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Бөлүштүрүүлөрдү текшерүү' }).waitFor();
      await page.getByRole('button', { name: 'Текшерүү' }).click();
      // Either the verdict or the reason the browser could not check.
      const result = page.locator('[data-verify-result]');
      await page
        .locator('[data-verify-result], [role="alert"]')
        .first()
        .waitFor({ timeout: 90_000 });
      expect(await page.getByRole('alert').allTextContents()).toEqual([]);
      const problems = await page.locator('[data-problem]').allTextContents();
      expect(problems).toEqual([]);
      expect(await result.getAttribute('data-verify-result')).toBe('ok');
      await page.getByText('Баары туура').waitFor();
      const count = async (key: string) =>
        Number(await result.locator(`[data-count="${key}"]`).getAttribute('data-value'));
      // The demo's week and today's three allocations, every draw checked (today's seed is out).
      expect(await count('allocationsChecked')).toBeGreaterThanOrEqual(3);
      expect(await count('allocationsPending')).toBe(0);
      expect(await count('daysSigned')).toBeGreaterThanOrEqual(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the public pages pass axe and read on a phone without sideways scrolling', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await page.goto('/courts');
      await page.locator('[data-courts-table]').waitFor();
      await expectNoSeriousViolations(page);
      await page.goto('/courts/verify');
      await page.locator('[data-what-is-checked]').waitFor();
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
    const phone = await openPage(live.browser, live.url, { viewport: PHONE });
    try {
      for (const path of ['/courts', `/courts/${COURT}`, `/courts/${COURT}/criteria`]) {
        await phone.page.goto(path);
        await phone.page
          .locator('[data-court], [data-allocation], [data-judges-table]')
          .first()
          .waitFor();
        expect(await noSideScroll(phone.page)).toBe(true);
      }
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
