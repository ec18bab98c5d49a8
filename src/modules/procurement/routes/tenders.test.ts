import { readFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/schema.ts';
import { startWorker } from '../../../platform/jobs/worker.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { multipartFile } from '../../../platform/testing/multipart.ts';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../../platform/testing/test-platform.ts';
import { seedBarredDemo } from '../barred/demo-seed.ts';

const SAMPLE = new URL('../../../../test/fixtures/procurement/sample.jsonl', import.meta.url);
const BARRED_TENDER = 'ocds-h7i0z4-sample-2025-0001';

/**
 * The procurement API over the sample file imported through the API, as an administrator does:
 * the import job, the analysis job, the tender page with its flags, and civic monitoring.
 */
describe('procurement API', () => {
  let t: TestPlatform;
  let admin: Caller;
  let importId: string;
  const drain = async () => {
    const worker = startWorker(t.database.db, t.jobs, { pollMs: 60_000 });
    await worker.drain();
    await worker.stop();
  };

  beforeAll(async () => {
    t = await createTestPlatform();
    await seedBarredDemo(t.database.db);
    admin = await t.as(['admin']);
  });
  afterAll(() => t.close());

  it('lets only an administrator import, and reports the progress, counts and refused lines', async () => {
    const { payload, headers } = multipartFile('sample.jsonl', await readFile(SAMPLE));
    for (const roles of [['public'], ['officer'], ['verifier']] as const) {
      const caller = await t.as([...roles]);
      const refused = await t.app.inject({
        method: 'POST',
        url: '/api/procurement/imports',
        payload,
        headers: { ...headers, cookie: caller.cookie, 'x-csrf-token': caller.csrfToken },
      });
      expect(refused.statusCode).toBe(403);
    }
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/procurement/imports',
      payload,
      headers: { ...headers, cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
    });
    expect(started.statusCode).toBe(202);
    importId = started.json().id;
    expect(started.json()).toMatchObject({ state: 'queued', source: 'sample.jsonl' });
    await drain();
    const done = (await t.request(admin, 'GET', `/api/procurement/imports/${importId}`)).json();
    expect(done).toMatchObject({
      state: 'done',
      format: 'lines',
      progress: 1,
      read: 3,
      created: 2,
      refused: 1,
    });
    expect(done.problems).toEqual([
      { line: 3, message: expect.stringContaining('not valid JSON') },
    ]);
    const list = (await t.request(admin, 'GET', '/api/procurement/imports')).json();
    expect(list.items[0]).toMatchObject({ id: importId, state: 'done' });
    expect(list.items[0].problems).toBeUndefined();
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'procurement.import'));
    expect(audit).toMatchObject({ entityId: importId });
  });

  it('refuses a request that is not a file, and the endpoint import when none is configured', async () => {
    const json = await t.request(admin, 'POST', '/api/procurement/imports', { file: 'x' });
    expect(json.statusCode).toBe(415);
    const endpoint = await t.request(admin, 'POST', '/api/procurement/imports/endpoint');
    expect(endpoint.statusCode).toBe(409);
    expect(endpoint.json().error.code).toBe('ocds_endpoint_not_configured');
  });

  it('shows the tender with a single bidder and a barred winner, each flag with its evidence', async () => {
    const res = await t.request(null, 'GET', `/api/procurement/tenders/${BARRED_TENDER}`);
    expect(res.statusCode).toBe(200);
    const tender = res.json();
    expect(tender).toMatchObject({
      buyer: { name: 'Министерство юстиции Кыргызской Республики' },
      bidders: 1,
      value: { amount: '4900000.00', currency: 'KGS' },
      conflicts: null,
    });
    const codes = tender.flags.map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['BARRED-SUPPLIER', 'R018', 'CRI-SINGLE-BID']));
    const barred = tender.flags.find((f: { code: string }) => f.code === 'BARRED-SUPPLIER');
    expect(barred.evidence).toEqual(
      expect.arrayContaining([
        { path: '/awards/0/suppliers/0/id', value: 'KG-INN-02203201910150' },
        { path: 'barred-entities/identifier', value: '02203201910150' },
      ]),
    );
    expect(tender.risk.score).toBeGreaterThan(0);
    const ordinary = (
      await t.request(null, 'GET', '/api/procurement/tenders/ocds-h7i0z4-sample-2025-0002')
    ).json();
    expect(ordinary.flags.map((f: { code: string }) => f.code)).not.toContain('BARRED-SUPPLIER');
  });

  it('lists, filters and sorts tenders, and answers 404 for an unknown one', async () => {
    const flagged = (
      await t.request(null, 'GET', '/api/procurement/tenders?flag=BARRED-SUPPLIER')
    ).json();
    expect(flagged.items.map((i: { ocid: string }) => i.ocid)).toEqual([BARRED_TENDER]);
    const byValue = (await t.request(null, 'GET', '/api/procurement/tenders?sort=-value')).json();
    expect(byValue.items.map((i: { ocid: string }) => i.ocid)).toEqual([
      BARRED_TENDER,
      'ocds-h7i0z4-sample-2025-0002',
    ]);
    const search = (await t.request(null, 'GET', '/api/procurement/tenders?q=кеңсе')).json();
    expect(search.total).toBe(1);
    const bad = await t.request(null, 'GET', '/api/procurement/tenders?sort=price');
    expect(bad.statusCode).toBe(400);
    const missing = await t.request(null, 'GET', '/api/procurement/tenders/ocds-h7i0z4-none');
    expect(missing.statusCode).toBe(404);
    const release = await t.request(null, 'GET', `/api/procurement/tenders/${BARRED_TENDER}/ocds`);
    expect(release.json().ocid).toBe(BARRED_TENDER);
  });

  it('profiles the buyer and the supplier, and draws the dashboard', async () => {
    const buyer = (
      await t.request(null, 'GET', '/api/procurement/buyers/KG-SYN-ministry-of-justice')
    ).json();
    expect(buyer).toMatchObject({ onPlatform: true, years: [{ year: 2025, tenders: 2 }] });
    const supplier = (
      await t.request(null, 'GET', '/api/procurement/suppliers/KG-INN-02203201910150')
    ).json();
    expect(supplier).toMatchObject({ identifier: '02203201910150', years: [{ tenders: 1 }] });
    const board = (await t.request(null, 'GET', '/api/procurement/dashboard?by=method')).json();
    expect(board.groups).toEqual([
      expect.objectContaining({ key: 'open', tenders: 2, singleBidderShare: 0.5 }),
    ]);
    // Only the single-bidder tender has flags of its own: the count must not leak across tenders.
    const list = (await t.request(null, 'GET', '/api/procurement/tenders?sort=-flags')).json();
    const counts = Object.fromEntries(
      list.items.map((i: { ocid: string; flags: number }) => [i.ocid, i.flags]),
    );
    const own = (ocid: string) =>
      t
        .request(null, 'GET', `/api/procurement/tenders/${ocid}`)
        .then(
          (r) => r.json().flags.filter((f: { subject: string }) => f.subject === 'tender').length,
        );
    expect(counts[BARRED_TENDER]).toBe(await own(BARRED_TENDER));
    expect(counts['ocds-h7i0z4-sample-2025-0002']).toBe(await own('ocds-h7i0z4-sample-2025-0002'));
    expect(board.groups[0].flaggedShare).toBe(
      [counts[BARRED_TENDER], counts['ocds-h7i0z4-sample-2025-0002']].filter((n) => n > 0).length /
        2,
    );
    expect((await t.request(null, 'GET', '/api/procurement/dashboard?by=colour')).statusCode).toBe(
      400,
    );
  });

  it("lets a citizen raise a concern that only the buyer's officer answers, once", async () => {
    const citizen = await t.as(['public']);
    const anonymous = await t.request(
      null,
      'POST',
      `/api/procurement/tenders/${BARRED_TENDER}/remarks`,
      {
        kind: 'concern',
        body: 'Why was a barred company awarded this contract?',
      },
    );
    expect(anonymous.statusCode).toBe(401);
    const short = await t.request(
      citizen,
      'POST',
      `/api/procurement/tenders/${BARRED_TENDER}/remarks`,
      {
        kind: 'concern',
        body: 'Why?',
      },
    );
    expect(short.statusCode).toBe(400);
    const raised = await t.request(
      citizen,
      'POST',
      `/api/procurement/tenders/${BARRED_TENDER}/remarks`,
      {
        kind: 'concern',
        body: 'Why was a barred company awarded this contract?',
      },
    );
    expect(raised.statusCode).toBe(201);
    const remarkId = raised.json().id;

    const [justice] = await t.database.db
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.code, 'ministry-of-justice'));
    const [finance] = await t.database.db
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.code, 'ministry-of-finance'));
    await t.createUser(['officer'], { username: 'justice-officer', agencyId: justice!.id });
    await t.createUser(['officer'], { username: 'finance-officer', agencyId: finance!.id });
    const officer = await t.login('justice-officer');
    const stranger = await t.login('finance-officer');

    const queue = (await t.request(officer, 'GET', '/api/procurement/concerns')).json();
    expect(queue.items).toEqual([expect.objectContaining({ id: remarkId, answer: null })]);
    expect((await t.request(stranger, 'GET', '/api/procurement/concerns')).json().total).toBe(0);

    const answer = {
      answer: 'The bar was not in the register when we checked; we are reviewing it.',
    };
    const wrong = await t.request(
      stranger,
      'POST',
      `/api/procurement/remarks/${remarkId}/answer`,
      answer,
    );
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('not_the_buyer');
    const byCitizen = await t.request(
      citizen,
      'POST',
      `/api/procurement/remarks/${remarkId}/answer`,
      answer,
    );
    expect(byCitizen.statusCode).toBe(403);
    const ok = await t.request(
      officer,
      'POST',
      `/api/procurement/remarks/${remarkId}/answer`,
      answer,
    );
    expect(ok.statusCode).toBe(204);
    const again = await t.request(
      officer,
      'POST',
      `/api/procurement/remarks/${remarkId}/answer`,
      answer,
    );
    expect(again.statusCode).toBe(409);

    const remarks = (
      await t.request(null, 'GET', `/api/procurement/tenders/${BARRED_TENDER}/remarks`)
    ).json();
    expect(remarks.items).toEqual([
      expect.objectContaining({ kind: 'concern', answer: answer.answer }),
    ]);
  });

  it('shows potential conflicts of interest only to verifiers, prosecutors and administrators', async () => {
    const citizen = await t.as(['public']);
    const officer = await t.as(['officer']);
    for (const caller of [citizen, officer, null]) {
      const tender = (
        await t.request(caller, 'GET', `/api/procurement/tenders/${BARRED_TENDER}`)
      ).json();
      expect(tender.conflicts).toBeNull();
    }
    const verifier = await t.as(['verifier']);
    const seen = (
      await t.request(verifier, 'GET', `/api/procurement/tenders/${BARRED_TENDER}`)
    ).json();
    expect(seen.conflicts).toEqual([]);
  });

  it('publishes the tenders as CSV and as OCDS compiled releases, and the flags with their evidence', async () => {
    const catalog = (await t.request(null, 'GET', '/api/opendata')).json();
    const tenders = catalog.datasets.find(
      (d: { name: string }) => d.name === 'procurement-tenders',
    );
    expect(tenders.resources).toContainEqual({
      format: 'jsonl',
      path: '/api/opendata/procurement-tenders.jsonl',
      standard: 'OCDS 1.1 compiled releases',
    });
    const ocds = await t.request(null, 'GET', '/api/opendata/procurement-tenders.jsonl');
    expect(ocds.statusCode).toBe(200);
    const lines = ocds.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((r: { ocid: string }) => r.ocid)).toEqual([
      BARRED_TENDER,
      'ocds-h7i0z4-sample-2025-0002',
    ]);
    const csv = await t.request(null, 'GET', '/api/opendata/procurement-tenders.csv');
    expect(csv.body.split('\r\n')[0]).toContain('ocid,title,buyer_id');
    const flags = (await t.request(null, 'GET', '/api/opendata/procurement-flags.json')).json();
    const barred = flags.find((row: { code: string }) => row.code === 'BARRED-SUPPLIER');
    expect(JSON.parse(barred.evidence)).toContainEqual({
      path: 'barred-entities/identifier',
      value: '02203201910150',
    });
    const noLines = await t.request(null, 'GET', '/api/opendata/barred-entities.jsonl');
    expect(noLines.statusCode).toBe(404);
  });

  it('loads an annual plan only when every row is right, and flags purchases absent from it', async () => {
    const header =
      'buyer_id,buyer_name,year,line,classification,description,planned_amount,currency,method,quarter';
    const row = (line: number, cpv: string, amount = '350000') =>
      `KG-SYN-ministry-of-justice,Министерство юстиции Кыргызской Республики,2025,${line},${cpv},Кеңсе буюмдары,${amount},KGS,oneStage,2`;
    const upload = async (caller: Caller, csv: string) => {
      const { payload, headers } = multipartFile('plan.csv', csv);
      return t.app.inject({
        method: 'POST',
        url: '/api/procurement/plans',
        payload,
        headers: { ...headers, cookie: caller.cookie, 'x-csrf-token': caller.csrfToken },
      });
    };
    const officer = await t.as(['officer']);
    expect((await upload(officer, `${header}\n${row(1, '30190000')}`)).statusCode).toBe(403);
    const bad = await upload(admin, `${header}\n${row(1, '30190000')}\n${row(2, '3019', 'много')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.problems).toEqual([
      { row: 2, field: 'classification', reason: 'a CPV code of 8 digits, such as 30190000' },
      { row: 2, field: 'planned_amount', reason: 'a decimal amount such as 125000.50' },
    ]);
    expect((await t.request(null, 'GET', '/api/procurement/plans')).json().total).toBe(0);
    const ok = await upload(admin, `${header}\n${row(1, '30190000')}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ lines: 1, plans: [{ year: 2025 }] });
    await drain();
    const absent = (
      await t.request(null, 'GET', '/api/procurement/tenders?flag=PLAN-ABSENT')
    ).json();
    expect(absent.items.map((i: { ocid: string }) => i.ocid)).toEqual([BARRED_TENDER]);
    const plan = (await t.request(null, 'GET', '/api/procurement/plans?year=2025&q=3019')).json();
    expect(plan.items).toEqual([
      expect.objectContaining({ line: 1, planned: { amount: '350000.00', currency: 'KGS' } }),
    ]);
  });
});
