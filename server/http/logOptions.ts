/**
 * The central API's logger: Fastify's own (pino), JSON lines with a request id on every line
 * of a request (a fresh UUID, also sent back as `x-request-id` so a workstation's report can
 * be matched to the server's lines). What pino may never write: the Authorization header
 * (device credentials), the officer-session header, cookies, PINs, enrolment codes, tokens —
 * redacted by path — and request or reply bodies, which are not serialised at all. URLs lose
 * their query string, error texts go through the shared redaction (common/log/redact.ts).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyServerOptions } from 'fastify';
import { redactText } from '#common/log/redact';
import { OFFICER_SESSION_HEADER } from '#common/auth/protocol';

const secretFields = [
  'pin',
  'newPin',
  'currentPin',
  'code',
  'enrolmentCode',
  'displayCode',
  'credential',
  'token',
  'session',
  'authorization',
  'password',
];

/** pino redact paths: headers on the request, and secret fields at the top or one level down. */
export const serverRedactPaths: string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  `req.headers["${OFFICER_SESSION_HEADER}"]`,
  'headers.authorization',
  'body',
  'req.body',
  'res.body',
  ...secretFields,
  ...secretFields.map((f) => `*.${f}`),
];

interface RequestLike {
  method?: string;
  url?: string;
  id?: string;
  ip?: string;
  socket?: { remoteAddress?: string };
}

const errorSerializer = (err: Error) => {
  const e = err as Error & { code?: unknown; statusCode?: unknown };
  return {
    type: e.name ?? 'Error',
    message: redactText(String(e.message)),
    stack: redactText(e.stack ?? '', 4000),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
  };
};

/** The `logger` option for Fastify (pino options). */
export function serverLoggerOptions(
  level = 'info',
): NonNullable<Exclude<FastifyServerOptions['logger'], boolean>> {
  return {
    level,
    redact: { paths: serverRedactPaths, censor: '[redacted]' },
    serializers: {
      req: (req: RequestLike) => ({
        method: req.method,
        url: redactText((req.url ?? '').split('?')[0] ?? ''),
        remoteAddress: req.ip ?? req.socket?.remoteAddress,
      }),
      err: errorSerializer,
    },
  };
}

/** Fastify options for request ids (logged as `reqId`): generated here, never taken from the client. */
export const requestIdOptions = {
  genReqId: (): string => randomUUID(),
  requestIdHeader: false,
} as const;
