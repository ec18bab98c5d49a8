import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scanForAttention } from '../../src/modules/strategy/plans/attention.ts';
import { markAllRead, notify } from '../../src/platform/notifications/service.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { openPage, PHONE, signIn } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

type Notification = { id: string; title: { ky: string }; createdAt: string; readAt: string | null };
type Notifications = { items: Notification[]; unread: number };

const TITLE = {
  ky: 'Сыноо билдирмеси: стратегиянын абалын текшериңиз',
  ru: 'Тестовое уведомление: проверьте ход стратегии',
  en: 'Test notification: check the strategy progress',
};

/** How the page writes a time in Kyrgyz: day.month.year, hours:minutes in Bishkek. */
const bishkekTime = (iso: string) =>
  new Intl.DateTimeFormat('ru-RU', {
    timeZone: 'Asia/Bishkek',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

describe('notifications', () => {
  const live = useLivePlatform();

  /**
   * Signs the officer in and leaves exactly one unread notification: the scheduled scan's own
   * notices are told first (each only once) and marked read, so the scan cannot add more later.
   */
  async function officerWithOneNotification(page: Page) {
    await signIn(page, 'officer', DEMO_PASSWORD);
    const session = (await (await page.request.get('/api/session')).json()) as {
      user: { id: string };
    };
    const userId = session.user.id;
    await scanForAttention(live.db);
    await markAllRead(live.db, userId);
    expect(await notify(live.db, [{ userId, kind: 'test', title: TITLE, link: '/strategy' }])).toBe(
      1,
    );
    const list = (await (
      await page.request.get('/api/notifications?unread=true')
    ).json()) as Notifications;
    expect(list.unread).toBe(1);
    return list.items[0]!;
  }

  it('shows the unread count on the bell, lists the notification in Kyrgyz and marks all read', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      const notification = await officerWithOneNotification(page);
      await page.goto('/strategy');
      const bell = page.getByRole('link', { name: 'Билдирмелер', exact: true });
      await page.locator('[data-unread-count="1"]').waitFor();
      expect(await bell.getAttribute('aria-describedby')).toBeTruthy();

      await bell.click();
      await page.waitForURL((url) => url.pathname === '/notifications');
      await page.getByRole('heading', { level: 1, name: 'Билдирмелер' }).waitFor();
      const item = page.locator(`[data-notification="${notification.id}"]`);
      await item.waitFor();
      expect(await item.getAttribute('data-unread')).toBe('true');
      expect(await item.locator('[data-title]').textContent()).toBe(TITLE.ky);
      expect(await item.getByRole('link').getAttribute('href')).toBe('/strategy');
      expect(await item.locator('[data-created-at]').textContent()).toBe(
        bishkekTime(notification.createdAt),
      );
      // Unread is said in words, not only by colour.
      expect(await item.textContent()).toContain('Жаңы');
      // Newest first.
      expect(
        await page.locator('[data-notification]').first().getAttribute('data-notification'),
      ).toBe(notification.id);

      await page.getByRole('button', { name: 'Баарын окулду деп белгилөө' }).click();
      await page.locator('[data-unread-count="0"]').waitFor({ state: 'attached' });
      await expect.poll(() => item.getAttribute('data-unread')).toBeNull();
      expect(
        await page.getByRole('button', { name: 'Баарын окулду деп белгилөө' }).isDisabled(),
      ).toBe(true);
      const after = (await (await page.request.get('/api/notifications')).json()) as Notifications;
      expect(after.unread).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('marks a notification read when its link is opened', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      const notification = await officerWithOneNotification(page);
      await page.goto('/notifications');
      await page.locator(`[data-notification="${notification.id}"] a`).click();
      await page.waitForURL((url) => url.pathname === '/strategy');
      await expect
        .poll(async () => {
          const list = (await (
            await page.request.get('/api/notifications')
          ).json()) as Notifications;
          return list.unread;
        })
        .toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('sends visitors to sign in and never scrolls sideways at 375 px', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url, { viewport: PHONE });
    try {
      await page.goto('/notifications');
      await page.waitForURL((url) => url.pathname === '/login');
      await officerWithOneNotification(page);
      await page.goto('/notifications');
      await page.locator('[data-notification]').first().waitFor();
      await page.waitForLoadState('networkidle');
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

  it('has no serious or critical axe violations on the notifications page', async () => {
    const { page, close } = await openPage(live.browser, live.url, { bypassCSP: true });
    try {
      await officerWithOneNotification(page);
      await page.goto('/notifications');
      await page.getByRole('heading', { level: 1, name: 'Билдирмелер' }).waitFor();
      await page.locator('[data-notification]').first().waitFor();
      await page.locator('[data-unread-count="1"]').waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);
    } finally {
      await close();
    }
  });
});
