/**
 * One JSON request to the central API, shared by the sync transport (httpTransport.ts) and the
 * officers-and-devices client (common/auth/authClient.ts): the API version header, the device
 * credential, an optional officer session header, a deadline that covers sending and reading
 * the whole body, and a reply parsed with a zod schema before it is returned.
 *
 * Invariants: it resolves only with a reply that passed `schema`; it rejects only with the
 * SyncError classes of syncErrors.ts — NetworkError when the server may never have answered
 * (offline, refused, timed out), the status's own class otherwise — or with what the caller's
 * `refine` hook returns for an error reply (the sign-in refusals, for one).
 */
import type { z } from 'zod';
import { API_VERSION, API_VERSION_HEADER, errorReplySchema } from './protocol';
import { APP_VERSION } from '../update/appVersion';
import { APP_VERSION_HEADER } from '../update/updateReport';
import {
  ClientOutdatedError,
  ForbiddenError,
  InvalidReplyError,
  InvalidRequestError,
  NetworkError,
  OutOfOrderError,
  SeqReusedError,
  ResyncRequiredError,
  ServerError,
  UnauthorisedError,
  type SyncError,
} from './syncErrors';
import type { FetchLike } from './transport';

export const DEFAULT_TIMEOUT_MS = 15_000;

/** `what: path: message` of a zod error's first issue, for the InvalidReplyError. */
export function describeIssue(what: string, error: z.ZodError): InvalidReplyError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  return new InvalidReplyError(`${what}: ${field}: ${issue?.message ?? 'invalid'}`, field);
}

export function parseJson(what: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    throw new InvalidReplyError(
      `${what}: body is not JSON (malformed or truncated): ${JSON.stringify(shown)}`,
      '(body)',
    );
  }
}

/** The typed error for a non-2xx reply; its body must be an ErrorReply (5xx excepted). */
export function errorFor(what: string, status: number, text: string): SyncError {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  const parsed = errorReplySchema.safeParse(body);
  if (!parsed.success) {
    if (status >= 500) return new ServerError(`${what}: HTTP ${status}`, status);
    if (body === null)
      return new InvalidReplyError(`${what}: HTTP ${status} with a body that is not JSON`, '(body)');
    return describeIssue(`${what}: HTTP ${status} error reply`, parsed.error);
  }
  const { message, index, oldestCursor } = parsed.data;
  const text_ = `${what}: ${parsed.data.error}: ${message}`;
  switch (status) {
    case 426:
      return new ClientOutdatedError(text_);
    case 401:
      return new UnauthorisedError(text_);
    case 403:
      return new ForbiddenError(text_, index);
    case 400:
      return new InvalidRequestError(text_, index);
    case 409:
      return parsed.data.error === 'seq-reused' ? new SeqReusedError(text_) : new OutOfOrderError(text_);
    case 410:
      return new ResyncRequiredError(text_, oldestCursor);
    default:
      return new ServerError(text_, status);
  }
}

/** An AbortController that fires on the caller's abort and on `ms` without progress. */
export function deadline(signal: AbortSignal | undefined, ms: number) {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
  };
  const onAbort = () => controller.abort();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', onAbort);
  arm();
  return {
    signal: controller.signal,
    arm,
    timedOut: () => timedOut,
    done: () => {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

export interface JsonCallerOptions {
  /** The server's origin (and path prefix, if any); `/api/v<N>` is appended. */
  baseUrl: string;
  fetchImpl: FetchLike;
  /** The device credential (`<deviceId>.<secret>`), or null before enrolment. Read per call. */
  credential: () => string | null;
  /** Per request, from sending to the whole body read. */
  timeoutMs?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Extra headers (the officer session). */
  headers?: Record<string, string>;
  /** A typed error for an error reply the generic mapping would flatten; null = generic. */
  refine?: (status: number, body: unknown, what: string) => Error | null;
}

export type JsonCaller = <S extends z.ZodType>(
  what: string,
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  schema: S,
  options?: CallOptions,
) => Promise<z.infer<S>>;

export interface JsonClient {
  root: string;
  timeoutMs: number;
  headers(json: boolean, extra?: Record<string, string>): Record<string, string>;
  call: JsonCaller;
}

export function jsonClient(options: JsonCallerOptions): JsonClient {
  const root = `${options.baseUrl.replace(/\/+$/, '')}/api/v${API_VERSION}`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const headers = (json: boolean, extra: Record<string, string> = {}): Record<string, string> => {
    const credential = options.credential();
    return {
      [API_VERSION_HEADER]: String(API_VERSION),
      // the running version, for the chief's device screen (issue 17)
      [APP_VERSION_HEADER]: APP_VERSION,
      ...(credential ? { authorization: `Bearer ${credential}` } : {}),
      ...(json ? { 'content-type': 'application/json' } : {}),
      ...extra,
    };
  };

  const call: JsonCaller = async (what, method, path, body, schema, callOptions = {}) => {
    const d = deadline(callOptions.signal, timeoutMs);
    let status: number;
    let text: string;
    let version: string | null;
    try {
      const res = await options.fetchImpl(`${root}${path}`, {
        method,
        headers: headers(body !== undefined, callOptions.headers),
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: d.signal,
      });
      status = res.status;
      version = res.headers.get(API_VERSION_HEADER);
      text = await res.text();
    } catch (error) {
      const reason = d.timedOut()
        ? `timed out after ${timeoutMs} ms`
        : error instanceof Error
          ? error.message
          : String(error);
      throw new NetworkError(`${what}: ${reason}`, d.timedOut());
    } finally {
      d.done();
    }
    if (status < 200 || status > 299) {
      if (callOptions.refine) {
        let errorBody: unknown = null;
        try {
          errorBody = JSON.parse(text);
        } catch {
          errorBody = null;
        }
        const refined = callOptions.refine(status, errorBody, what);
        if (refined) throw refined;
      }
      throw errorFor(what, status, text);
    }
    if (version !== null && version !== String(API_VERSION)) {
      throw new InvalidReplyError(
        `${what}: reply is API version ${version}, this client speaks ${API_VERSION}`,
        API_VERSION_HEADER,
      );
    }
    const json = parseJson(what, text);
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const asError = errorReplySchema.safeParse(json);
      if (asError.success) {
        throw new InvalidReplyError(
          `${what}: HTTP ${status} carries an error body (${asError.data.error}: ${asError.data.message})`,
          'error',
        );
      }
      throw describeIssue(`${what} reply`, parsed.error);
    }
    return parsed.data;
  };

  return { root, timeoutMs, headers, call };
}
