import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe.ts';
import { openPage, PHONE, signIn } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

/**
 * The graph view of issue 5, in Kyrgyz: a verifier finds the demo official (deputy minister of
 * finance) whose spouse directs a company that won a contract from the ministry; the page shows
 * the finding's path (spouse -> director -> contract) on the graph and in the table, a node
 * opened from the keyboard re-centres the graph, a kind filter hides its edges, and nothing
 * serious turns up in axe, on a desktop or a phone.
 */

const OFFICIAL = 'Демо декларант';
const COMPANY = '«Ак-Суу Курулуш» ЖЧК (демо)';
const SEARCH_TITLE = 'Адамдардын жана уюмдардын байланыштары';

/** From the search page to the official's page, as a verifier would. */
async function openOfficial(page: Page): Promise<string> {
  await page.goto('/work/relations');
  await page.getByRole('heading', { level: 1, name: SEARCH_TITLE }).waitFor();
  await page.getByLabel('Аты-жөнү боюнча издөө').fill(OFFICIAL);
  const link = page.locator('[data-person-row]').getByRole('link', { name: OFFICIAL, exact: true });
  await link.waitFor();
  await link.click();
  await page.waitForURL(/\/work\/relations\/person\/[0-9a-f-]{36}/);
  await page.getByRole('heading', { level: 1, name: OFFICIAL }).waitFor();
  await page.locator('[data-graph] [data-centre]').waitFor();
  return new URL(page.url()).pathname;
}

const kindsOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('data-edge-kind')));

describe('relations graph', () => {
  const live = useLivePlatform();

  it('shows the official’s conflict path, re-centres from the keyboard and filters by kind', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'verifier', DEMO_PASSWORD);
      const personPath = await openOfficial(page);

      // The finding: the ministry contracted the spouse's company, with the path and its sources.
      const finding = page
        .locator('[data-finding]')
        .filter({ hasText: 'Мекемеси байланыштуу тарап менен келишим түзгөн же аны каржылаган' });
      await finding.first().waitFor();
      const chain = await finding.first().locator('[data-path-chain]').textContent();
      expect(chain).toContain(OFFICIAL);
      expect(chain).toContain(COMPANY);
      expect(chain).toContain('Жубайы');
      expect(chain).toContain('Юридикалык жактардын реестри');

      // Highlighted on the graph and first in the table: spouse -> director -> contract.
      const drawn = await kindsOf(page, '[data-graph] path[data-on-path]');
      expect(drawn).toEqual(expect.arrayContaining(['family', 'director', 'contract']));
      const listed = await kindsOf(page, '[data-edge-row][data-on-path]');
      expect(listed).toEqual(expect.arrayContaining(['family', 'director', 'contract']));
      const company = page.locator(`[data-graph] [data-node-name="${COMPANY}"]`);
      expect(await company.getAttribute('data-on-path')).toBe('true');

      // Picking the finding keeps only its path on request.
      await finding.first().getByRole('button', { name: 'Тармакта көрсөтүү' }).click();
      // Filters live in the address; the router commits them in a transition, hence the polls.
      const onlyPath = page.getByLabel('Белгинин жолун гана көрсөтүү');
      await onlyPath.click();
      await expect.poll(() => onlyPath.isChecked()).toBe(true);
      await expect
        .poll(() => page.locator('[data-graph] path[data-edge]').count())
        .toBe(await page.locator('[data-graph] path[data-on-path]').count());
      await onlyPath.click();
      await expect.poll(() => onlyPath.isChecked()).toBe(false);

      await expectNoSeriousViolations(page);

      // Keyboard: focus the company's node, Enter: the graph re-centres on the company.
      await company.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/work\/relations\/entity\/[0-9a-f-]{36}/);
      await page.getByRole('heading', { level: 1, name: COMPANY }).waitFor();
      const centre = page.locator('[data-graph] [data-centre]');
      await centre.waitFor();
      expect(await centre.getAttribute('data-node-name')).toBe(COMPANY);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-node-name')))
        .toBe(COMPANY);
      await expectNoSeriousViolations(page);

      // Filter: without contracts no contract edge is drawn or listed; family stays.
      await page.goto(personPath);
      await page.locator('[data-graph] [data-centre]').waitFor();
      expect(
        await page.locator('[data-graph] path[data-edge-kind="contract"]').count(),
      ).toBeGreaterThan(0);
      const contracts = page.getByRole('checkbox', { name: 'Келишим' });
      await contracts.click();
      await expect.poll(() => contracts.isChecked()).toBe(false);
      await expect.poll(() => page.url()).toContain('kinds=');
      await expect
        .poll(() => page.locator('[data-graph] path[data-edge-kind="contract"]').count())
        .toBe(0);
      expect(await page.locator('[data-edge-row][data-edge-kind="contract"]').count()).toBe(0);
      // The filtered graph is drawn anew: wait for it rather than read it mid-render.
      await expect
        .poll(() => page.locator('[data-graph] path[data-edge-kind="family"]').count())
        .toBeGreaterThan(0);

      // No kind at all: an explanation instead of an empty picture.
      await page.getByRole('button', { name: 'Тандоону тазалоо' }).click();
      await page.locator('[data-empty="no-kinds"]').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('works on a phone: the table of relations is there and the page never scrolls sideways', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, {
      viewport: PHONE,
      bypassCSP: true,
    });
    try {
      await signIn(page, 'verifier', DEMO_PASSWORD);
      await openOfficial(page);
      const table = page.locator('[data-edge-table]');
      await table.waitFor();
      expect(await page.locator('[data-edge-row][data-on-path]').count()).toBeGreaterThanOrEqual(3);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.viewport);
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the prosecutor reads the graph too; a declarant may not', async () => {
    const prosecutor = await openPage(live.browser, live.url);
    try {
      await signIn(prosecutor.page, 'prosecutor', DEMO_PASSWORD);
      await openOfficial(prosecutor.page);
    } finally {
      await prosecutor.close();
    }
    const declarant = await openPage(live.browser, live.url);
    try {
      await signIn(declarant.page, 'declarant', DEMO_PASSWORD);
      await declarant.page.goto('/work/relations');
      await declarant.page
        .getByRole('heading', { level: 1, name: 'Кирүүгө уруксат жок' })
        .waitFor();
    } finally {
      await declarant.close();
    }
  });
});
