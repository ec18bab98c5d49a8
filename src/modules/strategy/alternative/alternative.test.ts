import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../platform/db/client.ts';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../../platform/testing/test-platform.ts';
import { alternativeReportPages } from './reports.ts';

let t: TestPlatform;
let admin: Caller;
let officer: Caller;
let coordinator: Caller;
let member: Caller;
let outsider: Caller;
let measureId: string;
let officialId: string;
let organisationId: string;
let itemReportId: string;
let measureReportId: string;

const text = (s: string) => ({ ky: `${s} (ky)`, ru: `${s} (ru)`, en: s });
const agencyId = async (code: string) =>
  (
    await queryRows<{ id: string }>(
      t.database.db,
      sql`SELECT id FROM agencies WHERE code = ${code}`,
    )
  )[0]!.id;
const auditActions = async (entityId: string) =>
  (
    await queryRows<{ action: string }>(
      t.database.db,
      sql`SELECT action FROM audit_log WHERE entity_id = ${entityId} ORDER BY id`,
    )
  ).map((a) => a.action);
const countRows = async (table: 'alternative_reports' | 'organisation_members' | 'organisations') =>
  Number(
    (
      await queryRows<{ n: number }>(
        t.database.db,
        sql`SELECT count(*) AS n FROM ${sql.raw(table)}`,
      )
    )[0]!.n,
  );
const listed = async (query = '') =>
  (await t.request(null, 'GET', `/api/alternative-reports${query}`)).json();

beforeAll(async () => {
  t = await createTestPlatform();
  const minjust = await agencyId('ministry-of-justice');
  await t.createUser(['officer'], { username: 'officer-minjust', agencyId: minjust });
  officer = await t.login('officer-minjust');
  coordinator = await t.as(['coordinator']);
  admin = await t.as(['admin']);
  member = await t.as(['public']);
  outsider = await t.as(['public']);

  // An official report on a measure, published: what the alternative view stands beside.
  const plan = await t.request(officer, 'POST', '/api/plans', {
    agencyId: minjust,
    kind: 'departmental',
    title: text('Departmental plan'),
    yearFrom: 2021,
    yearTo: 2024,
  });
  const measure = await t.request(officer, 'POST', `/api/plans/${plan.json().id}/measures`, {
    activityCode: '2.1',
    title: text('Unified reporting form adopted'),
    deadline: '2024-12-31',
  });
  measureId = measure.json().id;
  const period = await t.request(coordinator, 'POST', '/api/reporting-periods', {
    kind: 'quarter',
    year: 2024,
    number: 4,
    opensAt: '2024-10-01T00:00:00Z',
    closesAt: '2099-01-01T00:00:00Z',
  });
  const report = await t.request(officer, 'POST', `/api/measures/${measureId}/reports`, {
    periodId: period.json().id,
    executionStatus: 'done',
    narrative: { ky: 'Форма кабыл алынды', ru: 'Форма утверждена' },
  });
  officialId = report.json().id;
  for (const [caller, action] of [
    [officer, 'submit'],
    [coordinator, 'verify'],
    [coordinator, 'publish'],
  ] as const) {
    const res = await t.request(caller, 'POST', `/api/reports/${officialId}/actions`, { action });
    expect(res.statusCode, action).toBe(200);
  }
});
afterAll(() => t.close());

describe('organisations', () => {
  it('an admin registers a CSO; a registration number already taken is a 409', async () => {
    const body = {
      name: {
        ky: 'Ачык коом коомдук бирикмеси',
        ru: 'Общественное объединение «Открытое общество»',
        en: 'Open Society public association',
      },
      registrationNumber: '12345-3301-ОО',
      website: 'https://open-society.example.kg',
    };
    const created = await t.request(admin, 'POST', '/api/admin/organisations', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ ...body, synthetic: false });
    organisationId = created.json().id;
    expect(await auditActions(organisationId)).toEqual(['organisation.registered']);

    const again = await t.request(admin, 'POST', '/api/admin/organisations', {
      ...body,
      name: text('Someone else'),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    const badSite = await t.request(admin, 'POST', '/api/admin/organisations', {
      ...body,
      registrationNumber: '99999-3301-ОО',
      website: 'javascript:alert(1)',
    });
    expect(badSite.statusCode).toBe(400);
    expect(await countRows('organisations')).toBe(1);
  });

  it('anyone lists them, searched by name or registration number', async () => {
    const page = (q: string) =>
      t.request(null, 'GET', `/api/organisations?q=${encodeURIComponent(q)}`).then((r) => r.json());
    expect((await page('открытое')).items.map((o: { id: string }) => o.id)).toEqual([
      organisationId,
    ]);
    expect((await page('3301-оо')).total).toBe(1);
    expect((await page('nothing like it')).total).toBe(0);
    // % and _ are taken literally, not as wildcards.
    expect((await page('%')).total).toBe(0);
  });

  it("only accounts holding the role 'public' become members; adding one is audited", async () => {
    const officerAccount = await t.request(
      admin,
      'POST',
      `/api/admin/organisations/${organisationId}/members`,
      { userId: officer.userId },
    );
    expect(officerAccount.statusCode).toBe(400);
    expect(officerAccount.json().error.code).toBe('validation_failed');
    const unknownUser = await t.request(
      admin,
      'POST',
      `/api/admin/organisations/${organisationId}/members`,
      { userId: '00000000-0000-4000-8000-000000000000' },
    );
    expect(unknownUser.statusCode).toBe(400);
    const unknownOrganisation = await t.request(
      admin,
      'POST',
      '/api/admin/organisations/00000000-0000-4000-8000-000000000000/members',
      { userId: member.userId },
    );
    expect(unknownOrganisation.statusCode).toBe(404);
    expect(await countRows('organisation_members')).toBe(0);

    const added = await t.request(
      admin,
      'POST',
      `/api/admin/organisations/${organisationId}/members`,
      { userId: member.userId },
    );
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ organisationId, userId: member.userId });
    const twice = await t.request(
      admin,
      'POST',
      `/api/admin/organisations/${organisationId}/members`,
      { userId: member.userId },
    );
    expect(twice.statusCode).toBe(409);
    expect(await countRows('organisation_members')).toBe(1);
    expect(await auditActions(organisationId)).toEqual([
      'organisation.registered',
      'organisation.member_added',
    ]);
  });
});

describe('alternative reports', () => {
  it('a member files on Plan item 2 and on a measure; both are listed newest first and audited', async () => {
    const onItem = await t.request(member, 'POST', '/api/alternative-reports', {
      organisationId,
      itemNumber: 2,
      assessment: 'partly_done',
      text: { ky: 'Бирдиктүү форма кабыл алынган, бирок колдонулбайт.' },
      evidenceUrl: 'https://open-society.example.kg/monitoring-2024.pdf',
    });
    expect(onItem.statusCode).toBe(201);
    // A field the form does not have is refused, not silently dropped.
    const extra = await t.request(member, 'POST', '/api/alternative-reports', {
      organisationId,
      itemNumber: 2,
      assessment: 'done',
      text: { ky: 'Баа' },
      score: 100,
    });
    expect(extra.statusCode).toBe(400);
    expect(onItem.json()).toMatchObject({
      organisationId,
      organisationName: { ru: 'Общественное объединение «Открытое общество»' },
      itemNumber: 2,
      measureId: null,
      assessment: 'partly_done',
      text: { ky: 'Бирдиктүү форма кабыл алынган, бирок колдонулбайт.' },
    });
    itemReportId = onItem.json().id;

    const onMeasure = await t.request(member, 'POST', '/api/alternative-reports', {
      organisationId,
      measureId,
      assessment: 'not_done',
      text: { ky: '  ', ru: 'Форма утверждена только на бумаге.' },
    });
    expect(onMeasure.statusCode).toBe(201);
    // Only the languages actually written are kept.
    expect(onMeasure.json().text).toEqual({ ru: 'Форма утверждена только на бумаге.' });
    expect(onMeasure.json().evidenceUrl).toBeNull();
    measureReportId = onMeasure.json().id;

    const all = await listed();
    expect(all.total).toBe(2);
    expect(all.items.map((r: { id: string }) => r.id)).toEqual([measureReportId, itemReportId]);
    expect(all.items[0].organisationName.ky).toBe('Ачык коом коомдук бирикмеси');
    expect((await listed('?itemNumber=2')).items.map((r: { id: string }) => r.id)).toEqual([
      itemReportId,
    ]);
    expect(
      (await listed(`?measureId=${measureId}`)).items.map((r: { id: string }) => r.id),
    ).toEqual([measureReportId]);
    expect((await listed(`?organisationId=${organisationId}&pageSize=1&page=2`)).items).toEqual([
      expect.objectContaining({ id: itemReportId }),
    ]);
    expect((await listed('?itemNumber=3')).total).toBe(0);

    expect(await auditActions(itemReportId)).toEqual(['alternative_report.filed']);
    expect(await auditActions(measureReportId)).toEqual(['alternative_report.filed']);
    const [entry] = await queryRows<{ actor_id: string; details: { after: unknown } }>(
      t.database.db,
      sql`SELECT actor_id, details FROM audit_log WHERE entity_id = ${measureReportId}`,
    );
    expect(entry!.actor_id).toBe(member.userId);
    expect(entry!.details.after).toMatchObject({ measureId, assessment: 'not_done' });
  });

  it('stand beside the official published report, which a new official version does not touch', async () => {
    const before = await t.request(null, 'GET', `/api/measures/${measureId}/alongside`);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({
      measureId,
      official: { id: officialId, state: 'published', version: 1, executionStatus: 'done' },
      alternative: [{ id: measureReportId, assessment: 'not_done' }],
      alternativeTotal: 1,
    });

    // A correction, published: the official view moves on, the alternative one stays as filed.
    const correction = await t.request(officer, 'POST', `/api/reports/${officialId}/actions`, {
      action: 'correct',
    });
    const v2 = correction.json().id;
    expect(
      (
        await t.request(officer, 'PATCH', `/api/reports/${v2}`, {
          executionStatus: 'in_progress',
        })
      ).statusCode,
    ).toBe(200);
    // A draft is never shown here, even to those who may see it elsewhere.
    const whileDraft = await t.request(coordinator, 'GET', `/api/measures/${measureId}/alongside`);
    expect(whileDraft.json().official.id).toBe(officialId);
    for (const [caller, action] of [
      [officer, 'submit'],
      [coordinator, 'verify'],
      [coordinator, 'publish'],
    ] as const) {
      expect(
        (await t.request(caller, 'POST', `/api/reports/${v2}/actions`, { action })).statusCode,
      ).toBe(200);
    }
    const after = (await t.request(null, 'GET', `/api/measures/${measureId}/alongside`)).json();
    expect(after.official).toMatchObject({ id: v2, version: 2, executionStatus: 'in_progress' });
    expect(after.alternative).toEqual(before.json().alternative);
    expect((await listed(`?measureId=${measureId}`)).items[0]).toEqual(
      before.json().alternative[0],
    );
  });

  it('a measure with no published report shows official: null; an unknown measure is a 404', async () => {
    const [plan] = (await t.request(null, 'GET', '/api/plans')).json().items;
    const m = await t.request(officer, 'POST', `/api/plans/${plan.id}/measures`, {
      title: text('Not reported yet'),
      deadline: '2024-06-30',
    });
    const res = (await t.request(null, 'GET', `/api/measures/${m.json().id}/alongside`)).json();
    expect(res).toEqual({
      measureId: m.json().id,
      official: null,
      alternative: [],
      alternativeTotal: 0,
    });
    expect(
      (await t.request(null, 'GET', '/api/measures/00000000-0000-4000-8000-000000000000/alongside'))
        .statusCode,
    ).toBe(404);
  });

  it('refuses non-members, other roles, bad targets, empty text and unsafe links, writing nothing', async () => {
    const good = {
      organisationId,
      itemNumber: 2,
      assessment: 'done',
      text: { ru: 'Оценка' },
    };
    const filedBefore = await listed();
    const rowsBefore = await countRows('alternative_reports');
    const refusals: Array<[string, Caller, unknown, number, string]> = [
      ['non-member', outsider, good, 403, 'forbidden'],
      ['officer role', officer, good, 403, 'forbidden'],
      ['admin role', admin, good, 403, 'forbidden'],
      ['unknown item', member, { ...good, itemNumber: 99 }, 400, 'invalid_reference'],
      [
        'unknown measure',
        member,
        { ...good, itemNumber: undefined, measureId: '00000000-0000-4000-8000-000000000000' },
        400,
        'invalid_reference',
      ],
      [
        'unknown organisation',
        member,
        { ...good, organisationId: '00000000-0000-4000-8000-000000000000' },
        400,
        'invalid_reference',
      ],
      ['both targets', member, { ...good, measureId }, 400, 'validation_failed'],
      ['neither target', member, { ...good, itemNumber: undefined }, 400, 'validation_failed'],
      [
        'null targets',
        member,
        { ...good, itemNumber: null, measureId: null },
        400,
        'validation_failed',
      ],
      ['empty text', member, { ...good, text: { ky: ' ', ru: '' } }, 400, 'validation_failed'],
      ['no text', member, { ...good, text: {} }, 400, 'validation_failed'],
      ['other language', member, { ...good, text: { en: 'x' } }, 400, 'validation_failed'],
      ['too long', member, { ...good, text: { ky: 'а'.repeat(20_001) } }, 400, 'validation_failed'],
      [
        'javascript: link',
        member,
        { ...good, evidenceUrl: 'javascript:alert(document.cookie)' },
        400,
        'validation_failed',
      ],
      [
        'ftp link',
        member,
        { ...good, evidenceUrl: 'ftp://example.org/x' },
        400,
        'validation_failed',
      ],
      ['unknown assessment', member, { ...good, assessment: 'great' }, 400, 'validation_failed'],
    ];
    for (const [name, caller, body, status, code] of refusals) {
      const res = await t.request(caller, 'POST', '/api/alternative-reports', body);
      expect(res.statusCode, name).toBe(status);
      expect(res.json().error.code, name).toBe(code);
      expect(await listed(), name).toEqual(filedBefore);
    }
    expect((await t.request(null, 'POST', '/api/alternative-reports', good)).statusCode).toBe(401);
    expect(await countRows('alternative_reports')).toBe(rowsBefore);
    const filed = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*) AS n FROM audit_log WHERE action = 'alternative_report.filed'`,
    );
    expect(Number(filed[0]!.n)).toBe(2);
  });

  it('are final: no route changes or removes one, the database refuses edits and two targets', async () => {
    const routes = t.app.routeTable.filter((r) => r.url.startsWith('/api/alternative-reports'));
    expect(routes.map((r) => r.method).sort()).toEqual(['GET', 'POST']);
    await expect(
      t.database.db.execute(
        sql`INSERT INTO alternative_reports (organisation_id, author_id, item_number, measure_id, assessment, text)
            VALUES (${organisationId}, ${member.userId}, 2, ${measureId}, 'done', '{"ky":"x"}')`,
      ),
    ).rejects.toThrow();
    await expect(
      t.database.db.execute(
        sql`INSERT INTO alternative_reports (organisation_id, author_id, item_number, assessment, text, evidence_url)
            VALUES (${organisationId}, ${member.userId}, 2, 'done', '{"ky":"x"}', 'javascript:alert(1)')`,
      ),
    ).rejects.toThrow();
    await expect(
      t.database.db.execute(sql`UPDATE alternative_reports SET assessment = 'done'`),
    ).rejects.toThrow();
    await expect(t.database.db.execute(sql`DELETE FROM alternative_reports`)).rejects.toThrow();
    expect(await countRows('alternative_reports')).toBe(2);
  });
});

describe('open data', () => {
  it('publishes one row per alternative report, read in keyset pages', async () => {
    const csv = await t.request(null, 'GET', '/api/opendata/strategy-alternative-reports.csv');
    expect(csv.statusCode).toBe(200);
    const json = (
      await t.request(null, 'GET', '/api/opendata/strategy-alternative-reports.json')
    ).json();
    expect(json).toHaveLength(2);
    expect(json[0]).toMatchObject({
      id: itemReportId,
      organisation_name_ky: 'Ачык коом коомдук бирикмеси',
      organisation_registration_number: '12345-3301-ОО',
      item_number: 2,
      measure_id: null,
      assessment: 'partly_done',
      text_ru: null,
      synthetic: false,
    });
    expect(json[1]).toMatchObject({
      id: measureReportId,
      item_number: null,
      measure_id: measureId,
    });
    const pkg = (
      await t.request(null, 'GET', '/api/opendata/strategy-alternative-reports/datapackage.json')
    ).json();
    expect(pkg.resources[0].schema.fields.map((f: { name: string }) => f.name).join(',')).toBe(
      csv.body.split('\r\n')[0],
    );

    // One row a page: every row once, in filing order.
    const seen: unknown[] = [];
    for await (const page of alternativeReportPages(t.database.db, 1)) {
      expect(page).toHaveLength(1);
      seen.push(page[0]!.id);
    }
    expect(seen).toEqual([itemReportId, measureReportId]);
  });
});

describe('what the web pages need', () => {
  it('lists say which measure was assessed and whose plan holds it; q searches text and organisation', async () => {
    const all = await listed();
    const onMeasure = all.items.find((r: { id: string }) => r.id === measureReportId);
    expect(onMeasure.measure).toMatchObject({
      id: measureId,
      title: { en: 'Unified reporting form adopted' },
      agencyName: { en: expect.stringContaining('Justice') },
    });
    expect(onMeasure.organisationSynthetic).toBe(false);
    expect(all.items.find((r: { id: string }) => r.id === itemReportId).measure).toBeNull();
    const ids = async (q: string) =>
      (await listed(`?q=${encodeURIComponent(q)}`)).items.map((r: { id: string }) => r.id);
    expect(await ids('только на бумаге')).toEqual([measureReportId]);
    expect(await ids('колдонулбайт')).toEqual([itemReportId]);
    expect(await ids('ачык коом')).toEqual([measureReportId, itemReportId]);
    expect((await listed('?q=%25')).total).toBe(0);
    expect((await listed('?q=nothing%20like%20it&itemNumber=2')).total).toBe(0);
  });

  it('a member sees the organisations they may file for; anyone else an empty list', async () => {
    const mine = await t.request(member, 'GET', '/api/account/organisations');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((o: { id: string }) => o.id)).toEqual([organisationId]);
    expect((await t.request(outsider, 'GET', '/api/account/organisations')).json()).toEqual({
      items: [],
    });
    expect((await t.request(null, 'GET', '/api/account/organisations')).statusCode).toBe(401);
  });

  it('an admin lists members and ends a membership; the reports filed stay, filing stops', async () => {
    const members = await t.request(
      admin,
      'GET',
      `/api/admin/organisations/${organisationId}/members`,
    );
    expect(members.statusCode).toBe(200);
    expect(members.json().items).toEqual([
      expect.objectContaining({ userId: member.userId, username: expect.any(String) }),
    ]);
    expect(
      (
        await t.request(
          admin,
          'GET',
          '/api/admin/organisations/00000000-0000-4000-8000-000000000000/members',
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.request(
          admin,
          'DELETE',
          `/api/admin/organisations/${organisationId}/members/${outsider.userId}`,
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.request(
          member,
          'DELETE',
          `/api/admin/organisations/${organisationId}/members/${member.userId}`,
        )
      ).statusCode,
    ).toBe(403);

    const filedBefore = await listed();
    const removed = await t.request(
      admin,
      'DELETE',
      `/api/admin/organisations/${organisationId}/members/${member.userId}`,
    );
    expect(removed.statusCode).toBe(204);
    expect(await countRows('organisation_members')).toBe(0);
    expect(await auditActions(organisationId)).toEqual([
      'organisation.registered',
      'organisation.member_added',
      'organisation.member_removed',
    ]);
    expect(await listed()).toEqual(filedBefore);
    const refused = await t.request(member, 'POST', '/api/alternative-reports', {
      organisationId,
      itemNumber: 2,
      assessment: 'done',
      text: { ky: 'Дагы бир баа' },
    });
    expect(refused.statusCode).toBe(403);
    expect((await t.request(member, 'GET', '/api/account/organisations')).json().items).toEqual([]);
  });
});
