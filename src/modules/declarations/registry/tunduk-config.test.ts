import { describe, expect, it } from 'vitest';
import { registryGatewayFromEnv } from './gateway.ts';
import { LocalRegistryGateway } from './local.ts';
import { TundukGateway } from './tunduk.ts';
import { tundukConfigFromEnv } from './tunduk-config.ts';

const full = {
  AKNIET_TUNDUK_URL: 'https://ss.akniet.local:8443/',
  AKNIET_TUNDUK_CLIENT: 'KG/GOV/70000099/akniet',
  AKNIET_TUNDUK_SERVICE_REAL_ESTATE: 'KG/GOV/70000003/cadastre/realEstate',
  AKNIET_TUNDUK_SERVICE_VEHICLES: 'KG/GOV/70000012/vehicles/vehiclesByOwner/v1',
  AKNIET_TUNDUK_SERVICE_COMPANIES: 'KG/GOV/70000021/legalEntities/personRoles',
};

describe('Tunduk settings from the environment', () => {
  it('are absent when no AKNIET_TUNDUK_* variable is set (empty ones count as unset)', () => {
    expect(tundukConfigFromEnv({})).toBeNull();
    expect(tundukConfigFromEnv({ AKNIET_TUNDUK_URL: '', PATH: '/bin' })).toBeNull();
  });

  it('read a complete configuration, with the default timeout and no TLS files', () => {
    expect(tundukConfigFromEnv(full)).toEqual({
      securityServerUrl: 'https://ss.akniet.local:8443',
      client: 'KG/GOV/70000099/akniet',
      services: {
        realEstate: 'KG/GOV/70000003/cadastre/realEstate',
        vehicles: 'KG/GOV/70000012/vehicles/vehiclesByOwner/v1',
        companyRoles: 'KG/GOV/70000021/legalEntities/personRoles',
      },
      timeoutMs: 10_000,
      tls: null,
    });
    expect(
      tundukConfigFromEnv({
        ...full,
        AKNIET_TUNDUK_TIMEOUT_MS: '2500',
        AKNIET_TUNDUK_TLS_CERT: '/etc/akniet/client.pem',
        AKNIET_TUNDUK_TLS_KEY: '/etc/akniet/client.key',
      }),
    ).toMatchObject({
      timeoutMs: 2500,
      tls: { certPath: '/etc/akniet/client.pem', keyPath: '/etc/akniet/client.key', caPath: null },
    });
  });

  it('name each missing variable when partly configured', () => {
    const { AKNIET_TUNDUK_SERVICE_VEHICLES: _, ...noVehicles } = full;
    expect(() => tundukConfigFromEnv(noVehicles)).toThrow(
      /AKNIET_TUNDUK_SERVICE_VEHICLES is missing/,
    );
    expect(() => tundukConfigFromEnv({ AKNIET_TUNDUK_URL: 'https://ss' })).toThrow(
      /AKNIET_TUNDUK_CLIENT is missing[\s\S]*AKNIET_TUNDUK_SERVICE_REAL_ESTATE is missing/,
    );
    // A client without the URL must not quietly fall back to the synthetic local registry.
    expect(() => tundukConfigFromEnv({ AKNIET_TUNDUK_CLIENT: 'KG/GOV/1/a' })).toThrow(
      /AKNIET_TUNDUK_URL is missing \(AKNIET_TUNDUK_CLIENT set\)/,
    );
  });

  it('refuse wrong values', () => {
    const wrong = (extra: Record<string, string>, message: RegExp) =>
      expect(() => tundukConfigFromEnv({ ...full, ...extra })).toThrow(message);
    wrong({ AKNIET_TUNDUK_URL: 'ftp://ss' }, /AKNIET_TUNDUK_URL must be an http/);
    wrong({ AKNIET_TUNDUK_CLIENT: 'KG/GOV' }, /AKNIET_TUNDUK_CLIENT must look like/);
    wrong(
      { AKNIET_TUNDUK_SERVICE_COMPANIES: 'KG/GOV/1/sub' },
      /AKNIET_TUNDUK_SERVICE_COMPANIES must look like INSTANCE\/CLASS\/MEMBER\/SUBSYSTEM\/SERVICECODE/,
    );
    wrong({ AKNIET_TUNDUK_SERVICE_REAL_ESTATE: 'KG/GOV//sub/code' }, /REAL_ESTATE must look like/);
    // Only A-Z a-z 0-9 and '()+,-.=? may appear in identifiers (PR-REST 4.8).
    wrong(
      { AKNIET_TUNDUK_CLIENT: 'KG/GOV/700/my subsystem' },
      /AKNIET_TUNDUK_CLIENT must look like/,
    );
    wrong({ AKNIET_TUNDUK_TIMEOUT_MS: 'soon' }, /AKNIET_TUNDUK_TIMEOUT_MS must be/);
    wrong(
      { AKNIET_TUNDUK_TLS_CERT: '/c.pem' },
      /TLS_CERT and AKNIET_TUNDUK_TLS_KEY must be set together/,
    );
    wrong(
      { AKNIET_TUNDUK_URL: 'http://ss', AKNIET_TUNDUK_TLS_CA: '/ca.pem' },
      /need an https:\/\/ AKNIET_TUNDUK_URL/,
    );
  });
});

describe('the registry gateway from the environment', () => {
  // Neither gateway touches the database until asked.
  const db = {} as Parameters<typeof registryGatewayFromEnv>[0];

  it('is Tunduk when configured, otherwise the local registry', () => {
    expect(registryGatewayFromEnv(db, full)).toBeInstanceOf(TundukGateway);
    expect(registryGatewayFromEnv(db, full).name).toBe('tunduk');
    expect(registryGatewayFromEnv(db, {})).toBeInstanceOf(LocalRegistryGateway);
    expect(registryGatewayFromEnv(db, {}).name).toBe('local');
  });

  it('refuses to start half-configured', () => {
    expect(() => registryGatewayFromEnv(db, { AKNIET_TUNDUK_URL: 'https://ss' })).toThrow(
      /partly configured/,
    );
  });
});
