import type { RegistryService } from './errors.ts';

/** How to reach the state registries through Tunduk, the Kyrgyz X-Road. */
export interface TundukConfig {
  /** The organisation's own security server, e.g. https://ss.akniet.local:8443 (no trailing slash). */
  securityServerUrl: string;
  /** Our subsystem: INSTANCE/CLASS/MEMBER/SUBSYSTEM. */
  client: string;
  /** Each registry's service: INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICECODE[/VERSION]. */
  services: Record<RegistryService, string>;
  /** Per request. */
  timeoutMs: number;
  /** Files for TLS to the security server; null for plain fetch with the system's CAs. */
  tls: TundukTlsFiles | null;
}

export interface TundukTlsFiles {
  certPath: string | null;
  keyPath: string | null;
  caPath: string | null;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

const SERVICE_VARIABLES: Record<RegistryService, string> = {
  realEstate: 'AKNIET_TUNDUK_SERVICE_REAL_ESTATE',
  vehicles: 'AKNIET_TUNDUK_SERVICE_VEHICLES',
  companyRoles: 'AKNIET_TUNDUK_SERVICE_COMPANIES',
};

/** Identifier parts may use only these characters (PR-REST 4.8, identifier character restrictions). */
const PART = /^[A-Za-z0-9'()+,.=?-]{1,255}$/;

function identifierProblem(value: string, parts: readonly number[], shape: string): string | null {
  const split = value.split('/');
  if (!parts.includes(split.length) || !split.every((p) => PART.test(p))) {
    return `must look like ${shape}`;
  }
  return null;
}

/**
 * Reads the Tunduk settings. Returns null when AKNIET_TUNDUK_URL and every other AKNIET_TUNDUK_*
 * variable are unset (the embedded local registry is used then); throws one error listing every
 * missing or wrong variable when only some are set, so a half-configured production server never
 * quietly falls back to synthetic data.
 */
export function tundukConfigFromEnv(env: NodeJS.ProcessEnv = process.env): TundukConfig | null {
  // An empty variable (FOO=) means "not set", as in loadConfig.
  const get = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : null;
  };
  const url = get('AKNIET_TUNDUK_URL');
  const others = Object.keys(env).filter(
    (k) => k.startsWith('AKNIET_TUNDUK_') && k !== 'AKNIET_TUNDUK_URL' && get(k) !== null,
  );
  if (!url && others.length === 0) return null;

  const problems: string[] = [];
  const required = (name: string) => {
    const value = get(name);
    if (value === null) problems.push(`${name} is missing`);
    return value ?? '';
  };

  if (!url) problems.push(`AKNIET_TUNDUK_URL is missing (${others.sort().join(', ')} set)`);
  let securityServerUrl = '';
  if (url) {
    const parsed = URL.canParse(url) ? new URL(url) : null;
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.search || parsed.hash) {
      problems.push('AKNIET_TUNDUK_URL must be an http:// or https:// URL without query');
    } else {
      securityServerUrl = parsed.toString().replace(/\/+$/, '');
    }
  }

  const client = required('AKNIET_TUNDUK_CLIENT');
  if (client) {
    const p = identifierProblem(client, [3, 4], 'INSTANCE/CLASS/MEMBER/SUBSYSTEM');
    if (p) problems.push(`AKNIET_TUNDUK_CLIENT ${p}`);
  }

  const services = {} as Record<RegistryService, string>;
  for (const [service, name] of Object.entries(SERVICE_VARIABLES) as [RegistryService, string][]) {
    const value = required(name);
    if (value) {
      const p = identifierProblem(value, [5, 6], 'INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICECODE');
      if (p) problems.push(`${name} ${p}`);
    }
    services[service] = value;
  }

  let timeoutMs = DEFAULT_TIMEOUT_MS;
  const timeout = get('AKNIET_TUNDUK_TIMEOUT_MS');
  if (timeout !== null) {
    timeoutMs = Number(timeout);
    if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 120_000) {
      problems.push('AKNIET_TUNDUK_TIMEOUT_MS must be a whole number of milliseconds, 100..120000');
    }
  }

  const certPath = get('AKNIET_TUNDUK_TLS_CERT');
  const keyPath = get('AKNIET_TUNDUK_TLS_KEY');
  const caPath = get('AKNIET_TUNDUK_TLS_CA');
  if ((certPath === null) !== (keyPath === null)) {
    problems.push('AKNIET_TUNDUK_TLS_CERT and AKNIET_TUNDUK_TLS_KEY must be set together');
  }
  const tls = certPath || keyPath || caPath ? { certPath, keyPath, caPath } : null;
  if (tls && securityServerUrl.startsWith('http:')) {
    problems.push('AKNIET_TUNDUK_TLS_* need an https:// AKNIET_TUNDUK_URL');
  }

  if (problems.length > 0) {
    throw new Error(`Tunduk (X-Road) is partly configured:\n  ${problems.join('\n  ')}`);
  }
  return { securityServerUrl, client, services, timeoutMs, tls };
}
