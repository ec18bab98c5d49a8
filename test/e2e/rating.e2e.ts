import { type APIResponse, request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe.ts';
import { openPage, PHONE } from './browser.ts';
import { DEMO_PASSWORD } from './harness.ts';
import { useLivePlatform } from './live.ts';

type Localized = { ky: string; ru: string; en: string };
type Scores = {
  agencies: {
    rank: number;
    agencyId: string;
    agencyName: Localized | null;
    score: number | null;
  }[];
  items: { itemNumber: number }[];
};
type Plan = { id: string };
type Measure = { id: string; activityCode: string | null; plannedBudget: unknown };
type Report = { id: string; periodId: string; state: string; narrative: { ky?: string } };

const RATING_TITLE = 'Мекемелердин улуттук рейтинги';
/** How the page writes a score in Kyrgyz: one decimal at most, with a decimal comma. */
const kyScore = (score: number) => String(score).replace('.', ',');

describe('the national rating of agencies', () => {
  const live = useLivePlatform();

  async function api<T>(path: string): Promise<T> {
    const response = await fetch(`${live.url}${path}`);
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  }

  /** The best-ranked agency whose plans have a measure with at least one published report. */
  async function agencyWithReports() {
    const scores = await api<Scores>('/api/strategy/scores');
    for (const agency of scores.agencies) {
      const plans = await api<{ items: Plan[] }>(`/api/plans?agencyId=${agency.agencyId}`);
      for (const plan of plans.items) {
        const { measures } = await api<{ measures: Measure[] }>(`/api/plans/${plan.id}`);
        for (const measure of measures) {
          const reports = await api<{ items: Report[] }>(`/api/measures/${measure.id}/reports`);
          if (reports.items.length > 0) return { agency, plans: plans.items, measure, reports };
        }
      }
    }
    throw new Error('the demo data has no published report');
  }

  it('lists the ranked agencies with their scores in Kyrgyz, searchable and sortable', async () => {
    const scores = await api<Scores>('/api/strategy/scores');
    expect(scores.agencies.length).toBe(14);
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await page.goto('/strategy');
      await page.locator('a[data-rating-link]').click();
      await page.waitForURL((url) => url.pathname === '/strategy/rating');
      await page.getByRole('heading', { level: 1, name: RATING_TITLE }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('ky');
      const menuLink = page.getByRole('link', { name: 'Рейтинг', exact: true });
      expect(await menuLink.getAttribute('aria-current')).toBe('page');
      const strategyLink = page.getByRole('link', { name: 'Стратегия', exact: true });
      expect(await strategyLink.getAttribute('aria-current')).toBeNull();
      expect(await page.locator('[data-as-of]').textContent()).toMatch(
        /^Абалы: \d\d\.\d\d\.\d{4}, \d\d:\d\d \(Бишкек убактысы\)$/,
      );

      const rows = page.locator('tr[data-agency-row]');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(scores.agencies.length);
      const shown = await rows.evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.getAttribute('data-agency-row'),
          rank: Number(tr.getAttribute('data-rank')),
          name: tr.querySelector('a')?.textContent,
          href: tr.querySelector('a')?.getAttribute('href'),
          score: tr.querySelector('[data-score]')?.textContent,
        })),
      );
      expect(shown).toEqual(
        scores.agencies.map((a) => ({
          id: a.agencyId,
          rank: a.rank,
          name: a.agencyName?.ky,
          href: `/strategy/agencies/${a.agencyId}`,
          score: a.score === null ? '—' : kyScore(a.score),
        })),
      );
      const ranks = shown.map((row) => row.rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(ranks[0]).toBe(1);

      // Lowest score first after sorting by score.
      await page.getByRole('button', { name: 'Упай', exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('score');
      const lowest = Math.min(...scores.agencies.map((a) => a.score ?? 0));
      await expect
        .poll(() => rows.first().locator('[data-score]').textContent())
        .toBe(kyScore(lowest));

      // Searching by part of a name keeps only the agencies whose name has it.
      const target = scores.agencies.at(-1)!;
      const words = target.agencyName!.ky.split(' ');
      const part = words[words.length > 3 ? 2 : 0]!;
      await page.getByLabel('Мекемени издөө').fill(part);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(part);
      const expected = scores.agencies.filter((a) =>
        [a.agencyName?.ky, a.agencyName?.ru, a.agencyName?.en].some((n) =>
          n?.toLocaleLowerCase().includes(part.toLocaleLowerCase()),
        ),
      );
      await expect.poll(() => rows.count()).toBe(expected.length);
      expect(await page.locator(`tr[data-agency-row="${target.agencyId}"]`).count()).toBe(1);

      // Every scored Plan item links to its page.
      const itemLinks = await page
        .locator('[data-item-score] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(itemLinks).toEqual(scores.items.map((i) => `/strategy/items/${i.itemNumber}`));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens an agency with its plans, measures, scores and published report history', async () => {
    const { agency, plans, measure, reports } = await agencyWithReports();
    const { measures } = await api<{ measures: Measure[] }>(`/api/plans/${plans[0]!.id}`);
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      await page.goto('/strategy/rating');
      await page.locator(`tr[data-agency-row="${agency.agencyId}"] a`).click();
      await page.waitForURL((url) => url.pathname === `/strategy/agencies/${agency.agencyId}`);
      await page.getByRole('heading', { level: 1, name: agency.agencyName!.ky }).waitFor();
      expect(await page.locator('[data-standing] [data-rank]').getAttribute('data-rank')).toBe(
        String(agency.rank),
      );
      expect(await page.locator('[data-standing] [data-score]').textContent()).toBe(
        `100 упайдан ${kyScore(agency.score!)}`,
      );

      await page.locator('[data-plan]').first().waitFor();
      expect(await page.locator('[data-plan]').count()).toBe(plans.length);
      const firstPlan = page.locator(`[data-plan="${plans[0]!.id}"]`);
      await firstPlan.locator('[data-measure]').first().waitFor();
      expect(await firstPlan.locator('[data-measure]').count()).toBe(measures.length);

      const card = page.locator(`[data-measure="${measure.id}"]`);
      if (measure.activityCode) {
        const item = measure.activityCode.split('.')[0];
        expect(await card.locator('[data-activity-link]').getAttribute('href')).toBe(
          `/strategy/items/${item}`,
        );
      }
      if (measure.plannedBudget)
        expect(await card.locator('[data-budget]').textContent()).toMatch(/\d сом$/);
      await card.locator('[data-measure-score] [data-component="status"]').waitFor();
      expect(await card.locator('[data-component]').count()).toBe(4);
      // No English reasons in the Kyrgyz interface; the summary is translated.
      expect(await card.locator('[data-reason]').count()).toBe(0);

      const versions = card.locator('[data-report]');
      await versions.first().waitFor();
      expect(await versions.count()).toBe(reports.items.length);
      const newest = reports.items[0]!;
      const shown = card.locator(`[data-report="${newest.id}"]`);
      expect(await shown.getAttribute('data-report-state')).toBe('published');
      expect(await shown.textContent()).toContain('Жарыяланды');
      expect(await shown.locator('[data-narrative]').textContent()).toBe(newest.narrative.ky);
      await shown.locator('[data-evidence-list]').waitFor();

      // Switching to English shows the server's reasons under the translated summaries.
      await page.locator('label', { hasText: 'English' }).click();
      await card.locator('[data-reason]').first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('never scrolls sideways at 375 px on the rating and on an agency', async () => {
    const { agency } = await agencyWithReports();
    const { page, errors, close } = await openPage(live.browser, live.url, { viewport: PHONE });
    try {
      for (const path of ['/strategy/rating', `/strategy/agencies/${agency.agencyId}`]) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.locator('[data-rating], [data-report]').first().waitFor();
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

  for (const which of ['rating', 'agency'] as const) {
    it(`has no serious or critical axe violations on the ${which} page`, async () => {
      const { agency } = await agencyWithReports();
      const path =
        which === 'rating' ? '/strategy/rating' : `/strategy/agencies/${agency.agencyId}`;
      const heading = which === 'rating' ? RATING_TITLE : agency.agencyName!.ky;
      const { page, close } = await openPage(live.browser, live.url, { bypassCSP: true });
      try {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.locator('[data-rating], [data-report]').first().waitFor();
        await page.waitForLoadState('networkidle');
        await expectNoSeriousViolations(page);
      } finally {
        await close();
      }
    });
  }

  it('shows the not-found page for an agency that does not exist', async () => {
    const { page, errors, close } = await openPage(live.browser, live.url);
    try {
      for (const path of [
        '/strategy/agencies/not-an-id',
        '/strategy/agencies/00000000-0000-4000-8000-000000000000',
      ]) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: 'Барак табылган жок' }).waitFor();
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  /** A signed-in API client: the session cookie is kept, the CSRF token sent on every change. */
  async function signedIn(username: string) {
    const client = await request.newContext({ baseURL: live.url });
    const response = await client.post('/api/session', {
      data: { username, password: DEMO_PASSWORD },
    });
    expect(response.status(), `sign in as ${username}`).toBe(200);
    const session = (await response.json()) as {
      csrfToken: string;
      user: { agencyId: string | null };
    };
    return { client, headers: { 'x-csrf-token': session.csrfToken }, user: session.user };
  }

  async function ok<T>(call: Promise<APIResponse>) {
    const response = await call;
    expect(response.ok(), `${response.url()}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }

  it('links the evidence of a published report for download, with its size', async () => {
    const officer = await signedIn('officer');
    const coordinator = await signedIn('coordinator');
    try {
      const agencyId = officer.user.agencyId!;
      const periods = await ok<{ items: { id: string; year: number; open: boolean }[] }>(
        officer.client.get('/api/reporting-periods'),
      );
      const open = periods.items.find((p) => p.open)!;
      expect(open, 'an open reporting period in the demo').toBeDefined();

      // A measure of the officer's agency not yet reported for the open period.
      const plans = await ok<{ items: Plan[] }>(
        officer.client.get(`/api/plans?agencyId=${agencyId}`),
      );
      let measureId: string | undefined;
      for (const plan of plans.items) {
        const full = await ok<{ measures: Measure[] }>(officer.client.get(`/api/plans/${plan.id}`));
        for (const m of full.measures) {
          const history = await ok<{ items: Report[] }>(
            officer.client.get(`/api/measures/${m.id}/reports`),
          );
          if (!history.items.some((r) => r.periodId === open.id)) measureId ??= m.id;
        }
      }
      expect(measureId, 'a measure without a report for the open period').toBeDefined();

      const report = await ok<Report>(
        officer.client.post(`/api/measures/${measureId}/reports`, {
          headers: officer.headers,
          data: {
            periodId: open.id,
            executionStatus: 'done',
            narrative: { ky: 'Иш-чара аткарылды; актынын көчүрмөсү тиркелди (e2e).' },
          },
        }),
      );
      const content = 'Акт аткарылды (e2e)\n'.repeat(200);
      const file = await ok<{ id: string; sizeBytes: number }>(
        officer.client.post(`/api/reports/${report.id}/evidence`, {
          headers: officer.headers,
          multipart: {
            file: { name: 'akt-e2e.txt', mimeType: 'text/plain', buffer: Buffer.from(content) },
          },
        }),
      );
      const act = (client: typeof officer, action: string) =>
        ok(
          client.client.post(`/api/reports/${report.id}/actions`, {
            headers: client.headers,
            data: { action },
          }),
        );
      await act(officer, 'submit');
      await act(coordinator, 'verify');
      await act(coordinator, 'publish');

      const { page, errors, close } = await openPage(live.browser, live.url);
      try {
        await page.goto(`/strategy/agencies/${agencyId}`);
        const link = page.locator(`a[data-evidence="${file.id}"]`);
        await link.waitFor();
        expect(await link.textContent()).toBe('akt-e2e.txt');
        expect(await link.getAttribute('href')).toBe(`/api/evidence/${file.id}`);
        const size = await link.locator('xpath=..').textContent();
        expect(size).toContain(`(${kyScore(Math.round((file.sizeBytes / 1024) * 10) / 10)} КБ)`);
        const download = await page.request.get(`/api/evidence/${file.id}`);
        expect(download.status()).toBe(200);
        expect(await download.text()).toBe(content);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    } finally {
      await officer.client.dispose();
      await coordinator.client.dispose();
    }
  });
});
