import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../platform/testing/test-platform.ts';
import type { CompiledRelease } from '../ocds/release.ts';
import { procurementImports, procurementProcesses } from '../schema.ts';
import { queueImport, runImportJob } from './job.ts';
import { importOcds } from './run.ts';

const release = (n: number, extra: Partial<CompiledRelease> = {}): CompiledRelease => ({
  ocid: `ocds-h7i0z4-test-${n}`,
  id: `test-${n}-1`,
  date: '2024-03-01T09:00:00Z',
  tag: ['compiled'],
  buyer: { id: 'KG-INN-01111200010123', name: 'Ministry of Test' },
  parties: [
    {
      id: 'KG-INN-01111200010123',
      name: 'Ministry of Test',
      roles: ['buyer'],
      address: { region: 'Бишкек' },
    },
  ],
  tender: {
    id: `t-${n}`,
    title: `Purchase ${n}`,
    status: 'complete',
    procurementMethod: 'open',
    value: { amount: 1000.5, currency: 'KGS' },
    items: [{ id: '1', classification: { scheme: 'CPV', id: '30190000' } }],
  },
  ...extra,
});

const lines = (...values: unknown[]) =>
  Readable.from([values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n')]);

describe('OCDS import', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform();
  });
  afterAll(() => t.close());

  it('stores line-delimited compiled releases with their columns, and a second import changes nothing', async () => {
    const file = () => lines(release(1), release(2));
    const first = await importOcds(t.database.db, file());
    expect(first).toMatchObject({ format: 'lines', read: 2, created: 2, refused: 0 });
    const [row] = await t.database.db
      .select()
      .from(procurementProcesses)
      .where(eq(procurementProcesses.ocid, 'ocds-h7i0z4-test-1'));
    expect(row).toMatchObject({
      buyerId: 'KG-INN-01111200010123',
      region: 'Бишкек',
      method: 'open',
      classification: '30190000',
      valueTyiyn: 100050,
      currency: 'KGS',
    });
    const again = await importOcds(t.database.db, file());
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const changed = await importOcds(
      t.database.db,
      lines(release(1, { tender: { status: 'cancelled' } })),
    );
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
  });

  it('reports each bad line with its number and imports the rest', async () => {
    const outcome = await importOcds(
      t.database.db,
      lines(
        release(10),
        '{"ocid": "ocds-h7i0z4-test-11", "tender": {',
        release(12, { tender: { value: { amount: 5, currency: 'XYZ' } } }),
        { ...release(13), id: undefined },
        release(14, { tender: { value: { amount: '5' as unknown as number, currency: 'KGS' } } }),
        release(10),
        release(15),
      ),
    );
    expect(outcome.read).toBe(7);
    expect(outcome.created).toBe(2);
    expect(outcome.refused).toBe(5);
    expect(outcome.problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(outcome.problems[0]!.message).toContain('not valid JSON');
    expect(outcome.problems[1]!.message).toContain('tender.value.currency');
    expect(outcome.problems[2]!.message).toBe('id: missing');
    expect(outcome.problems[3]!.message).toContain('tender.value.amount');
    expect(outcome.problems[4]!.message).toContain('duplicate OCID ocds-h7i0z4-test-10');
    const refused = await t.database.db
      .select()
      .from(procurementProcesses)
      .where(eq(procurementProcesses.ocid, 'ocds-h7i0z4-test-12'));
    expect(refused).toEqual([]);
  });

  it('compiles a release package into processes, later releases winning and awards merged by id', async () => {
    const ocid = 'ocds-h7i0z4-test-20';
    const tenderRelease = {
      ocid,
      id: 'r1',
      date: '2024-01-01T00:00:00Z',
      tag: ['tender'],
      tender: { id: 't', status: 'active', value: { amount: 10, currency: 'KGS' } },
    };
    const awardRelease = {
      ocid,
      id: 'r2',
      date: '2024-02-01T00:00:00Z',
      tag: ['award'],
      tender: { status: 'complete' },
      awards: [{ id: 'a1', status: 'active', suppliers: [{ id: 'S1', name: 'Supplier' }] }],
    };
    // Pretty-printed over many lines: read by the streaming JSON parser, not line by line.
    const pkg = JSON.stringify(
      {
        uri: 'https://example.org/p',
        publishedDate: '2024-02-02T00:00:00Z',
        releases: [awardRelease, tenderRelease],
      },
      null,
      2,
    );
    const outcome = await importOcds(t.database.db, Readable.from([pkg]));
    expect(outcome).toMatchObject({ format: 'package', read: 2, created: 1, refused: 0 });
    const [row] = await t.database.db
      .select()
      .from(procurementProcesses)
      .where(eq(procurementProcesses.ocid, ocid));
    expect(row!.status).toBe('complete');
    expect(row!.valueTyiyn).toBe(1000);
    expect(row!.supplierIds).toEqual(['S1']);
    expect(row!.release.tag).toEqual(['compiled']);
    const again = await importOcds(t.database.db, Readable.from([pkg]));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('takes the compiled release of a record package, and reports a package cut short', async () => {
    const records = {
      records: [{ ocid: 'ocds-h7i0z4-test-30', compiledRelease: release(30) }],
    };
    const ok = await importOcds(t.database.db, lines(records));
    expect(ok).toMatchObject({ created: 1, refused: 0 });
    const truncated = JSON.stringify({ releases: [release(31), release(32)] }, null, 1).slice(
      0,
      -40,
    );
    const cut = await importOcds(t.database.db, Readable.from([truncated]));
    expect(cut.created).toBe(1);
    expect(cut.refused).toBe(1);
    expect(cut.problems[0]!.message).toContain("the package's JSON breaks after entry 1");
  });

  it('says so when there is nothing to import', async () => {
    const outcome = await importOcds(t.database.db, Readable.from(['']));
    expect(outcome.refused).toBe(1);
    expect(outcome.problems[0]!.message).toContain('no releases found');
  });

  it("reads the e-procurement system's endpoint as a stream, and records a failing endpoint", async () => {
    const body = `${JSON.stringify(release(40))}\n${JSON.stringify(release(41))}\n`;
    const server = createServer((request, response) => {
      if (request.url === '/ocds.jsonl') {
        response.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        });
        response.end(body);
      } else {
        response.writeHead(503);
        response.end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    try {
      const actor = { id: null, name: 'test', ip: '127.0.0.1' };
      const ok = await queueImport(
        t.database.db,
        { url: `http://127.0.0.1:${port}/ocds.jsonl` },
        actor,
      );
      const outcome = await runImportJob(t.database.db, {
        importId: ok,
        url: `http://127.0.0.1:${port}/ocds.jsonl`,
      });
      expect(outcome).toMatchObject({ read: 2, created: 2, refused: 0 });
      const [done] = await t.database.db
        .select()
        .from(procurementImports)
        .where(eq(procurementImports.id, ok));
      expect(done).toMatchObject({
        state: 'done',
        bytesTotal: Buffer.byteLength(body),
        bytesRead: Buffer.byteLength(body),
      });

      const down = await queueImport(
        t.database.db,
        { url: `http://127.0.0.1:${port}/down` },
        actor,
      );
      await expect(
        runImportJob(t.database.db, { importId: down, url: `http://127.0.0.1:${port}/down` }),
      ).rejects.toThrow('the endpoint answered 503');
      const [failed] = await t.database.db
        .select()
        .from(procurementImports)
        .where(eq(procurementImports.id, down));
      expect(failed).toMatchObject({
        state: 'failed',
        failure: 'the endpoint answered 503 Service Unavailable',
      });
    } finally {
      server.close();
    }
  });
});
