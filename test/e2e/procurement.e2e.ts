import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe.ts';
import { openPage, PHONE, signIn } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

/**
 * The browser test of issue 6, in Kyrgyz: the administrator imports the sample OCDS file through
 * the UI and sees its counts and the refused line; the Ministry of Justice tender with a single
 * bidder, won by the barred demo company, shows both flags with their evidence; a citizen raises
 * a concern; the ministry's officer answers it from the concerns page; the citizen reads the
 * answer on the tender page. The steps run in order.
 */

const SAMPLE = fileURLToPath(new URL('../fixtures/procurement/sample.jsonl', import.meta.url));
const OCID = 'ocds-h7i0z4-sample-2025-0001';
const TITLE = 'Министрликтин архивин оңдоо (синтетикалык үлгү)';
const BARRED_INN = '02203201910150';
const CONCERN =
  'Бул тендерге бир гана катышуучу келген жана жеңүүчү чектөөлөр реестринде турат. Эмне үчүн келишим ага берилди?';
const ANSWER =
  'Келишим токтотулду, иш прокуратурага жөнөтүлдү; тендер кайра жарыяланат (синтетикалык жооп).';

const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The analysis runs as a background job after the import: reload until the flags are there. */
async function openTenderWithFlags(page: Page) {
  for (let attempt = 0; attempt < 60; attempt++) {
    await page.goto(`/procurement/tenders/${OCID}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    if ((await page.locator('[data-flag="BARRED-SUPPLIER"]').count()) > 0) return;
    await page.waitForTimeout(1000);
  }
  throw new Error('the analysis did not flag the sample tender within a minute');
}

describe('procurement: import, red flags and civic monitoring', () => {
  const live = useLivePlatform();

  it('the administrator imports the sample file and sees its counts and the refused line', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'admin', DEMO_PASSWORD);
      await page.goto('/work/procurement-imports');
      await page.getByRole('heading', { level: 1, name: 'OCDS импорту' }).waitFor();
      await page.locator('[data-upload-form] input[type="file"]').setInputFiles(SAMPLE);
      // The file's size is shown before it is sent.
      await page
        .locator('[data-chosen-file]')
        .filter({ hasText: /^sample\.jsonl — 6,3 КБ$/ })
        .waitFor();
      await page.getByRole('button', { name: 'Жүктөө жана импорттоо' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'sample.jsonl файлы кабыл алынды: импорт кезекке коюлду.' })
        .waitFor();

      const detail = page.locator('[data-import-detail]');
      await detail.locator('[data-import-state="done"]').waitFor({ timeout: 30_000 });
      const count = (key: string) =>
        detail.locator(`[data-count="${key}"]`).getAttribute('data-value');
      expect(await count('read')).toBe('3');
      expect(await count('created')).toBe('2');
      expect(await count('refused')).toBe('1');
      const refused = detail.locator('[data-problems] li');
      expect(await refused.count()).toBe(1);
      expect(await refused.first().textContent()).toMatch(/^3-сызык: /);
      // The list shows the finished import with the same counts.
      const row = page.locator('[data-imports-table] tr[data-state="done"]');
      await row.filter({ hasText: 'sample.jsonl' }).waitFor();
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the tender with one bidder and a barred winner shows both flags with their evidence', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      // Found from the public list by its OCID.
      await page.goto('/procurement');
      await page.getByRole('heading', { level: 1, name: 'Мамлекеттик сатып алуулар' }).waitFor();
      await page.getByRole('searchbox', { name: 'Издөө' }).fill(OCID);
      const row = page.locator(`[data-tender="${OCID}"]`);
      await row.waitFor();
      expect(await page.locator('[data-tender]').count()).toBe(1);
      expect(await row.locator('[data-bidders]').textContent()).toBe('1');
      await row.getByRole('link', { name: TITLE }).click();
      await page.waitForURL(`**/procurement/tenders/${OCID}`);

      await openTenderWithFlags(page);
      const facts = page.locator('[data-tender-facts]');
      expect(await facts.locator('[data-buyer]').textContent()).toBe(
        'Министерство юстиции Кыргызской Республики',
      );
      expect(await facts.locator('[data-bidders]').textContent()).toBe('1');

      // The barred supplier: the award, its date, the register's INN (linked), decision, period.
      const barred = page.locator('[data-flag="BARRED-SUPPLIER"]');
      await barred.getByRole('heading', { name: 'Чектөө коюлган жеткирүүчү' }).waitFor();
      await barred.getByText('мамлекеттик сатып алууларга катышуудан чектелген').waitFor();
      expect(
        await barred.locator('[data-path="/awards/0/suppliers/0/id"]').textContent(),
      ).toContain(`KG-INN-${BARRED_INN}`);
      const inn = barred.locator('[data-path="barred-entities/identifier"]');
      expect(await inn.textContent()).toContain(BARRED_INN);
      expect(await inn.getByRole('link', { name: 'Реестрден көрүү' }).getAttribute('href')).toBe(
        `/barred-entities?q=${BARRED_INN}`,
      );
      await barred.locator('[data-path="barred-entities/decision"]').waitFor();
      await barred.locator('[data-path="barred-entities/period"]').waitFor();

      // The single bidder, as Cardinal R018 and as the risk index's component, with the data.
      const cardinal = page.locator('[data-flag="R018"]');
      await cardinal.getByRole('heading', { name: 'Бир гана сунуш келген' }).waitFor();
      const single = page.locator('[data-flag="CRI-SINGLE-BID"]');
      await single.getByRole('heading', { name: 'Бир гана катышуучу' }).waitFor();
      expect(await single.locator('[data-evidence-value]').first().textContent()).toBe('1');
      const component = page.locator('[data-component="singleBid"]');
      expect(await component.getAttribute('data-status')).toBe('risky');
      await page.locator('[data-risk-score]').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a citizen raises a concern about the tender', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'citizen', DEMO_PASSWORD);
      await page.goto(`/procurement/tenders/${OCID}`);
      const form = page.locator('[data-remark-form]');
      await form.getByLabel('Кооптонуу').check();
      // Too short: said before anything is sent.
      await form.getByLabel(/^Текст/).fill('Эмне?');
      await form.getByRole('button', { name: 'Жөнөтүү' }).click();
      await form.getByText('Кеминде 10 белги жазыңыз.').waitFor();
      await form.getByLabel(/^Текст/).fill(CONCERN);
      await form.getByRole('button', { name: 'Жөнөтүү' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Кооптонууңуз жарыяланды жана сатып алуучуга жөнөтүлдү.' })
        .waitFor();
      const concern = page
        .locator('[data-remark][data-kind="concern"]')
        .filter({ hasText: CONCERN });
      await concern.locator('[data-awaiting-answer]').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("the ministry's officer answers the concern from the concerns page", async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'officer', DEMO_PASSWORD);
      await page
        .getByRole('navigation', { name: 'Негизги меню' })
        .getByRole('link', { name: 'Сатып алуулар боюнча кооптонуулар' })
        .click();
      await page
        .getByRole('heading', { level: 1, name: 'Сатып алуулар боюнча кооптонуулар' })
        .waitFor();
      const concern = page.locator('[data-remark]').filter({ hasText: CONCERN });
      await concern.getByRole('link', { name: `Тендер: ${TITLE}` }).waitFor();
      await concern.getByLabel(/^Сатып алуучунун жообу/).fill(ANSWER);
      await concern.getByRole('button', { name: 'Жооп берүү' }).click();
      await page.getByRole('status').filter({ hasText: 'Жообуңуз жарыяланды.' }).waitFor();
      // Answered: it leaves the concerns awaiting an answer and is listed as answered.
      await page.locator('[data-no-concerns]').waitFor();
      await page.getByLabel('Көрсөтүү').selectOption('answered');
      await page.locator('[data-remark][data-answered]').filter({ hasText: ANSWER }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the citizen reads the answer on the tender page', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'citizen', DEMO_PASSWORD);
      await page.goto(`/procurement/tenders/${OCID}`);
      const concern = page
        .locator('[data-remark][data-kind="concern"]')
        .filter({ hasText: CONCERN });
      const answer = concern.locator('[data-remark-answer]');
      await answer.waitFor();
      expect(await answer.textContent()).toContain(ANSWER);
      expect(await concern.locator('[data-awaiting-answer]').count()).toBe(0);
      // The whole page, with the flags, the remarks and the citizen's form.
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the list and the tender page read on a phone without sideways scrolling', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { viewport: PHONE });
    try {
      await page.goto('/procurement');
      await page.locator('[data-tender]').first().waitFor();
      expect(await noSideScroll(page)).toBe(true);
      await page.goto(`/procurement/tenders/${OCID}`);
      await page.locator('[data-flag="BARRED-SUPPLIER"]').waitFor();
      await page.locator('[data-remark-answer]').waitFor();
      expect(await noSideScroll(page)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
