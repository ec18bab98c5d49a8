import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  REGISTRY_SERVICES,
  type RegistryProblem,
  type RegistryService,
  RegistryUnavailableError,
  SERVICE_LABELS,
} from './errors.ts';
import {
  AnswerTooLargeError,
  fetchGet,
  type HttpAnswer,
  type HttpGet,
  httpsGet,
} from './http-get.ts';
import { inRegistryOrder } from './order.ts';
import { noRecords, type RegistryGateway, type RegistryRecords } from './records.ts';
import { MalformedAnswerError, recordsFromAnswer, xroadErrorBody } from './tunduk-answers.ts';
import type { TundukConfig } from './tunduk-config.ts';

export { type TundukConfig, tundukConfigFromEnv } from './tunduk-config.ts';

/** The path under each service that lists one person's records (an assumption, see the docs). */
const PERSON_PATHS: Record<RegistryService, string> = {
  realEstate: 'real-estate',
  vehicles: 'vehicles',
  companyRoles: 'company-roles',
};

/** Kyrgyz personal identification number: 14 digits. Anything else is never sent out. */
const PIN = /^\d{14}$/;

/** Requests in flight at once, so a large family does not flood the security server. */
const CONCURRENCY = 6;

export interface TundukLookupOptions {
  /** Who asked: sent as X-Road-UserId for the registry's own audit. */
  userId?: string;
}

/**
 * The state registries through Tunduk, the Kyrgyz X-Road, with the X-Road Message Protocol for
 * REST (r1): GET {security server}/r1/{service id}/persons/{pin}/{records}, our subsystem in
 * X-Road-Client. One request per person and registry; any failure fails the whole lookup, since
 * half an answer would look like undeclared property or property that is not there.
 */
export class TundukGateway implements RegistryGateway {
  readonly name = 'tunduk' as const;
  private readonly get: HttpGet;
  private readonly client: string;
  private readonly serviceUrls: Record<RegistryService, string>;

  /** Reads the TLS files now, so a wrong path fails at start rather than at the first lookup. */
  constructor(
    private readonly config: TundukConfig,
    get?: HttpGet,
  ) {
    this.get = get ?? (config.tls ? httpsGet(readTlsFiles(config.tls)) : fetchGet);
    this.client = encodeIdentifier(config.client);
    this.serviceUrls = Object.fromEntries(
      REGISTRY_SERVICES.map((s) => [
        s,
        `${config.securityServerUrl}/r1/${encodeIdentifier(config.services[s])}`,
      ]),
    ) as Record<RegistryService, string>;
  }

  async lookup(
    pins: readonly string[],
    options: TundukLookupOptions = {},
  ): Promise<RegistryRecords> {
    const asked = [...new Set(pins)].filter((p) => PIN.test(p));
    const result = noRecords();
    if (asked.length === 0) return result;
    const questions = asked.flatMap((pin) =>
      REGISTRY_SERVICES.map((service) => ({ pin, service })),
    );
    // The first failure stops the other requests: their answers would be thrown away.
    const stop = new AbortController();
    let answers: RegistryRecords[keyof RegistryRecords][];
    try {
      answers = await mapLimited(questions, CONCURRENCY, (q) =>
        this.ask(q.service, q.pin, options.userId, stop.signal),
      );
    } catch (err) {
      stop.abort();
      throw err;
    }
    questions.forEach((q, i) => {
      (result[q.service] as unknown[]).push(...answers[i]!);
    });
    return inRegistryOrder(result);
  }

  private async ask(
    service: RegistryService,
    pin: string,
    userId: string | undefined,
    stop: AbortSignal,
  ) {
    const url = `${this.serviceUrls[service]}/persons/${encodeURIComponent(pin)}/${PERSON_PATHS[service]}`;
    const headers: Record<string, string> = {
      accept: 'application/json',
      'x-road-client': this.client,
      'x-road-id': randomUUID(),
    };
    if (userId) headers['x-road-userid'] = headerSafe(userId);
    const fail = (problem: RegistryProblem, detail: string, type: string | null = null) =>
      new RegistryUnavailableError(
        service,
        problem,
        `Tunduk ${SERVICE_LABELS[service]} service (${this.config.services[service]}): ${detail}`,
        type,
      );

    const signal = AbortSignal.any([AbortSignal.timeout(this.config.timeoutMs), stop]);
    let answer: HttpAnswer;
    try {
      answer = await this.get(url, headers, signal);
    } catch (err) {
      if (err instanceof AnswerTooLargeError) throw fail('malformed_answer', err.message);
      if (signal.aborted && (signal.reason as Error | undefined)?.name === 'TimeoutError') {
        throw fail('timeout', `no answer in ${this.config.timeoutMs} ms`);
      }
      throw fail('unreachable', describeNetworkError(err));
    }

    if (answer.status !== 200) throw errorAnswer(answer, fail);
    let json: unknown;
    try {
      json = JSON.parse(answer.body);
    } catch {
      throw fail('malformed_answer', 'the answer is not JSON');
    }
    try {
      return recordsFromAnswer(service, pin, json);
    } catch (err) {
      if (err instanceof MalformedAnswerError) throw fail('malformed_answer', err.message);
      throw err;
    }
  }
}

/** X-Road errors carry X-Road-Error and {type, message, detail}; providers may use the same body. */
function errorAnswer(
  answer: HttpAnswer,
  fail: (p: RegistryProblem, detail: string, type?: string | null) => RegistryUnavailableError,
) {
  const headerType = answer.header('x-road-error');
  let body: ReturnType<typeof xroadErrorBody.safeParse> | null = null;
  try {
    body = xroadErrorBody.safeParse(JSON.parse(answer.body));
  } catch {
    // Not JSON: only the status and the header say what happened.
  }
  const type = (body?.success ? body.data.type : null) ?? headerType;
  const message = body?.success && body.data.message ? `: ${clip(body.data.message)}` : '';
  const detail = body?.success && body.data.detail ? ` (detail ${clip(body.data.detail, 80)})` : '';
  if (headerType) {
    return fail('xroad_error', `X-Road error ${type}${message}${detail}`, type);
  }
  const what = type ? ` ${type}${message}${detail}` : '';
  return fail('provider_error', `answered HTTP ${answer.status}${what}`, type);
}

const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}…` : text);

function describeNetworkError(err: unknown): string {
  const e = err as { message?: string; code?: string; cause?: { message?: string; code?: string } };
  const cause = e?.cause?.code ?? e?.cause?.message ?? e?.code;
  return `cannot connect to the security server (${clip(String(cause ?? e?.message ?? err), 200)})`;
}

/**
 * Identifier parts are percent-encoded one by one; the '/' between them stays as it is (PR-REST
 * 4.2).
 */
function encodeIdentifier(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

/** Header values must be visible ASCII; anything else is percent-encoded. */
function headerSafe(value: string): string {
  return /^[\x21-\x7e]+$/.test(value) ? value : encodeURIComponent(value);
}

function readTlsFiles(tls: NonNullable<TundukConfig['tls']>) {
  const read = (variable: string, path: string | null) => {
    if (!path) return undefined;
    try {
      return readFileSync(path);
    } catch (err) {
      throw new Error(`${variable}: cannot read ${path} (${(err as Error).message})`);
    }
  };
  return {
    cert: read('AKNIET_TUNDUK_TLS_CERT', tls.certPath),
    key: read('AKNIET_TUNDUK_TLS_KEY', tls.keyPath),
    ca: read('AKNIET_TUNDUK_TLS_CA', tls.caPath),
  };
}

/** Like Promise.all over fn(item), with at most `limit` running; stops starting on a failure. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i]!);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
