// What a reporter's browser does over HTTP: fetch and solve a challenge, submit a report with
// a photo (FormData), and come back with the receipt.
import { solveChallenge } from '../../src/modules/reporting/crypto/proof-of-work.ts';
import { reportJson } from './submission.ts';

export async function solved(url: string) {
  const res = await fetch(`${url}/api/reporting/challenge`);
  if (res.status !== 200) throw new Error(`GET /api/reporting/challenge: ${res.status}`);
  const { challenge, difficulty } = (await res.json()) as { challenge: string; difficulty: number };
  return { challenge, nonce: solveChallenge(challenge, difficulty) };
}

/** The receipt when the server answered 201, otherwise the status and body. */
export async function submit(url: string, i: number, photo: Buffer) {
  const work = await solved(url);
  const form = new FormData();
  form.set('report', reportJson(i));
  form.set('challenge', work.challenge);
  form.set('nonce', work.nonce);
  form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), `IMG_${i}.jpg`);
  const res = await fetch(`${url}/api/reporting/reports`, { method: 'POST', body: form });
  const text = await res.text();
  if (res.status !== 201) return { ok: false, status: res.status, body: text } as const;
  return { ok: true, receipt: (JSON.parse(text) as { receipt: string }).receipt } as const;
}

/** 200 when the receipt opens a report, 401 when no report has it. */
export async function signIn(url: string, receipt: string) {
  const work = await solved(url);
  const res = await fetch(`${url}/api/reporting/receipt`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ receipt, ...work }),
  });
  const text = await res.text();
  return { status: res.status, body: text };
}

/** Runs `work` over 0..count-1 with at most `concurrency` at a time, until `stop()` says so. */
export async function pool(
  count: number,
  concurrency: number,
  work: (i: number) => Promise<void>,
  stop: () => boolean = () => false,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count && !stop()) await work(next++);
    }),
  );
}
