import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RegistryUnavailableError } from './errors.ts';
import { type TundukConfig, TundukGateway } from './tunduk.ts';

const DECLARANT = '21204198500123';
const SPOUSE = '11507198700456';

const SERVICES = {
  realEstate: 'KG/GOV/70000003/cadastre/realEstate',
  vehicles: 'KG/GOV/70000012/vehicles/vehiclesByOwner/v1',
  companyRoles: 'KG/GOV/70000021/legal.entities/person+roles',
};

/** What the registries know, as the services are assumed to answer. */
const fixtures: Record<string, unknown> = {
  [`/r1/KG/GOV/70000003/cadastre/realEstate/persons/${DECLARANT}/real-estate`]: {
    pin: DECLARANT,
    items: [
      {
        cadastralNumber: '1-04-10-0003-0043-012',
        kind: 'apartment',
        area: 84.5,
        address: 'г. Бишкек, Октябрьский р-н, ул. Ахунбаева, д. 101, кв. 12',
        sharePercent: 100,
        acquiredOn: '2019-05-14',
        price: { amount: '6500000.00', currency: 'KGS' },
      },
      {
        cadastralNumber: '8-05-02-0101-0210',
        kind: 'garage',
        area: 24,
        address: 'Чуйская обл., с. Лебединовка',
        sharePercent: 50,
        acquiredOn: '2011-03-01',
      },
    ],
  },
  [`/r1/KG/GOV/70000003/cadastre/realEstate/persons/${SPOUSE}/real-estate`]: {
    pin: SPOUSE,
    items: [],
  },
  [`/r1/KG/GOV/70000012/vehicles/vehiclesByOwner/v1/persons/${DECLARANT}/vehicles`]: {
    pin: DECLARANT,
    items: [
      {
        recordId: 'JTMHV05J604123456',
        kind: 'car',
        make: 'Lexus',
        model: 'LX 570',
        yearMade: 2018,
        registrationNumber: '01KG777AAA',
        acquiredOn: '2020-02-10',
      },
    ],
  },
  [`/r1/KG/GOV/70000012/vehicles/vehiclesByOwner/v1/persons/${SPOUSE}/vehicles`]: {
    pin: SPOUSE,
    items: [],
  },
  [`/r1/KG/GOV/70000021/legal.entities/person%2Broles/persons/${DECLARANT}/company-roles`]: {
    pin: DECLARANT,
    items: [
      {
        recordId: 'LE-1',
        companyId: '01234567890123',
        companyName: 'ОсОО «Нур Трейд»',
        role: 'founder',
        sharePercent: 50,
        since: '2015-01-20',
      },
      {
        recordId: 'LE-2',
        companyId: '01234567890123',
        companyName: 'ОсОО «Нур Трейд»',
        role: 'accountant',
        since: '2015-01-20',
      },
    ],
  },
  [`/r1/KG/GOV/70000021/legal.entities/person%2Broles/persons/${SPOUSE}/company-roles`]: {
    pin: SPOUSE,
    items: [],
  },
};

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server;
let baseUrl: string;
let seen: IncomingMessage[] = [];
/** Replaces the fixture answer for one test. */
let override: Handler | null = null;

const json = (res: ServerResponse, status: number, body: unknown, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    if (override) return override(req, res);
    const body = fixtures[req.url ?? ''];
    if (body) return json(res, 200, body);
    json(res, 404, { error: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen = [];
  override = null;
});

const config = (o: Partial<TundukConfig> = {}): TundukConfig => ({
  securityServerUrl: baseUrl,
  client: 'KG/GOV/70000099/akniet',
  services: SERVICES,
  timeoutMs: 2000,
  tls: null,
  ...o,
});

const failure = async (promise: Promise<unknown>) => {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RegistryUnavailableError);
  return err as RegistryUnavailableError;
};

describe('Tunduk gateway (X-Road REST r1)', () => {
  it('asks each service about each person with the X-Road headers, and maps the answers', async () => {
    const gateway = new TundukGateway(config());
    const records = await gateway.lookup([DECLARANT, SPOUSE, DECLARANT], {
      userId: 'KG-officer-7',
    });

    expect(seen.map((r) => r.url).sort()).toEqual(Object.keys(fixtures).sort());
    const ids = new Set<string>();
    for (const req of seen) {
      expect(req.method).toBe('GET');
      expect(req.headers['x-road-client']).toBe('KG/GOV/70000099/akniet');
      expect(req.headers['x-road-userid']).toBe('KG-officer-7');
      expect(req.headers.accept).toBe('application/json');
      const id = String(req.headers['x-road-id']);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      ids.add(id);
    }
    expect(ids.size).toBe(seen.length);

    expect(records.realEstate).toEqual([
      {
        registry: 'tunduk',
        recordId: '8-05-02-0101-0210',
        ownerPin: DECLARANT,
        kind: 'other',
        area: 24,
        address: 'Чуйская обл., с. Лебединовка',
        sharePercent: 50,
        acquiredOn: '2011-03-01',
        price: null,
      },
      {
        registry: 'tunduk',
        recordId: '1-04-10-0003-0043-012',
        ownerPin: DECLARANT,
        kind: 'apartment',
        area: 84.5,
        address: 'г. Бишкек, Октябрьский р-н, ул. Ахунбаева, д. 101, кв. 12',
        sharePercent: 100,
        acquiredOn: '2019-05-14',
        price: { amount: '6500000.00', currency: 'KGS' },
      },
    ]);
    expect(records.vehicles).toEqual([
      {
        registry: 'tunduk',
        recordId: 'JTMHV05J604123456',
        ownerPin: DECLARANT,
        kind: 'car',
        make: 'Lexus',
        model: 'LX 570',
        yearMade: 2018,
        registrationNumber: '01KG777AAA',
        acquiredOn: '2020-02-10',
      },
    ]);
    // The accountant role is not something a declaration holds.
    expect(records.companyRoles).toEqual([
      {
        registry: 'tunduk',
        recordId: 'LE-1',
        personPin: DECLARANT,
        companyId: '01234567890123',
        companyName: 'ОсОО «Нур Трейд»',
        role: 'founder',
        sharePercent: 50,
        since: '2015-01-20',
      },
    ]);
  });

  it('sends no X-Road-UserId without a user, and nothing at all for PINs that are not PINs', async () => {
    const gateway = new TundukGateway(config());
    expect(await gateway.lookup(['../../admin', '123', ''])).toEqual({
      realEstate: [],
      vehicles: [],
      companyRoles: [],
    });
    expect(seen).toHaveLength(0);
    await gateway.lookup([SPOUSE]);
    expect(seen).toHaveLength(3);
    expect(seen.every((r) => r.headers['x-road-userid'] === undefined)).toBe(true);
  });

  it('surfaces an X-Road error with its type, naming the service', async () => {
    override = (req, res) => {
      if (!req.url?.endsWith('/vehicles')) return json(res, 200, fixtures[req.url ?? '']);
      json(
        res,
        500,
        {
          type: 'Server.ServerProxy.ServiceFailed',
          message: 'Could not connect to the vehicle registration service',
          detail: '9bc95b6e-2f1d-4a41-a7e6-11eda7d734d5',
        },
        { 'x-road-error': 'Server.ServerProxy.ServiceFailed' },
      );
    };
    const err = await failure(new TundukGateway(config()).lookup([DECLARANT]));
    expect(err).toMatchObject({
      service: 'vehicles',
      problem: 'xroad_error',
      errorType: 'Server.ServerProxy.ServiceFailed',
    });
    expect(err.message).toContain('Tunduk vehicles service');
    expect(err.message).toContain('Server.ServerProxy.ServiceFailed');
    expect(err.message).not.toContain(DECLARANT);
  });

  it("tells the provider's own errors from X-Road's", async () => {
    override = (_req, res) => json(res, 503, 'busy');
    const err = await failure(new TundukGateway(config()).lookup([DECLARANT]));
    expect(err.problem).toBe('provider_error');
    expect(err.message).toContain('HTTP 503');
  });

  it('refuses a malformed answer with the service and the place, never crashing', async () => {
    override = (req, res) => {
      if (!req.url?.endsWith('/real-estate')) return json(res, 200, fixtures[req.url ?? '']);
      json(res, 200, { pin: DECLARANT, items: [{ cadastralNumber: 'X', area: 'big' }] });
    };
    const err = await failure(new TundukGateway(config()).lookup([DECLARANT]));
    expect(err).toMatchObject({ service: 'realEstate', problem: 'malformed_answer' });
    expect(err.message).toMatch(/^Tunduk real estate service \(KG\/GOV\/70000003.*items\.0\./);
  });

  it('refuses an answer that is not JSON, or about someone else', async () => {
    override = (_req, res) => json(res, 200, '<html>proxy login</html>');
    expect((await failure(new TundukGateway(config()).lookup([DECLARANT]))).message).toContain(
      'not JSON',
    );
    override = (_req, res) => json(res, 200, { pin: SPOUSE, items: [] });
    expect((await failure(new TundukGateway(config()).lookup([DECLARANT]))).message).toContain(
      'another person',
    );
  });

  it('gives up after the timeout', async () => {
    override = (req, res) => {
      if (!req.url?.endsWith('/company-roles')) return json(res, 200, fixtures[req.url ?? '']);
      // Never answers.
    };
    const started = Date.now();
    const err = await failure(new TundukGateway(config({ timeoutMs: 300 })).lookup([DECLARANT]));
    expect(err).toMatchObject({ service: 'companyRoles', problem: 'timeout' });
    expect(err.message).toContain('no answer in 300 ms');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('says so when the security server cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const gateway = new TundukGateway(config({ securityServerUrl: `http://127.0.0.1:${port}` }));
    const err = await failure(gateway.lookup([DECLARANT]));
    expect(err.problem).toBe('unreachable');
    expect(err.message).toContain('ECONNREFUSED');
  });

  it('does not follow redirects', async () => {
    override = (_req, res) => {
      res.writeHead(302, { location: 'http://example.org/' });
      res.end();
    };
    const err = await failure(new TundukGateway(config()).lookup([DECLARANT]));
    expect(err.message).toContain('HTTP 302');
  });
});
