import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/platform/db/client.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { openPage, PHONE, signIn } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

/**
 * The browser test of issue 5, in Kyrgyz: the demo official's spouse directs a company that won a
 * contract from the official's ministry. The verifier opens that finding, reads the path with the
 * source of every link and opens a case; the official notifies the conflict in the case; the head
 * of the ministry orders recusal; the verifier closes the case as resolved; the public list of
 * notifications shows it with the measure. The steps run in order.
 */

const STORY_COMPANY = '«Ак-Суу Курулуш» ЖЧК (демо)';
const STORY_CONTRACT = 'Министрликтин имаратын оңдоо (демо)';
const RELATED_PARTY = `${STORY_COMPANY}, жубайым директор`;

type Story = { findingId: string; official: string; postCategory: string };

/** The demo official's open finding of the story (the demo seed plants it). */
async function storyFinding(db: Parameters<typeof queryRows>[0]): Promise<Story> {
  const [row] = await queryRows<Story>(
    db,
    sql`SELECT f.id AS "findingId", p.full_name AS official, d.post_category AS "postCategory"
        FROM conflict_findings f
        JOIN persons p ON p.id = f.official_person_id
        JOIN declarants d ON d.id = p.declarant_id
        JOIN users u ON u.id = d.user_id
        WHERE u.username = 'declarant' AND f.rule = 'agency_deals_with_related_party'
          AND f.path::text LIKE ${`%${STORY_CONTRACT}%`}`,
  );
  if (!row) throw new Error('the demo seed has no finding for the demo official');
  return row;
}

const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('conflicts of interest', () => {
  const live = useLivePlatform();
  const shared = { story: null as Story | null, caseId: '' };

  it('the verifier reads the path of the finding and opens a case', async () => {
    shared.story = await storyFinding(live.db);
    const { findingId, official } = shared.story;
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'verifier', DEMO_PASSWORD);
      await page.goto('/work/conflicts');
      await page
        .getByRole('heading', { level: 1, name: 'Кызыкчылыктардын кагылышуу белгилери' })
        .waitFor();
      await page.getByLabel('Кызмат адамын издөө').fill(official);
      const card = page.locator(`[data-finding="${findingId}"]`);
      await card.getByRole('button', { name: /^Жолун көрүү/ }).click();
      expect(new URL(page.url()).searchParams.get('finding')).toBe(findingId);

      // The path: official -> spouse (declaration) -> company (director, registry) -> contract -> ministry.
      const drawer = page.getByRole('dialog', { name: official });
      const path = drawer.getByRole('list', { name: 'Кагылышуунун жолу' });
      await path.waitFor();
      const links = await path.locator('[data-edge]').allInnerTexts();
      expect(links).toHaveLength(4);
      expect(links[0]).toMatch(/^↓ Жубайы/);
      expect(links[0]).toContain('Булагы: Кирешелер жана мүлк тууралуу декларация');
      expect(links[1]).toMatch(/^↓ Директор/);
      expect(links[1]).toContain('Булагы: Юридикалык жактардын реестри');
      // Digits are grouped with a no-break space, as the language writes them.
      expect(links[2]).toMatch(/Келишим «.+», 12\s450\s000 сом, 14\.03\.2025/);
      expect(links[2]).toContain('Булагы: Мамлекеттик сатып алуулар');
      // The loop closes: the official holds a post at the ministry that gave the contract.
      expect(links[3]).toMatch(/^↓ Иштейт/);
      expect(links[3]).toContain('Булагы: Кызматка дайындоо');
      await path.getByText(STORY_COMPANY).waitFor();
      await drawer
        .getByRole('link', { name: official })
        .first()
        .evaluate((a) => a.getAttribute('href'))
        .then((href) => expect(href).toMatch(/^\/work\/relations\/person\/[0-9a-f-]{36}$/));

      await drawer.getByRole('button', { name: 'Иш ачуу' }).click();
      const modal = page.getByRole('dialog', { name: 'Иш ачуу' });
      const summary = modal.getByLabel('Иштин кыскача мазмуну');
      expect(await summary.inputValue()).toContain(STORY_COMPANY);
      await summary.fill('');
      await modal.locator('[data-confirm]').click();
      await modal.getByText('Бул талааны толтуруңуз.').waitFor();
      await summary.fill(
        `Жубайы жетектеген ${STORY_COMPANY} министрлик менен ${STORY_CONTRACT} келишимин түзгөн.`,
      );
      await modal.locator('[data-confirm]').click();
      await page.waitForURL(/\/work\/conflict-cases\/[0-9a-f-]{36}$/);
      shared.caseId = page.url().split('/').pop()!;
      await page.getByRole('heading', { level: 1, name: `Иш: ${official}` }).waitFor();
      await page.locator('[data-case-state="open"]').first().waitFor();
      await page
        .locator(`[data-finding="${findingId}"]`)
        .getByText(STORY_COMPANY)
        .first()
        .waitFor();

      // Closing as resolved before the head decided a measure: the server's refusal is shown.
      await page.getByRole('button', { name: 'Ишти жабуу' }).click();
      const closing = page.getByRole('dialog', { name: 'Ишти жабуу' });
      await closing.getByLabel('Жөнгө салынды').check();
      await closing.getByLabel(/^Негиздеме/).fill('Чара көрүлдү.');
      await closing.getByRole('button', { name: 'Улантуу' }).click();
      await page
        .getByRole('dialog', { name: 'Ишти жабасызбы?' })
        .getByRole('button', { name: 'Ишти жабуу' })
        .click();
      await closing.getByRole('alert').filter({ hasText: 'мекеме башчысы' }).waitFor();
      await closing.getByRole('button', { name: 'Жокко чыгаруу' }).click();

      const [row] = await queryRows<{ state: string; case_id: string }>(
        live.db,
        sql`SELECT state, case_id FROM conflict_findings WHERE id = ${findingId}`,
      );
      expect(row).toEqual({ state: 'in_case', case_id: shared.caseId });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the official notifies the conflict in the case', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'declarant', DEMO_PASSWORD);
      await page.goto('/my-conflicts');
      await page.locator(`[data-notify-case="${shared.caseId}"]`).click();
      const form = page.locator('[data-notification-form]');
      await form
        .locator('[data-field="description"]')
        .fill(`Жубайым жетектеген ${STORY_COMPANY} министрлигибиздин сатып алуусун утуп алган.`);
      await form.locator('[data-field="related-party"]').fill(RELATED_PARTY);
      await form.locator('button[type="submit"]').click();
      await form.waitFor({ state: 'detached' });

      const [row] = await queryRows<{ state: string }>(
        live.db,
        sql`SELECT state FROM conflict_notifications WHERE case_id = ${shared.caseId}`,
      );
      expect(row?.state).toBe('filed');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the head of the ministry orders recusal', async () => {
    const official = shared.story!.official;
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'head', DEMO_PASSWORD);
      // A head lands on the notifications waiting for their decision.
      expect(new URL(page.url()).pathname).toBe('/work/conflict-notifications');
      await page.getByRole('heading', { level: 1, name: 'Чечим күткөн билдирүүлөр' }).waitFor();
      const card = page.locator('[data-notification]').filter({ hasText: RELATED_PARTY });
      await card.getByRole('link', { name: 'Ишти көрүү' }).waitFor();
      await card.getByRole('button', { name: `Чара көрүү: ${official}` }).click();

      const modal = page.getByRole('dialog', { name: 'Чара көрүү' });
      await modal.getByRole('button', { name: 'Улантуу' }).click();
      await modal.getByText('Чараны тандаңыз.').waitFor();
      await modal.getByLabel('Өзүн-өзү четтетүү').check();
      await modal
        .getByLabel('Чаранын мазмуну')
        .fill('Компания катышкан сатып алууларды кароодон четтетилсин.');
      await modal.getByRole('button', { name: 'Улантуу' }).click();
      await page
        .getByRole('dialog', { name: 'Чечимди тастыктайсызбы?' })
        .getByRole('button', { name: 'Чечимди кабыл алуу' })
        .click();
      await page
        .getByRole('status')
        .filter({ hasText: `${official} боюнча чара көрүлдү.` })
        .waitFor();

      await page.getByLabel('Көрсөтүү').selectOption('decided');
      await page
        .locator('[data-notification]')
        .filter({ hasText: RELATED_PARTY })
        .locator('[data-measure="recusal"]')
        .waitFor();

      const [row] = await queryRows<{ state: string }>(
        live.db,
        sql`SELECT state FROM conflict_cases WHERE id = ${shared.caseId}`,
      );
      expect(row?.state).toBe('measure_ordered');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the verifier closes the case as resolved', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'verifier', DEMO_PASSWORD);
      await page.goto(`/work/conflict-cases/${shared.caseId}`);
      await page.locator('[data-notification] [data-measure="recusal"]').waitFor();
      await page.getByRole('button', { name: 'Ишти жабуу' }).click();
      const closing = page.getByRole('dialog', { name: 'Ишти жабуу' });
      await closing.getByLabel('Жөнгө салынды').check();
      await closing
        .getByLabel(/^Негиздеме/)
        .fill('Кызмат адамы сатып алууларды кароодон четтетилди; кагылышуу жоюлду.');
      await closing.getByRole('button', { name: 'Улантуу' }).click();
      await page
        .getByRole('dialog', { name: 'Ишти жабасызбы?' })
        .getByRole('button', { name: 'Ишти жабуу' })
        .click();
      await page.getByRole('status').filter({ hasText: 'Иш жабылды.' }).waitFor();
      await page.locator('[data-case][data-case-state="closed"]').waitFor();
      await page.locator('[data-outcome="resolved"]').waitFor();
      const timeline = await page
        .locator('[data-event]')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-event')));
      expect(timeline).toEqual([
        'conflict_case.opened',
        'conflict_notification.filed',
        'conflict_notification.decided',
        'conflict_case.measure_ordered',
        'conflict_case.closed',
      ]);

      await page.goto('/work/conflict-cases?state=closed');
      await page.locator(`[data-case-row="${shared.caseId}"]`).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the public list of notifications shows it with the measure', async () => {
    const { official, postCategory } = shared.story!;
    // Only political and special officials' notifications are published (Plan item 5).
    expect(['political', 'special']).toContain(postCategory);
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await page.goto('/conflict-notifications');
      await page.getByRole('heading', { level: 1 }).waitFor();
      const published = page
        .locator('[data-published-notification]')
        .filter({ hasText: official })
        .filter({ hasText: RELATED_PARTY });
      await published.waitFor();
      await published.getByText('Өзүн-өзү четтетүү').waitFor();
      expect(await published.getAttribute('data-state')).toBe('decided');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the prosecutor reads the queue and the case without acting on them', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'prosecutor', DEMO_PASSWORD);
      await page.goto(`/work/conflicts?state=all&finding=${shared.story!.findingId}`);
      const drawer = page.getByRole('dialog', { name: shared.story!.official });
      await drawer.getByRole('list', { name: 'Кагылышуунун жолу' }).waitFor();
      expect(await drawer.getByRole('button', { name: 'Иш ачуу' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Текшерүүнү азыр баштоо' }).count()).toBe(0);
      await page.goto(`/work/conflict-cases/${shared.caseId}`);
      await page.locator('[data-case-state="closed"]').first().waitFor();
      expect(await page.getByRole('button', { name: 'Ишти жабуу' }).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the open finding and the case page have no serious accessibility violations', async () => {
    const { page, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await signIn(page, 'verifier', DEMO_PASSWORD);
      await page.goto(`/work/conflicts?state=all&finding=${shared.story!.findingId}`);
      await page.getByRole('list', { name: 'Кагылышуунун жолу' }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);
      await page.goto(`/work/conflict-cases/${shared.caseId}`);
      await page.locator('[data-case]').waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);
    } finally {
      await close();
    }
  });

  it('the verifier sees why two records may be one person and rejects the match', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await signIn(page, 'verifier', DEMO_PASSWORD);
      await page.goto('/work/person-matches');
      const match = page.locator('[data-match]').first();
      await match.locator('[data-reason]').first().waitFor();
      const id = await match.getAttribute('data-match');
      expect(await match.locator('[data-record]').count()).toBe(2);

      // Merging cannot be undone: the dialog says so, and cancelling leaves the match as it was.
      await match.getByRole('button', { name: 'Бир адам' }).click();
      const dialog = page.getByRole('dialog', { name: 'Жазууларды бириктиресизби?' });
      await dialog.getByText('Бул аракетти кайтарууга болбойт.', { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'Жокко чыгаруу' }).click();

      await match.getByRole('button', { name: 'Ар башка адамдар' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'ар башка адамдар деп белгиленди' })
        .waitFor();
      await page.locator(`[data-match="${id}"]`).waitFor({ state: 'detached' });
      const [row] = await queryRows<{ state: string }>(
        live.db,
        sql`SELECT state FROM person_matches WHERE id = ${id}`,
      );
      expect(row?.state).toBe('rejected');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the queue and the case read on a phone without sideways scrolling', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { viewport: PHONE });
    try {
      await signIn(page, 'verifier', DEMO_PASSWORD);
      await page.goto('/work/conflicts?state=all');
      await page.locator('[data-finding]').first().waitFor();
      expect(await noSideScroll(page)).toBe(true);
      await page.goto(`/work/conflict-cases/${shared.caseId}`);
      await page.locator('[data-path]').first().waitFor();
      expect(await noSideScroll(page)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
