import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/platform/db/client.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { openPage, PHONE, signIn } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

/**
 * The officers' and coordinators' workspace, end to end in Kyrgyz: the coordinator opens a
 * reporting period; the Ministry of Justice officer reports on a demo measure with evidence and
 * submits; the coordinator returns it with a comment; the officer corrects and resubmits; the
 * coordinator verifies and publishes; the public dashboard, in Kyrgyz, shows the new status and
 * the agency's changed score; a civil-society organisation files its own assessment, shown beside
 * the official report (the browser test of issue 3). The steps share one platform and run in order.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const bishkekDay = (ms: number) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Bishkek',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(ms));

// A quarter of this year: the demo has only yearly periods, so it is new in a fresh database.
const YEAR = Number(bishkekDay(Date.now()).slice(0, 4));
const PERIOD = `${YEAR}-жыл, 4-чейрек`;
const COMMENT = 'Буйруктун көчүрмөсүнө кол коюлган эмес; кол коюлган нускасын тиркеңиз.';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');

type Session = { user: { id: string } };

async function state(page: Page) {
  return page.locator('[data-report-work]').getAttribute('data-report-state');
}

/** Waits until the report card shows this state (the page refetches after every action). */
async function waitForState(page: Page, expected: string) {
  await page.locator(`[data-report-work][data-report-state="${expected}"]`).waitFor();
}

describe('reporting workspace', () => {
  const live = useLivePlatform();
  const shared = { reportId: '', measureId: '', measurePath: '', agencyId: '', scoreBefore: '' };

  /** The Ministry of Justice's score as the public rating page shows it, in Kyrgyz. */
  async function publicScore(page: Page) {
    await page.goto('/strategy/rating');
    const score = page.locator(`[data-agency-row="${shared.agencyId}"] [data-score]`);
    await score.waitFor();
    return (await score.textContent())!.trim();
  }

  it("before anything is reported, notes the agency's place in the public rating", async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      const [agency] = await queryRows<{ id: string }>(
        live.db,
        sql`SELECT id FROM agencies WHERE code = 'ministry-of-justice'`,
      );
      shared.agencyId = agency!.id;
      shared.scoreBefore = await publicScore(page);
      expect(shared.scoreBefore).toMatch(/^\d/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets the coordinator open a reporting period with its window', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'coordinator', DEMO_PASSWORD);
      await page
        .getByRole('navigation', { name: 'Негизги меню' })
        .getByRole('link', { name: 'Отчеттук мезгилдер' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Отчеттук мезгилдер' }).waitFor();
      await page.getByRole('button', { name: 'Мезгил ачуу' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Мезгилдин түрү').selectOption('quarter');
      await dialog.getByLabel('Жылы').fill(String(YEAR));
      await dialog.getByLabel('Номери').fill('4');
      await dialog.getByLabel('Терезе ачылган күн').fill(bishkekDay(Date.now() - DAY_MS));
      // The last day before the first is refused in the form, before anything is sent.
      await dialog.getByLabel('Терезенин акыркы күнү').fill(bishkekDay(Date.now() - 5 * DAY_MS));
      await dialog.getByRole('button', { name: 'Мезгил ачуу' }).click();
      await dialog.getByText('Акыркы күн ачылган күндөн эрте болбошу керек.').waitFor();
      await dialog.getByLabel('Терезенин акыркы күнү').fill(bishkekDay(Date.now() + 60 * DAY_MS));
      await dialog.getByRole('button', { name: 'Мезгил ачуу' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Мезгил ачылды: ${PERIOD}.` })
        .waitFor();
      const row = page.locator('tr[data-period-row]', { hasText: PERIOD });
      expect(await row.getAttribute('data-open')).toBe('true');
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets the officer start a draft on a Ministry of Justice measure, attach evidence and submit it', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'officer', DEMO_PASSWORD);
      await page
        .getByRole('navigation', { name: 'Негизги меню' })
        .getByRole('link', { name: 'Пландар жана отчеттор' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Пландар жана отчеттор' }).waitFor();
      await page.locator('tr[data-plan-row] a').first().click();
      await page.getByRole('button', { name: 'Иш-чара кошуу' }).waitFor();
      await page.locator('tr[data-measure-row] a').first().click();
      await page.waitForURL((url) => url.pathname.startsWith('/work/measures/'));
      shared.measureId = new URL(page.url()).pathname.split('/').pop()!;
      shared.measurePath = `/work/measures/${shared.measureId}`;

      await page.getByRole('button', { name: `Отчет баштоо: ${PERIOD}` }).click();
      const editor = page.locator('[data-report-editor="new"]');
      await editor.waitFor();
      // Nothing is sent until the status and a text are given.
      await editor.getByRole('button', { name: 'Долбоорду сактоо' }).click();
      await editor.getByText('Иш-чаранын аткарылыш абалын тандаңыз.').waitFor();
      await editor.getByRole('radio', { name: 'Аткарылууда' }).check();
      await editor
        .getByLabel('Отчеттун тексти кыргызча')
        .fill('Буйрук даярдалып, кол коюуга берилди.');
      await editor
        .getByLabel('Отчеттун тексти орусча')
        .fill('Приказ подготовлен и передан на подпись.');
      await editor.getByRole('button', { name: 'Долбоорду сактоо' }).click();
      await waitForState(page, 'draft');
      const card = page.locator('[data-report-work]');
      shared.reportId = (await card.getAttribute('data-report-work'))!;

      const upload = page.locator('[data-evidence-upload] input[type="file"]');
      await upload.setInputFiles({
        name: 'Буйрук №12.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await page.locator('[data-evidence-file]').filter({ hasText: 'Буйрук №12.pdf' }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: '«Буйрук №12.pdf» файлы тиркелди.' })
        .waitFor();

      // The server refuses an executable; its message and the reason are shown, nothing is kept.
      await upload.setInputFiles({
        name: 'tool.exe',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('MZ\x90\x00'),
      });
      const refused = page.locator('[data-evidence-error="type_not_allowed"]');
      await refused.waitFor();
      expect(await refused.getByRole('alert').textContent()).toContain(
        'Киргизилген маалыматтар туура эмес.',
      );
      expect(await refused.textContent()).toContain('Мындай түрдөгү файлга уруксат жок.');
      expect(await page.locator('[data-evidence-file]').count()).toBe(1);

      // A file attached by mistake is removed from the draft after a confirmation.
      await upload.setInputFiles({
        name: 'эскертүү.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Ката тиркелген файл'),
      });
      await page.locator('[data-evidence-file]').filter({ hasText: 'эскертүү.txt' }).waitFor();
      await page.getByRole('button', { name: 'Өчүрүү: эскертүү.txt' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Ооба, өчүрүү' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: '«эскертүү.txt» файлы өчүрүлдү.' })
        .waitFor();
      expect(await page.locator('[data-evidence-file]').count()).toBe(1);
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);

      await page.getByRole('button', { name: 'Текшерүүгө жөнөтүү' }).click();
      await waitForState(page, 'submitted');
      await page.getByText('Отчет координатордун текшерүүсүн күтүп жатат').waitFor();
      // Submitted: no more editing or evidence changes for the officer.
      expect(await page.locator('[data-report-editor]').count()).toBe(0);
      expect(await page.locator('[data-evidence-upload]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets the coordinator find the report in the queue and return it with a comment', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'coordinator', DEMO_PASSWORD);
      await page.goto('/work/review');
      await page.getByRole('heading', { level: 1, name: 'Отчетторду кароо' }).waitFor();
      const row = page.locator(`tr[data-review-row="${shared.reportId}"]`);
      await row.waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);
      await row.getByRole('link').click();
      await page.waitForURL((url) => url.pathname === `/work/reports/${shared.reportId}`);
      await waitForState(page, 'submitted');
      const file = page.locator('[data-evidence-file] a');
      expect(await file.textContent()).toBe('Буйрук №12.pdf');
      expect(await file.getAttribute('href')).toMatch(/^\/api\/evidence\/[0-9a-f-]{36}$/);
      expect(await page.locator('[data-narrative="ky"]').textContent()).toBe(
        'Буйрук даярдалып, кол коюуга берилди.',
      );
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);

      await page.getByRole('button', { name: 'Оңдоого кайтаруу' }).click();
      const dialog = page.getByRole('dialog');
      // A return needs a comment.
      await dialog.getByRole('button', { name: 'Оңдоого кайтаруу' }).click();
      await dialog.getByText('Эмнени оңдоо керектигин жазыңыз.').waitFor();
      await dialog.getByLabel('Пикир: эмнени оңдоо керек').fill(COMMENT);
      await dialog.getByRole('button', { name: 'Оңдоого кайтаруу' }).click();
      await waitForState(page, 'returned');
      await page
        .getByRole('status')
        .filter({ hasText: 'Отчет пикир менен кызматкерге кайтарылды.' })
        .waitFor();
      expect(await page.locator('[data-report-actions]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the officer the comment, and lets them correct and resubmit', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { viewport: PHONE });
    try {
      await signIn(page, 'officer', DEMO_PASSWORD);
      await page.goto(shared.measurePath);
      await waitForState(page, 'returned');
      expect(await page.locator('[data-review-comment]').textContent()).toContain(COMMENT);
      const ky = page.getByLabel('Отчеттун тексти кыргызча');
      await ky.fill('Буйрукка кол коюлду; кол коюлган нускасы тиркелди.');
      await page.getByText('Сакталбаган өзгөртүүлөр бар.').waitFor();
      // Submitting saves the change first.
      await page.getByRole('button', { name: 'Текшерүүгө жөнөтүү' }).click();
      await waitForState(page, 'submitted');
      await page
        .getByRole('status')
        .filter({ hasText: 'Отчет координаторго текшерүүгө жөнөтүлдү.' })
        .waitFor();
      expect(await page.locator('[data-narrative="ky"]').first().textContent()).toBe(
        'Буйрукка кол коюлду; кол коюлган нускасы тиркелди.',
      );
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.viewport);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets the coordinator verify and publish it; then everyone sees it', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'coordinator', DEMO_PASSWORD);
      await page.goto(`/work/reports/${shared.reportId}`);
      await waitForState(page, 'submitted');
      await page.getByRole('button', { name: 'Текшерилди деп белгилөө' }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: 'Текшерилди деп белгилөө' })
        .click();
      await waitForState(page, 'verified');
      await page.getByRole('button', { name: 'Жарыялоо' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Жарыялоо' }).click();
      await waitForState(page, 'published');
      expect(await state(page)).toBe('published');
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);

      const anonymous = await (await fetch(`${live.url}/api/reports/${shared.reportId}`)).json();
      expect(anonymous).toMatchObject({
        state: 'published',
        version: 1,
        narrative: { ky: 'Буйрукка кол коюлду; кол коюлган нускасы тиркелди.' },
      });
      const me = (await (await page.request.get('/api/session')).json()) as Session;
      expect(me.user.id).not.toBe(anonymous.authorId);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the public, in Kyrgyz, the new status of the measure and the changed rating', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      expect(await publicScore(page)).not.toBe(shared.scoreBefore);
      await page.locator(`[data-agency-row="${shared.agencyId}"] a[data-agency-link]`).click();
      await page.waitForURL((url) => url.pathname === `/strategy/agencies/${shared.agencyId}`);
      const card = page.locator(`[data-measure="${shared.measureId}"]`);
      const report = card.locator(
        `[data-report="${shared.reportId}"][data-report-state="published"]`,
      );
      await report.waitFor();
      // The newest report says "in progress" and carries the corrected text and its evidence.
      expect(await report.textContent()).toContain('Аткарылууда');
      expect(await report.locator('[data-narrative]').textContent()).toBe(
        'Буйрукка кол коюлду; кол коюлган нускасы тиркелди.',
      );
      await report.locator('[data-evidence]', { hasText: 'Буйрук №12.pdf' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('ky');
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets a civil-society organisation file its own assessment, shown beside the official one', async () => {
    const text = 'Биздин мониторинг: буйрукка кол коюлган, бирок ишке ашырыла элек.';
    const member = await openPage(live.browser, live.url);
    try {
      await signIn(member.page, 'citizen', DEMO_PASSWORD);
      await member.page.goto(`/strategy/agencies/${shared.agencyId}`);
      const card = member.page.locator(`[data-measure="${shared.measureId}"]`);
      await card.locator('[data-file-alternative="measure"]').click();
      const form = member.page.locator('[data-alternative-form]');
      await form.getByLabel('Жарым-жартылай аткарылды').check();
      await form.getByLabel('Баа кыргызча').fill(text);
      await form.locator('[data-submit-alternative]').click();
      await form.waitFor({ state: 'detached' });
      await card.getByText('Альтернативдүү отчетуңуз жарыяланды.').waitFor();
      expect(member.errors).toEqual([]);
    } finally {
      await member.close();
    }

    const visitor = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await visitor.page.goto(`/strategy/agencies/${shared.agencyId}`);
      const card = visitor.page.locator(`[data-measure="${shared.measureId}"]`);
      const alternative = card.locator('[data-alternative-assessments]');
      await alternative.locator('[data-alternative-text]', { hasText: text }).waitFor();
      // The official report is still there, unchanged, beside the assessment.
      const official = card.locator(`[data-report="${shared.reportId}"]`);
      expect(await official.locator('[data-narrative]').textContent()).toBe(
        'Буйрукка кол коюлду; кол коюлган нускасы тиркелди.',
      );
      const [left, right] = [await official.boundingBox(), await alternative.boundingBox()];
      expect(right!.x).toBeGreaterThan(left!.x);
      expect(visitor.errors).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('shows the officer an oversized file refused by the server', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'officer', DEMO_PASSWORD);
      await page.goto(shared.measurePath);
      await waitForState(page, 'published');
      // A published report is corrected as a new version, a draft that takes evidence again.
      await page.getByRole('button', { name: 'Оңдоо (жаңы версия)' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Оңдоо (жаңы версия)' }).click();
      await page
        .locator('[data-report-work][data-report-version="2"][data-report-state="draft"]')
        .waitFor();
      await page.locator('[data-evidence-upload] input[type="file"]').setInputFiles({
        name: 'big.txt',
        mimeType: 'text/plain',
        buffer: Buffer.alloc(10 * 1024 * 1024 + 10, 0x41),
      });
      await page.locator('[data-evidence-error="too_large"]').waitFor();
      expect(await page.locator('[data-evidence-error="too_large"]').textContent()).toContain(
        'Файл өтө чоң',
      );
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
  it('lets the officer create a plan and add a measure linked to a Plan activity', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'officer', DEMO_PASSWORD);
      await page.goto('/work/plans');
      await page.locator('tr[data-plan-row]').first().waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);
      await page.getByRole('button', { name: 'Жаңы план' }).click();
      const planForm = page.getByRole('dialog');
      await planForm.getByLabel('Пландын түрү').selectOption('systemic_corruption');
      await planForm
        .getByLabel('Аталышы (Кыргызча)')
        .fill('Системалуу коррупцияны демонтаждоо планы');
      await planForm.getByLabel('Аталышы (Русский)').fill('План демонтажа системной коррупции');
      await planForm.getByLabel('Аталышы (English)').fill('Plan to dismantle systemic corruption');
      await planForm.getByLabel('Башталган жылы').fill('2025');
      await planForm.getByLabel('Аяктаган жылы').fill('2024');
      await planForm.getByRole('button', { name: 'Жаңы план' }).click();
      await planForm.getByText('Аяктаган жылы башталган жылынан эрте болбошу керек.').waitFor();
      await planForm.getByLabel('Аяктаган жылы').fill('2026');
      await planForm.getByRole('button', { name: 'Жаңы план' }).click();
      await page.waitForURL((url) => /^\/work\/plans\/[0-9a-f-]{36}$/.test(url.pathname));
      await page
        .getByRole('heading', { level: 1, name: 'Системалуу коррупцияны демонтаждоо планы' })
        .waitFor();
      await page.locator('[data-empty]').waitFor();

      await page.getByRole('button', { name: 'Иш-чара кошуу' }).click();
      const form = page.getByRole('dialog');
      await form.getByLabel('Пландын пункту').selectOption('2');
      await form.getByLabel('Пландын иш-чарасы').selectOption('2.2');
      await form.locator('[data-activity-text]').waitFor();
      await form.getByLabel('Аталышы (Кыргызча)').fill('Ички аудиттин жыйынтыктарын жарыялоо');
      await form.getByLabel('Аталышы (Русский)').fill('Публикация итогов внутреннего аудита');
      await form.getByLabel('Аталышы (English)').fill('Publish the internal audit results');
      await form.getByLabel('Аткаруу мөөнөтү').fill('2026-12-31');
      await form.getByLabel('Пландалган бюджет').fill('150 000,5');
      // The officer is named responsible by default, chosen from the agency's officers.
      expect(
        await form
          .getByLabel('Жооптуу кызматкер')
          .evaluate((el) => (el as HTMLSelectElement).value),
      ).not.toBe('');
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);
      await form.getByRole('button', { name: 'Иш-чара кошуу' }).click();
      await page.getByRole('status').filter({ hasText: 'Иш-чара кошулду.' }).waitFor();
      const row = page.locator('tr[data-measure-row]');
      expect(await row.count()).toBe(1);
      // Digits are grouped with a no-break space, as Intl writes them for Kyrgyz and Russian.
      expect((await row.textContent())?.replace(/\s/g, ' ')).toContain('150 000,50 сом');
      const measureId = await row.getAttribute('data-measure-row');
      const measure = await (await page.request.get(`/api/measures/${measureId}`)).json();
      const me = (await (await page.request.get('/api/session')).json()) as Session;
      expect(measure).toMatchObject({
        activityCode: '2.2',
        deadline: '2026-12-31',
        plannedBudget: { amount: '150000.50', currency: 'KGS' },
        responsibleUserId: me.user.id,
      });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets the officer record the executed budget of the measure and see its share of the plan', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'officer', DEMO_PASSWORD);
      await page.goto(shared.measurePath);
      const card = page.locator(`[data-executed-budget="${shared.measureId}"]`);
      await card.getByRole('heading', { level: 2, name: 'Аткарылган бюджет' }).waitFor();
      // Half of the planned amount, written as people in Kyrgyzstan write it: "75000,50".
      const before = await (await page.request.get(`/api/measures/${shared.measureId}`)).json();
      const [whole, fraction = '0'] = (before.plannedBudget.amount as string).split('.');
      const half = (BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'))) / 2n;
      const typed = `${half / 100n},${String(half % 100n).padStart(2, '0')}`;
      const amount = card.getByLabel('Жумшалган сумма');
      expect(await card.textContent()).toContain('Пландалган бюджеттин валютасында: сом.');

      // A malformed amount is caught in the form; nothing is sent.
      await amount.fill('75 000,505');
      await card.getByRole('button', { name: 'Аткарылган бюджетти сактоо' }).click();
      await card.getByText('Сумманы сан менен жазыңыз', { exact: false }).waitFor();

      await amount.fill(typed);
      await card.getByRole('button', { name: 'Аткарылган бюджетти сактоо' }).click();
      const notice = card.getByRole('status').filter({ hasText: 'Аткарылган бюджет сакталды' });
      await notice.waitFor();
      const spaced = (text: string | null) => text?.replace(/\s/g, ' ') ?? '';
      expect(spaced(await notice.textContent())).toContain('пландалган бюджеттин 50 %');
      const share = page.locator('[data-measure-facts] [data-executed-share]');
      await share.waitFor();
      expect(spaced(await share.textContent())).toContain('пландалган бюджеттин 50 %');

      const after = await (await page.request.get(`/api/measures/${shared.measureId}`)).json();
      expect(after.executedBudget).toEqual({
        amount: `${half / 100n}.${String(half % 100n).padStart(2, '0')}`,
        currency: 'KGS',
      });
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("lets the officer entrust the measure to one of the agency's officers, or to nobody yet", async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'officer', DEMO_PASSWORD);
      await page.goto(shared.measurePath);
      const form = page.locator('[data-responsible-form]');
      const select = form.getByLabel('Жооптуу кызматкер');
      await select.waitFor();
      const me = (await (await page.request.get('/api/session')).json()) as Session;
      await select.selectOption(me.user.id === (await select.inputValue()) ? '' : me.user.id);
      const chosen = await select.inputValue();
      await form.getByRole('button', { name: 'Жооптууну сактоо' }).click();
      await form.getByRole('status').filter({ hasText: 'Жооптуу кызматкер сакталды.' }).waitFor();
      const measure = await (await page.request.get(`/api/measures/${shared.measureId}`)).json();
      expect(measure.responsibleUserId).toBe(chosen || null);
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
