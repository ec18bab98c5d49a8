import type { MessageCode } from '../i18n/messages.ts';

/** The one error type the application throws on purpose; the error handler turns it into the one error shape. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageCode,
    readonly details?: unknown,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = (details?: unknown) => new AppError(404, 'not_found', details);
export const conflict = (details?: unknown) => new AppError(409, 'conflict', details);
export const badInput = (details?: unknown) => new AppError(400, 'validation_failed', details);
export const invalidReference = (details?: unknown) =>
  new AppError(400, 'invalid_reference', details);

/** Maps PostgreSQL constraint violations to user errors so bad input never surfaces as a 500. */
export function fromDatabaseError(err: unknown): AppError | undefined {
  const e = err as { code?: string; constraint?: string; detail?: string; cause?: unknown };
  const pg = e?.code && /^[0-9A-Z]{5}$/.test(e.code) ? e : (e?.cause as typeof e | undefined);
  if (!pg?.code) return undefined;
  const details = { constraint: pg.constraint ?? null };
  switch (pg.code) {
    case '23505':
      return conflict(details);
    case '23503':
      return invalidReference(details);
    case '23502':
    case '23514':
    case '22P02':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
      return badInput(details);
    default:
      return undefined;
  }
}

/** Runs database work and turns constraint violations into 4xx errors. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw fromDatabaseError(err) ?? err;
  }
}
