import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium driven by playwright-core; CHROMIUM_PATH overrides the location. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type Viewport = { width: number; height: number };
export const DESKTOP: Viewport = { width: 1280, height: 900 };
export const PHONE: Viewport = { width: 375, height: 800 };

/**
 * A fresh page with its own cookies and storage; `errors` collects uncaught page errors.
 * `bypassCSP` lets a test inject scripts such as axe-core past the server's Content-Security-Policy.
 */
export async function openPage(
  browser: Browser,
  baseURL: string,
  options: { viewport?: Viewport; bypassCSP?: boolean } = {},
): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({
    baseURL,
    viewport: options.viewport ?? DESKTOP,
    bypassCSP: options.bypassCSP ?? false,
    locale: 'ky-KG',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, errors, close: () => context.close() };
}

/** Signs in through the login form and waits until the app has moved on from /login. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Signs out with the header button (the menu holds it on narrow screens). */
export async function signOut(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label }).first().click();
  await page.waitForURL((url) => url.pathname === '/');
}
