import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryUnavailableError } from './errors.ts';
import { type TundukConfig, TundukGateway } from './tunduk.ts';

const PIN = '21204198500123';

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * Mutual TLS to the security server: certificates made for this test with openssl (a CA, the
 * server for 127.0.0.1, our client), and a server that refuses clients without one.
 */
describe.skipIf(!hasOpenssl)('Tunduk gateway over mutual TLS', () => {
  let dir: string;
  let server: Server;
  let url: string;
  const subjects: string[] = [];
  let hang = false;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'akniet-tunduk-tls-'));
    const openssl = (...args: string[]) =>
      execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
    openssl(
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=Test CA'],
      ...['-keyout', 'ca.key', '-out', 'ca.pem'],
    );
    writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1\n');
    for (const [name, subject, ext] of [
      ['server', '/CN=127.0.0.1', ['-extfile', 'server.ext']],
      ['client', '/CN=KG-GOV-70000099-akniet', []],
    ] as const) {
      openssl(
        'req',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        subject,
        '-keyout',
        `${name}.key`,
        '-out',
        `${name}.csr`,
      );
      openssl(
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-days',
        '1',
        '-out',
        `${name}.pem`,
        ...ext,
      );
    }
    server = createServer(
      {
        key: readFileSync(join(dir, 'server.key')),
        cert: readFileSync(join(dir, 'server.pem')),
        ca: readFileSync(join(dir, 'ca.pem')),
        requestCert: true,
        rejectUnauthorized: true,
      },
      (req, res) => {
        subjects.push(String((req.socket as TLSSocket).getPeerCertificate().subject?.CN));
        if (hang && req.url?.endsWith('/vehicles')) return;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ pin: PIN, items: [] }));
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const config = (tls: TundukConfig['tls']): TundukConfig => ({
    securityServerUrl: url,
    client: 'KG/GOV/70000099/akniet',
    services: {
      realEstate: 'KG/GOV/1/cadastre/realEstate',
      vehicles: 'KG/GOV/2/vehicles/byOwner',
      companyRoles: 'KG/GOV/3/legal/roles',
    },
    timeoutMs: 3000,
    tls,
  });

  it('presents the client certificate and trusts the private CA', async () => {
    const gateway = new TundukGateway(
      config({
        certPath: join(dir, 'client.pem'),
        keyPath: join(dir, 'client.key'),
        caPath: join(dir, 'ca.pem'),
      }),
    );
    expect(await gateway.lookup([PIN])).toEqual({ realEstate: [], vehicles: [], companyRoles: [] });
    expect(subjects).toEqual(Array(3).fill('KG-GOV-70000099-akniet'));
  });

  it('gives up after the timeout over TLS too', async () => {
    hang = true;
    const gateway = new TundukGateway({
      ...config({
        certPath: join(dir, 'client.pem'),
        keyPath: join(dir, 'client.key'),
        caPath: join(dir, 'ca.pem'),
      }),
      timeoutMs: 300,
    });
    const err = await gateway.lookup([PIN]).catch((e: unknown) => e);
    hang = false;
    expect(err).toMatchObject({ service: 'vehicles', problem: 'timeout' });
  });

  it('cannot connect without a client certificate', async () => {
    const gateway = new TundukGateway(
      config({ certPath: null, keyPath: null, caPath: join(dir, 'ca.pem') }),
    );
    const err = await gateway.lookup([PIN]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryUnavailableError);
    expect(err).toMatchObject({ problem: 'unreachable' });
    expect((err as Error).message).toContain('cannot connect to the security server');
  });

  it('names the variable when a TLS file cannot be read', () => {
    expect(
      () =>
        new TundukGateway(
          config({
            certPath: join(dir, 'missing.pem'),
            keyPath: join(dir, 'client.key'),
            caPath: null,
          }),
        ),
    ).toThrow(/AKNIET_TUNDUK_TLS_CERT: cannot read .*missing\.pem/);
  });
});
