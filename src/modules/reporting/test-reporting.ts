import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { agencies } from '../../platform/reference/schema.ts';
import { multipartForm } from '../../platform/testing/multipart.ts';
import {
  type Caller,
  TEST_PASSWORD,
  type TestPlatform,
} from '../../platform/testing/test-platform.ts';
import { solveChallenge } from './crypto/proof-of-work.ts';

/** Test helpers: handlers with unlocked keys, anonymous submission with proof of work. */
export async function agencyId(t: TestPlatform, code: string): Promise<string> {
  const [row] = await t.database.db
    .select({ id: agencies.id })
    .from(agencies)
    .where(eq(agencies.code, code));
  if (!row) throw new Error(`no agency ${code}`);
  return row.id;
}

/** A key holder: account in the agency, key set up and unlocked (the key cookie added). */
export async function keyHolder(
  t: TestPlatform,
  roles: Parameters<TestPlatform['createUser']>[0],
  agencyCode: string | null,
) {
  const username = `kh-${roles.join('-')}-${Math.random().toString(36).slice(2, 8)}`.replaceAll(
    '_',
    '-',
  );
  await t.createUser(roles, {
    username,
    agencyId: agencyCode ? await agencyId(t, agencyCode) : null,
  });
  const caller = await t.login(username);
  const setUp = await t.request(caller, 'POST', '/api/reporting/keys', { password: TEST_PASSWORD });
  if (setUp.statusCode !== 201) throw new Error(`key set-up failed: ${setUp.body}`);
  const unlocked = await unlock(t, caller);
  return {
    ...unlocked,
    username,
    recoveryCode: (setUp.json() as { recoveryCode: string }).recoveryCode,
  };
}

export async function unlock(
  t: TestPlatform,
  caller: Caller,
  password = TEST_PASSWORD,
): Promise<Caller> {
  const res = await t.request(caller, 'POST', '/api/reporting/keys/unlock', { password });
  if (res.statusCode !== 204) throw new Error(`unlock failed: ${res.statusCode} ${res.body}`);
  const key = res.cookies.find((c) => c.name === 'akniet_reporting_key')!;
  const base = caller.cookie.split('; ').filter((c) => !c.startsWith('akniet_reporting_key='));
  return { ...caller, cookie: [...base, `akniet_reporting_key=${key.value}`].join('; ') };
}

export async function solvedChallenge(t: TestPlatform) {
  const res = await t.app.inject({ method: 'GET', url: '/api/reporting/challenge' });
  const { challenge, difficulty } = res.json() as { challenge: string; difficulty: number };
  return { challenge, nonce: solveChallenge(challenge, difficulty) };
}

export interface SubmittedReport {
  receipt: string;
  reference: string;
  token: string;
  attachments: Array<{
    name: string;
    type: string;
    size: number;
    removed: string[];
    notRemoved: string[];
  }>;
}

export async function submit(
  t: TestPlatform,
  report: Record<string, unknown>,
  files: Parameters<typeof multipartForm>[1] = [],
  work?: { challenge: string; nonce: string },
): Promise<LightMyRequestResponse> {
  const solution = work ?? (await solvedChallenge(t));
  const form = multipartForm({ report: JSON.stringify(report), ...solution }, files);
  return t.app.inject({
    method: 'POST',
    url: '/api/reporting/reports',
    payload: form.payload,
    headers: form.headers,
  });
}

export async function returnWithReceipt(t: TestPlatform, receipt: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/reporting/receipt',
    payload: { receipt, ...(await solvedChallenge(t)) },
  });
  return res;
}

export const asReporter = (token: string) => ({ 'x-reporter-token': token });
