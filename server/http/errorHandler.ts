/**
 * Every error leaves as an errorReplySchema body: ApiErrors as thrown; request validation
 * failures as 400 `invalid-request` — or `invalid-batch` with the mutation's index when a push
 * body fails; the rate limiter's 429 as `rate-limited`; other client errors (bad JSON, body
 * too large) as `invalid-request` with their status; anything else as a logged 500 `internal`
 * that says nothing of the cause. Unknown routes are 404 `not-found`.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorReply } from '#common/sync/protocol';
import { ApiError } from './apiError';

export const PUSH_ROUTE = '/api/v1/push';

function validationReply(
  error: FastifyError & { validation: { instancePath: string; message?: string }[] },
  route: string | undefined,
): ErrorReply {
  const first = error.validation[0];
  const path = first?.instancePath ?? '';
  const where = `${error.validationContext ?? 'request'}${path === '/' ? '' : path}`;
  const message = `${where}: ${first?.message ?? 'invalid'}`;
  const index = /^\/mutations\/(\d+)(\/|$)/.exec(path)?.[1];
  if (route === PUSH_ROUTE && error.validationContext === 'body' && index !== undefined)
    return { error: 'invalid-batch', message, index: Number(index) };
  return { error: 'invalid-request', message };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) return reply.code(error.status).send(error.body);
    if (hasZodFastifySchemaValidationErrors(error))
      return reply.code(400).send(validationReply(error, request.routeOptions.url));
    const status = error.statusCode ?? 500;
    if (status === 429)
      return reply.code(429).send({
        error: 'rate-limited',
        message: `请求过于频繁，请稍后再试 / Too many requests: ${error.message}`,
      });
    if (status >= 400 && status < 500)
      return reply.code(status).send({ error: 'invalid-request', message: error.message });
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: '服务器内部错误 / Internal server error' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .send({ error: 'not-found', message: `no route ${request.method} ${request.url.split('?')[0] ?? ''}` });
  });
}
