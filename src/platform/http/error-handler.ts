import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import type { MessageCode } from '../i18n/messages.ts';
import { message } from '../i18n/messages.ts';
import { AppError, fromDatabaseError } from './errors.ts';

/** The one error shape: {error: {code, message, details}}, the message in the caller's language. */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: MessageCode,
  details?: unknown,
) {
  return reply.status(status).send({
    error: { code, message: message(code, request.lang ?? 'ky'), details: details ?? null },
  });
}

const byStatus: Record<number, MessageCode> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        where: err.validationContext ?? 'body',
        path: v.instancePath || '/',
        message: v.message ?? 'invalid',
      }));
      return sendError(request, reply, 400, 'validation_failed', details);
    }
    if (err instanceof AppError)
      return sendError(request, reply, err.status, err.code, err.details);
    const fromDb = fromDatabaseError(err);
    if (fromDb) return sendError(request, reply, fromDb.status, fromDb.code, fromDb.details);
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500 && !isResponseSerializationError(err)) {
      const code = byStatus[status] ?? 'bad_request';
      return sendError(request, reply, status, code, { reason: err.message });
    }
    request.log.error({ err }, 'unhandled error');
    return sendError(request, reply, 500, 'internal');
  });
}
