import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../platform/db/client.ts';
import { multipartFile } from '../../../platform/testing/multipart.ts';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../../platform/testing/test-platform.ts';

let t: TestPlatform;
let officer: Caller;
let otherOfficer: Caller;
let coordinator: Caller;
let minjust: string;
let measureId: string;
let periodId: string;

const text = (s: string) => ({ ky: `${s} (ky)`, ru: `${s} (ru)`, en: s });
const agencyId = async (code: string) =>
  (
    await queryRows<{ id: string }>(
      t.database.db,
      sql`SELECT id FROM agencies WHERE code = ${code}`,
    )
  )[0]!.id;

beforeAll(async () => {
  t = await createTestPlatform();
  minjust = await agencyId('ministry-of-justice');
  const minfin = await agencyId('ministry-of-finance');
  const officerId = await t.createUser(['officer'], {
    username: 'officer-minjust',
    agencyId: minjust,
  });
  officer = await t.login('officer-minjust');
  expect(officer.userId).toBe(officerId);
  await t.createUser(['officer'], { username: 'officer-minfin', agencyId: minfin });
  otherOfficer = await t.login('officer-minfin');
  coordinator = await t.as(['coordinator']);
});
afterAll(() => t.close());

describe('plans and measures', () => {
  it('an officer keeps plans for their own agency only', async () => {
    const body = {
      agencyId: minjust,
      kind: 'departmental',
      title: text('Departmental plan'),
      yearFrom: 2021,
      yearTo: 2024,
    };
    const created = await t.request(officer, 'POST', '/api/plans', body);
    expect(created.statusCode).toBe(201);
    const refused = await t.request(otherOfficer, 'POST', '/api/plans', body);
    expect(refused.statusCode).toBe(403);
    const measure = await t.request(officer, 'POST', `/api/plans/${created.json().id}/measures`, {
      activityCode: '2.2',
      title: text('Unified reporting form adopted'),
      deadline: '2024-12-31',
      plannedBudget: { amount: '150000.50', currency: 'KGS' },
    });
    expect(measure.statusCode).toBe(201);
    expect(measure.json()).toMatchObject({
      activityCode: '2.2',
      plannedBudget: { amount: '150000.50', currency: 'KGS' },
    });
    measureId = measure.json().id;
    const plan = (await t.request(null, 'GET', `/api/plans/${created.json().id}`)).json();
    expect(plan.measures.map((m: { id: string }) => m.id)).toEqual([measureId]);
  });

  it('refuses an unknown Plan activity, a bad date and bad money with 4xx', async () => {
    const [plan] = (await t.request(null, 'GET', `/api/plans?agencyId=${minjust}`)).json().items;
    const base = { title: text('x'), deadline: '2024-12-31' };
    expect(
      (
        await t.request(officer, 'POST', `/api/plans/${plan.id}/measures`, {
          ...base,
          activityCode: '99.9',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await t.request(officer, 'POST', `/api/plans/${plan.id}/measures`, {
          ...base,
          deadline: '31.12.2024',
        })
      ).statusCode,
    ).toBe(400);
    const money = await t.request(officer, 'POST', `/api/plans/${plan.id}/measures`, {
      ...base,
      plannedBudget: { amount: '1.005', currency: 'KGS' },
    });
    expect(money.statusCode).toBe(400);
    expect((await t.request(null, 'GET', `/api/plans/${plan.id}`)).json().measures).toHaveLength(1);
  });
});

describe('the unified report', () => {
  it('needs an open reporting window', async () => {
    const closed = await t.request(coordinator, 'POST', '/api/reporting-periods', {
      kind: 'year',
      year: 2021,
      number: 1,
      opensAt: '2022-01-01T00:00:00Z',
      closesAt: '2022-02-01T00:00:00Z',
    });
    expect(closed.statusCode).toBe(201);
    expect(closed.json().open).toBe(false);
    const res = await t.request(officer, 'POST', `/api/measures/${measureId}/reports`, {
      periodId: closed.json().id,
      executionStatus: 'done',
      narrative: { ky: 'Аткарылды' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('window_closed');
    const open = await t.request(coordinator, 'POST', '/api/reporting-periods', {
      kind: 'quarter',
      year: 2024,
      number: 4,
      opensAt: '2024-10-01T00:00:00Z',
      closesAt: '2099-01-01T00:00:00Z',
    });
    periodId = open.json().id;
    expect(open.json().open).toBe(true);
    const badNumber = await t.request(coordinator, 'POST', '/api/reporting-periods', {
      kind: 'half_year',
      year: 2024,
      number: 3,
      opensAt: '2024-10-01T00:00:00Z',
      closesAt: '2025-01-01T00:00:00Z',
    });
    expect(badNumber.statusCode).toBe(400);
  });

  it('goes draft, submitted, returned with a comment, resubmitted, verified, published — and is audited', async () => {
    const draft = await t.request(officer, 'POST', `/api/measures/${measureId}/reports`, {
      periodId,
      executionStatus: 'in_progress',
      narrative: { ky: 'Форма даярдалууда', ru: 'Форма готовится' },
      indicatorValues: [{ indicatorCode: '2.2.1', value: 40, unit: 'percent' }],
    });
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id;
    expect(draft.json()).toMatchObject({ state: 'draft', version: 1, actions: ['edit', 'submit'] });

    // Other agencies and the public do not see a draft.
    expect((await t.request(null, 'GET', `/api/reports/${id}`)).statusCode).toBe(404);
    expect(
      (await t.request(otherOfficer, 'PATCH', `/api/reports/${id}`, { executionStatus: 'done' }))
        .statusCode,
    ).toBe(403);

    const act = (caller: Caller, action: string, comment?: string) =>
      t.request(caller, 'POST', `/api/reports/${id}/actions`, {
        action,
        ...(comment ? { comment } : {}),
      });

    expect((await act(officer, 'submit')).json().state).toBe('submitted');
    expect((await act(officer, 'verify')).statusCode).toBe(403);
    const noComment = await act(coordinator, 'return');
    expect(noComment.statusCode).toBe(400);
    const returned = await act(coordinator, 'return', 'Add the evidence of adoption');
    expect(returned.json()).toMatchObject({
      state: 'returned',
      reviewComment: 'Add the evidence of adoption',
    });

    const fixed = await t.request(officer, 'PATCH', `/api/reports/${id}`, {
      executionStatus: 'done',
    });
    expect(fixed.json()).toMatchObject({ state: 'returned', executionStatus: 'done' });
    expect((await act(officer, 'submit')).json().state).toBe('submitted');
    expect((await act(coordinator, 'verify')).json().state).toBe('verified');

    const edit = await t.request(officer, 'PATCH', `/api/reports/${id}`, {
      executionStatus: 'cancelled',
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error).toMatchObject({
      code: 'transition_refused',
      details: { reason: 'immutable' },
    });

    expect((await act(coordinator, 'publish')).json().state).toBe('published');
    const pub = await t.request(null, 'GET', `/api/reports/${id}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ state: 'published', executionStatus: 'done', actions: [] });

    const actions = await queryRows<{ action: string }>(
      t.database.db,
      sql`SELECT action FROM audit_log WHERE entity_id = ${id} ORDER BY id`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'report.started',
      'report.submitted',
      'report.returned',
      'report.edited',
      'report.submitted',
      'report.verified',
      'report.published',
    ]);
  });

  it('a correction of a published report is a new version; the history shows both', async () => {
    const [published] = (await t.request(null, 'GET', `/api/measures/${measureId}/reports`)).json()
      .items;
    const correction = await t.request(officer, 'POST', `/api/reports/${published.id}/actions`, {
      action: 'correct',
    });
    expect(correction.json()).toMatchObject({
      state: 'draft',
      version: 2,
      previousId: published.id,
    });
    expect(
      (
        await t.request(officer, 'POST', `/api/reports/${published.id}/actions`, {
          action: 'correct',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await t.request(officer, 'GET', `/api/measures/${measureId}/reports`))
        .json()
        .items.map((r: { version: number }) => r.version),
    ).toEqual([2, 1]);
    expect(
      (await t.request(null, 'GET', `/api/measures/${measureId}/reports`))
        .json()
        .items.map((r: { version: number }) => r.version),
    ).toEqual([1]);
    const original = (await t.request(null, 'GET', `/api/reports/${published.id}`)).json();
    expect(original).toMatchObject({ state: 'published', executionStatus: 'done' });
  });

  it('nobody verifies their own report, even holding both roles', async () => {
    const both = await t.createUser(['officer', 'coordinator'], {
      username: 'both-roles',
      agencyId: minjust,
    });
    const caller = await t.login('both-roles');
    expect(caller.userId).toBe(both);
    const [plan] = (await t.request(null, 'GET', `/api/plans?agencyId=${minjust}`)).json().items;
    const m = await t.request(caller, 'POST', `/api/plans/${plan.id}/measures`, {
      title: text('Second'),
      deadline: '2024-06-30',
    });
    const r = await t.request(caller, 'POST', `/api/measures/${m.json().id}/reports`, {
      periodId,
      executionStatus: 'done',
      narrative: { ru: 'Выполнено' },
    });
    await t.request(caller, 'POST', `/api/reports/${r.json().id}/actions`, { action: 'submit' });
    const own = await t.request(caller, 'POST', `/api/reports/${r.json().id}/actions`, {
      action: 'verify',
    });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.details.reason).toBe('own_report');
  });

  it('refuses a second report for the same measure and period, unknown units and empty narratives', async () => {
    const again = await t.request(officer, 'POST', `/api/measures/${measureId}/reports`, {
      periodId,
      executionStatus: 'done',
      narrative: { ky: 'x' },
    });
    expect(again.statusCode).toBe(409);
    const unit = await t.request(officer, 'POST', `/api/measures/${measureId}/reports`, {
      periodId,
      executionStatus: 'done',
      narrative: { ky: 'x' },
      indicatorValues: [{ indicatorCode: '2.2.1', value: 1, unit: 'furlongs' }],
    });
    expect(unit.statusCode).toBe(400);
    const empty = await t.request(officer, 'POST', `/api/measures/${measureId}/reports`, {
      periodId,
      executionStatus: 'done',
      narrative: {},
    });
    expect(empty.statusCode).toBe(400);
  });
});

describe('evidence', () => {
  let reportId: string;
  const upload = (
    caller: Caller | null,
    id: string,
    filename: string,
    content: Buffer | string,
    field?: string,
  ) => {
    const { payload, headers } = multipartFile(filename, content, field);
    return t.app.inject({
      method: 'POST',
      url: `/api/reports/${id}/evidence`,
      payload,
      headers: {
        ...headers,
        ...(caller ? { cookie: caller.cookie, 'x-csrf-token': caller.csrfToken } : {}),
      },
    });
  };

  beforeAll(async () => {
    const [plan] = (await t.request(null, 'GET', `/api/plans?agencyId=${minjust}`)).json().items;
    const m = await t.request(officer, 'POST', `/api/plans/${plan.id}/measures`, {
      title: text('Evidence'),
      deadline: '2024-09-30',
    });
    const r = await t.request(officer, 'POST', `/api/measures/${m.json().id}/reports`, {
      periodId,
      executionStatus: 'done',
      narrative: { ky: 'Буйрук кабыл алынды' },
    });
    reportId = r.json().id;
  });

  it('keeps a checked file with its checksum and serves it only as a download', async () => {
    const pdf = '%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n';
    const added = await upload(officer, reportId, 'Буйрук №12.pdf', pdf);
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      filename: 'Буйрук №12.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
    });
    expect(added.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    const download = await t.request(officer, 'GET', `/api/evidence/${added.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe(pdf);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-security-policy']).toContain('sandbox');
    // Not published yet: the public sees neither the list nor the file.
    expect((await t.request(null, 'GET', `/api/evidence/${added.json().id}`)).statusCode).toBe(404);
    expect((await t.request(null, 'GET', `/api/reports/${reportId}/evidence`)).statusCode).toBe(
      404,
    );
    expect(
      (await t.request(officer, 'GET', `/api/reports/${reportId}/evidence`)).json().items,
    ).toHaveLength(1);
  });

  it('refuses executables, disguised files, oversized files and the wrong agency', async () => {
    expect((await upload(officer, reportId, 'tool.exe', 'MZ\x90\x00')).statusCode).toBe(400);
    const disguised = await upload(officer, reportId, 'invoice.pdf', 'MZ\x90\x00 not a pdf');
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().error.details).toEqual({ file: 'content_does_not_match_type' });
    const big = await upload(
      officer,
      reportId,
      'big.txt',
      Buffer.alloc(10 * 1024 * 1024 + 10, 0x41),
    );
    expect(big.statusCode).toBe(413);
    expect((await upload(otherOfficer, reportId, 'x.txt', 'hello')).statusCode).toBe(403);
    expect((await upload(officer, reportId, 'x.txt', 'hello', 'other')).statusCode).toBe(400);
    const notMultipart = await t.request(officer, 'POST', `/api/reports/${reportId}/evidence`, {
      file: 'x',
    });
    expect(notMultipart.statusCode).toBe(415);
    expect(
      (await t.request(officer, 'GET', `/api/reports/${reportId}/evidence`)).json().items,
    ).toHaveLength(1);
  });

  it('is fixed once the report is verified, and public once it is published', async () => {
    const [file] = (await t.request(officer, 'GET', `/api/reports/${reportId}/evidence`)).json()
      .items;
    await t.request(officer, 'POST', `/api/reports/${reportId}/actions`, { action: 'submit' });
    await t.request(coordinator, 'POST', `/api/reports/${reportId}/actions`, { action: 'verify' });
    expect((await t.request(officer, 'DELETE', `/api/evidence/${file.id}`)).statusCode).toBe(409);
    expect((await upload(officer, reportId, 'late.txt', 'too late')).statusCode).toBe(409);
    await t.request(coordinator, 'POST', `/api/reports/${reportId}/actions`, { action: 'publish' });
    const download = await t.request(null, 'GET', `/api/evidence/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['x-checksum-sha256']).toBe(file.sha256);
  });
});

describe('execution scores and the national rating', () => {
  it('rate the agency from its measures, and explain each measure score', async () => {
    const scores = (await t.request(null, 'GET', '/api/strategy/scores')).json();
    const mine = scores.agencies.find((a: { agencyId: string }) => a.agencyId === minjust);
    expect(mine).toMatchObject({ rank: 1, measures: 3, unverified: 1 });
    expect(mine.agencyName.ky).toContain('Юстиция');
    expect(scores.items.map((i: { itemNumber: number }) => i.itemNumber)).toEqual([2]);
    const explained = (await t.request(null, 'GET', `/api/measures/${measureId}/score`)).json();
    // Done in the 2024 period (its deadline year), reported within the window, verified.
    expect(explained.score).toBe(100);
    expect(explained.components.map((c: { reason: string }) => c.reason)).toContain(
      'done by the deadline and reported within the window',
    );
    expect(
      (await t.request(null, 'GET', '/api/measures/00000000-0000-4000-8000-000000000000/score'))
        .statusCode,
    ).toBe(404);
  });
});
