import { Agent, request } from 'node:https';

/** What the Tunduk client needs from HTTP: one GET, its status, headers and body as text. */
export interface HttpAnswer {
  status: number;
  header(name: string): string | null;
  body: string;
}
export type HttpGet = (
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
) => Promise<HttpAnswer>;

/** A registry answer about one person is small; anything larger is refused, not buffered. */
export const MAX_ANSWER_BYTES = 5 * 1024 * 1024;

export class AnswerTooLargeError extends Error {
  override readonly name = 'AnswerTooLargeError';
  constructor() {
    super(`answer larger than ${MAX_ANSWER_BYTES} bytes`);
  }
}

/** Node's global fetch (undici). Redirects are not followed: X-Road passes them on as answers. */
export const fetchGet: HttpGet = async (url, headers, signal) => {
  const res = await fetch(url, { method: 'GET', headers, signal, redirect: 'manual' });
  const body = await readCapped(res.body);
  return { status: res.status, header: (name) => res.headers.get(name), body };
};

async function readCapped(stream: ReadableStream<Uint8Array> | null): Promise<string> {
  if (!stream) return '';
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel();
      throw new AnswerTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * GET over node:https with a client certificate and/or a private CA. Node's global fetch cannot
 * take TLS options without installing the undici package (its Agent is not exposed), so mutual
 * TLS to the security server goes through node:https instead.
 */
export function httpsGet(tls: { cert?: Buffer; key?: Buffer; ca?: Buffer }): HttpGet {
  const agent = new Agent({ ...tls, keepAlive: true });
  return (url, headers, signal) =>
    new Promise<HttpAnswer>((resolve, reject) => {
      const req = request(url, { method: 'GET', headers, agent, signal }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let ended = false;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_ANSWER_BYTES) chunks.push(chunk);
          else {
            // Settle first: the destroyed request then reports errors nobody waits for.
            reject(new AnswerTooLargeError());
            req.destroy();
          }
        });
        res.on('end', () => {
          ended = true;
          resolve({
            status: res.statusCode ?? 0,
            header: (name) => {
              const value = res.headers[name.toLowerCase()];
              return Array.isArray(value) ? value.join(', ') : (value ?? null);
            },
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
        res.on('error', reject);
        // A connection cut mid-answer ends with 'close' and no 'end'.
        res.on('close', () => {
          if (!ended) reject(signal.aborted ? signal.reason : new Error('connection closed'));
        });
      });
      req.on('error', reject);
      req.end();
    });
}
