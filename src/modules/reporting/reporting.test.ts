import { sql } from 'drizzle-orm';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import {
  type Caller,
  createTestPlatform,
  TEST_PASSWORD,
  type TestPlatform,
} from '../../platform/testing/test-platform.ts';
import { destroyExpiredReports } from './retention/destroy.ts';
import { reports } from './schema.ts';
import {
  agencyId,
  asReporter,
  keyHolder,
  returnWithReceipt,
  type SubmittedReport,
  solvedChallenge,
  submit,
  unlock,
} from './test-reporting.ts';

const MARK = 'Zebra-Quartz-7741';
const report = (extra: Record<string, unknown> = {}) => ({
  category: 'bribery',
  title: `Bribe at the permit office ${MARK}`,
  text: `The head of the permits department asked for 500 dollars ${MARK} to sign a building permit.`,
  place: `Bishkek, Chui avenue ${MARK}`,
  ...extra,
});

async function gpsPhoto() {
  return sharp({ create: { width: 120, height: 90, channels: 3, background: '#778899' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'X100' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '42/1 52/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '74/1 36/1 0/1',
      },
    })
    .toBuffer();
}

describe('whistleblower reports', () => {
  let t: TestPlatform;
  let investigator: Caller;
  let prosecutor: Caller;
  let custodian: Caller;
  let submitted: SubmittedReport;
  let reportId: string;

  beforeAll(async () => {
    t = await createTestPlatform();
    investigator = await keyHolder(t, ['investigator'], 'anti-corruption-service-scns');
    prosecutor = await keyHolder(t, ['prosecutor'], 'prosecutor-general');
    custodian = await keyHolder(t, ['custodian'], 'prosecutor-general');
    const res = await submit(
      t,
      report({ identity: { name: `Aibek ${MARK}`, contact: '+996 555 000 111' } }),
      [{ name: `photo-${MARK}.jpg`, content: await gpsPhoto(), type: 'image/jpeg' }],
    );
    expect(res.statusCode, res.body).toBe(201);
    submitted = res.json();
    const [row] = await t.database.db.select({ id: reports.id }).from(reports);
    reportId = row!.id;
  }, 180_000);
  afterAll(() => t.close());

  it('gives a 120-bit receipt and tells what metadata was removed', () => {
    expect(submitted.receipt).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(submitted.reference).toMatch(/^R-/);
    expect(submitted.attachments[0]!.removed).toContain('gps-position');
  });

  it('stores no plaintext of the report anywhere in the database, nor the receipt', async () => {
    const tables = await queryRows<{ table_name: string }>(
      t.database.db,
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const receiptChars = submitted.receipt.replace(/-/g, '');
    for (const { table_name } of tables) {
      const rows = await queryRows<{ t: string }>(
        t.database.db,
        sql.raw(`SELECT t::text AS t FROM "${table_name}" t`),
      );
      for (const r of rows) {
        expect(r.t, table_name).not.toContain(MARK);
        expect(r.t, table_name).not.toContain(receiptChars);
        expect(r.t, table_name).not.toContain(submitted.receipt);
        // bytea columns print as hex: the marker's bytes must not be there either.
        expect(r.t, table_name).not.toContain(Buffer.from(MARK).toString('hex'));
      }
    }
  });

  it('lets the body’s handler read it, with the photo’s EXIF gone, and audits the reading', async () => {
    const queue = await t.request(investigator, 'GET', '/api/reporting/work/reports');
    expect(queue.json().items[0]).toMatchObject({ reference: submitted.reference, readable: true });
    expect(queue.json().items[0].title).toContain(MARK);
    const view = await t.request(investigator, 'GET', `/api/reporting/work/reports/${reportId}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().content.text).toContain('500 dollars');
    expect(view.json().identity).toMatchObject({ disclosed: true, visible: null });
    const file = await t.request(
      investigator,
      'GET',
      `/api/reporting/work/reports/${reportId}/attachments/${view.json().attachments[0].id}`,
    );
    expect(file.statusCode).toBe(200);
    const meta = await sharp(file.rawPayload).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif === undefined || exifReader(meta.exif).GPSInfo === undefined).toBe(true);
    const audit = await queryRows<{ action: string; ip: string | null; actor_name: string }>(
      t.database.db,
      sql`SELECT action, ip, actor_name FROM audit_log WHERE entity_id = ${reportId} ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['report.submitted', 'report.read', 'report.attachment_read']),
    );
    const [notice] = await queryRows<{ title: { en: string } }>(
      t.database.db,
      sql`SELECT title FROM notifications WHERE user_id = ${investigator.userId} AND kind = 'reporting.report.new'`,
    );
    expect(notice!.title.en).toContain(submitted.reference);
    // The reporter's own actions carry no address.
    for (const a of audit.filter((x) => x.actor_name === 'reporter')) expect(a.ip).toBeNull();
  });

  it('refuses a handler whose key is locked (423) and a handler of another body (404)', async () => {
    const locked = await t.login(
      (await keyHolder(t, ['investigator'], 'anti-corruption-service-scns')).username,
    );
    expect(
      (await t.request(locked, 'GET', `/api/reporting/work/reports/${reportId}`)).statusCode,
    ).toBe(423);
    const other = await keyHolder(t, ['officer'], 'ministry-of-justice');
    const res = await t.request(other, 'GET', `/api/reporting/work/reports/${reportId}`);
    expect(res.statusCode).toBe(404);
    // A handler who joined after the report was submitted is told why they cannot open it.
    const late = await keyHolder(t, ['investigator'], 'anti-corruption-service-scns');
    expect(
      (await t.request(late, 'GET', `/api/reporting/work/reports/${reportId}`)).json().error.code,
    ).toBe('report_not_sealed_for_you');
    // Once a colleague who holds it opens the report, it is sealed for the newcomer too.
    await t.request(investigator, 'GET', `/api/reporting/work/reports/${reportId}`);
    expect(
      (await t.request(late, 'GET', `/api/reporting/work/reports/${reportId}`)).statusCode,
    ).toBe(200);
  });

  it('carries a conversation: the handler asks, the reporter returns with the receipt and answers', async () => {
    const ask = await t.request(
      investigator,
      'POST',
      `/api/reporting/work/reports/${reportId}/messages`,
      {
        text: 'Which day did this happen?',
      },
    );
    expect(ask.statusCode).toBe(201);
    const back = await returnWithReceipt(t, submitted.receipt.toLowerCase().replace(/-/g, ' '));
    expect(back.statusCode, back.body).toBe(200);
    const token = back.json().token as string;
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/reporting/mine',
      headers: asReporter(token),
    });
    expect(mine.json().messages.map((m: { text: string }) => m.text)).toEqual([
      'Which day did this happen?',
    ]);
    const reply = await t.app.inject({
      method: 'POST',
      url: '/api/reporting/mine/messages',
      headers: asReporter(token),
      payload: { text: 'On Monday, 3 November.' },
    });
    expect(reply.statusCode).toBe(201);
    const view = await t.request(investigator, 'GET', `/api/reporting/work/reports/${reportId}`);
    expect(view.json().messages.map((m: { author: string }) => m.author)).toEqual([
      'handler',
      'reporter',
    ]);
  });

  it('refuses wrong receipts, missing or replayed proof of work', async () => {
    const wrong = await returnWithReceipt(t, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('receipt_not_recognised');
    const garbage = await returnWithReceipt(t, 'not a receipt');
    expect(garbage.json().error.code).toBe('receipt_not_recognised');
    const noWork = await t.app.inject({
      method: 'POST',
      url: '/api/reporting/receipt',
      payload: { receipt: submitted.receipt, challenge: 'v1.1.1.x.y', nonce: '1' },
    });
    expect(noWork.json().error.code).toBe('challenge_invalid');
    const work = await solvedChallenge(t);
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/reporting/receipt',
      payload: { receipt: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF', ...work },
    });
    expect(first.statusCode).toBe(401);
    // A solved challenge buys one guess, right or wrong.
    const replay = await t.app.inject({
      method: 'POST',
      url: '/api/reporting/receipt',
      payload: { receipt: submitted.receipt, ...work },
    });
    expect(replay.json().error.code).toBe('challenge_spent');
  });

  it('serves the reporter’s pages uncached, with a CSP that loads nothing from elsewhere', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/report' });
    expect(page.headers['cache-control']).toBe('no-store');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    const mine = await t.app.inject({ method: 'GET', url: '/api/reporting/mine' });
    expect(mine.statusCode).toBe(401);
    expect(mine.json().error.code).toBe('reporter_session_expired');
    expect(mine.headers['cache-control']).toBe('no-store');
  });

  it('rejects bad submissions with clear errors and stores nothing', async () => {
    const before = await t.database.db.$count(reports);
    expect((await submit(t, report({ category: 'gossip' }))).json().error.code).toBe(
      'report_category_unknown',
    );
    expect((await submit(t, report({ text: 'short' }))).statusCode).toBe(400);
    expect((await submit(t, report({ category: 'ethics' }))).statusCode).toBe(400); // names no agency
    const exe = await submit(t, report(), [
      { name: 'photo.jpg', content: Buffer.from('MZ\x90\x00 this is not a photo') },
    ]);
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('attachment_type_not_allowed');
    const notMultipart = await t.app.inject({
      method: 'POST',
      url: '/api/reporting/reports',
      payload: { report: {} },
    });
    expect(notMultipart.statusCode).toBe(415);
    const badJson = await t.app.inject({
      method: 'POST',
      url: '/api/reporting/reports',
      ...(await (async () => {
        const { multipartForm } = await import('../../platform/testing/multipart.ts');
        const f = multipartForm({ report: '{not json', ...(await solvedChallenge(t)) });
        return { payload: f.payload, headers: f.headers };
      })()),
    });
    expect(badJson.statusCode).toBe(400);
    expect(await t.database.db.$count(reports)).toBe(before);
  });

  it('opens a protection request whose deadline shows on the prosecutor’s queue', async () => {
    const back = await returnWithReceipt(t, submitted.receipt);
    const token = back.json().token as string;
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/reporting/mine/protection',
      headers: asReporter(token),
      payload: { kind: 'dismissal', details: 'I was told to resign after my report.' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const queue = await t.request(prosecutor, 'GET', '/api/reporting/work/protection');
    const item = queue.json().items[0];
    expect(item).toMatchObject({
      reference: submitted.reference,
      kind: 'dismissal',
      status: 'open',
      overdue: false,
      readable: true,
    });
    expect(item.deadline).toBe(opened.json().deadline);
    expect(item.daysLeft).toBeGreaterThanOrEqual(14);
    // The prosecutor reads the report the request is about, and answers.
    const view = await t.request(prosecutor, 'GET', `/api/reporting/work/reports/${reportId}`);
    expect(view.json().protection[0].details).toContain('resign');
    const answer = await t.request(
      prosecutor,
      'POST',
      `/api/reporting/work/protection/${item.id}/response`,
      {
        outcome: 'measures_taken',
        text: 'The employer was warned; the dismissal order was revoked.',
      },
    );
    expect(answer.statusCode, answer.body).toBe(204);
    // Reading for protection does not make the prosecutor a handler of the report.
    const msg = await t.request(
      prosecutor,
      'POST',
      `/api/reporting/work/reports/${reportId}/messages`,
      { text: 'hi' },
    );
    expect(msg.json().error.code).toBe('report_not_your_body');
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/reporting/mine',
      headers: asReporter(token),
    });
    expect(mine.json().protection[0]).toMatchObject({
      status: 'answered',
      outcome: 'measures_taken',
    });
  });

  it('shows the identity to a handler only after a custodian approves', async () => {
    const asked = await t.request(
      investigator,
      'POST',
      `/api/reporting/work/reports/${reportId}/identity-requests`,
      {
        reason: 'We need a witness statement for the criminal case.',
      },
    );
    expect(asked.statusCode, asked.body).toBe(201);
    let view = await t.request(investigator, 'GET', `/api/reporting/work/reports/${reportId}`);
    expect(view.json().identity.visible).toBeNull();
    const list = await t.request(
      custodian,
      'GET',
      '/api/reporting/work/identity-requests?status=pending',
    );
    expect(list.json().items[0]).toMatchObject({
      reportReference: submitted.reference,
      status: 'pending',
    });
    const decided = await t.request(
      custodian,
      'POST',
      `/api/reporting/work/identity-requests/${asked.json().id}/decision`,
      {
        approve: true,
        reason: 'A criminal case was opened; the statement is needed.',
      },
    );
    expect(decided.statusCode, decided.body).toBe(204);
    view = await t.request(investigator, 'GET', `/api/reporting/work/reports/${reportId}`);
    expect(view.json().identity.visible.name).toContain('Aibek');
    const again = await t.request(
      custodian,
      'POST',
      `/api/reporting/work/identity-requests/${asked.json().id}/decision`,
      {
        approve: false,
        reason: 'changed my mind',
      },
    );
    expect(again.statusCode).toBe(409);
  });

  it('records a reward within the legal limit and surfaces an overdue payment', async () => {
    const over = await t.request(
      investigator,
      'POST',
      `/api/reporting/work/reports/${reportId}/reward`,
      {
        eligible: true,
        recoveredSom: 2_000_000,
        amountSom: 300_000,
        basis: 'Resolution No. 274',
      },
    );
    expect(over.json().error.code).toBe('reward_over_limit');
    const ok = await t.request(
      investigator,
      'POST',
      `/api/reporting/work/reports/${reportId}/reward`,
      {
        eligible: true,
        recoveredSom: 2_000_000,
        amountSom: 200_000,
        basis: 'Resolution No. 274: 10% of the sum recovered',
      },
    );
    expect(ok.statusCode, ok.body).toBe(204);
    await t.database.db.execute(sql`UPDATE reward_decisions SET payment_due = '2026-01-10'`);
    const overdue = await t.request(
      investigator,
      'GET',
      '/api/reporting/work/rewards?overdue=true',
    );
    expect(overdue.json().items).toHaveLength(1);
    expect(overdue.json().items[0]).toMatchObject({ amountSom: 200_000, overdue: true });
  });

  it('transfers a report: the new body reads it, the old one no longer can', async () => {
    const res = await submit(t, report({ category: 'procurement' }));
    const [row] = await queryRows<{ id: string }>(
      t.database.db,
      sql`SELECT id FROM reports WHERE reference = ${res.json().reference}`,
    );
    const officer = await keyHolder(t, ['officer'], 'ministry-of-finance');
    const moved = await t.request(
      investigator,
      'POST',
      `/api/reporting/work/reports/${row!.id}/transfer`,
      {
        agencyId: await agencyId(t, 'ministry-of-finance'),
        reason: 'A breach of ethics rules within the ministry, not a crime.',
      },
    );
    expect(moved.statusCode, moved.body).toBe(204);
    expect(
      (await t.request(officer, 'GET', `/api/reporting/work/reports/${row!.id}`)).statusCode,
    ).toBe(200);
    expect(
      (await t.request(investigator, 'GET', `/api/reporting/work/reports/${row!.id}`)).statusCode,
    ).toBe(404);
  });

  it('keeps the key working after the holder changes their password', async () => {
    const holder = await keyHolder(t, ['investigator'], 'anti-corruption-service-scns');
    const changed = await t.request(holder, 'POST', '/api/account/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a-new-password-2026',
    });
    expect(changed.statusCode).toBe(204);
    await expect(unlock(t, holder, 'a-new-password-2026')).resolves.toBeTruthy();
  });

  it('destroys a report at the end of its retention and keeps only its tally', async () => {
    const closed = await t.request(
      investigator,
      'POST',
      `/api/reporting/work/reports/${reportId}/status`,
      {
        status: 'closed',
        outcome: 'substantiated',
      },
    );
    expect(closed.statusCode, closed.body).toBe(204);
    expect(
      await destroyExpiredReports(t.database.db, new Date(Date.now() + 6 * 366 * 86_400_000)),
    ).toBeGreaterThan(0);
    expect((await returnWithReceipt(t, submitted.receipt)).statusCode).toBe(401);
    const stats = await t.app.inject({ method: 'GET', url: '/api/reporting/statistics' });
    expect(stats.statusCode).toBe(200);
    // Two reports this year: counted, but under 5, so withheld.
    expect(stats.json().byCategory.every((c: { suppressed: boolean }) => c.suppressed)).toBe(true);
  });
});
