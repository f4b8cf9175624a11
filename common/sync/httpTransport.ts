/**
 * SyncTransport over HTTP with `fetch` (ARCHITECTURE §5-6). Every request carries the API
 * version header and, once enrolled, `authorization: Bearer <credential>`; every request has a
 * timeout. Every reply — success or error — is parsed with the protocol's zod schemas before
 * it is returned, so a malformed, truncated or wrong-version reply becomes an
 * InvalidReplyError naming the field, never a half-trusted object. Pokes are read from a
 * fetch stream (EventSource can't send the Authorization header).
 */
import type { z } from 'zod';
import {
  API_VERSION,
  API_VERSION_HEADER,
  conflictsReplySchema,
  enrolReplySchema,
  errorReplySchema,
  pokeEventSchema,
  pullReplySchema,
  pushReplySchema,
  resolveConflictReplySchema,
  type PokeEvent,
} from './protocol';
import { parseSse, initialSseState } from './sseParser';
import {
  ClientOutdatedError,
  ForbiddenError,
  InvalidReplyError,
  InvalidRequestError,
  NetworkError,
  OutOfOrderError,
  ResyncRequiredError,
  SeqReusedError,
  ServerError,
  UnauthorisedError,
  type SyncError,
} from './syncErrors';
import type { FetchLike, SyncTransport } from './transport';

export interface HttpTransportOptions {
  /** Per request, from sending to the whole body read. */
  timeoutMs?: number;
  /** The event stream fails when nothing (not even a heartbeat) arrives for this long. */
  eventsIdleMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_EVENTS_IDLE_MS = 45_000;

/** `what: path: message` of a zod error's first issue, for the InvalidReplyError. */
function describeIssue(what: string, error: z.ZodError): InvalidReplyError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  return new InvalidReplyError(`${what}: ${field}: ${issue?.message ?? 'invalid'}`, field);
}

function parseJson(what: string, text: string): unknown {
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
function errorFor(what: string, status: number, text: string): SyncError {
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

export function httpTransport(
  baseUrl: string,
  credential: string | null,
  fetchImpl: FetchLike,
  options: HttpTransportOptions = {},
): SyncTransport {
  const root = `${baseUrl.replace(/\/+$/, '')}/api/v${API_VERSION}`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const eventsIdleMs = options.eventsIdleMs ?? DEFAULT_EVENTS_IDLE_MS;

  const headers = (json: boolean): Record<string, string> => ({
    [API_VERSION_HEADER]: String(API_VERSION),
    ...(credential ? { authorization: `Bearer ${credential}` } : {}),
    ...(json ? { 'content-type': 'application/json' } : {}),
  });

  /** An AbortController that fires on the caller's abort and on `ms` without progress. */
  function deadline(signal: AbortSignal | undefined, ms: number) {
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

  async function call<S extends z.ZodType>(
    what: string,
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    schema: S,
    signal?: AbortSignal,
  ): Promise<z.infer<S>> {
    const d = deadline(signal, timeoutMs);
    let status: number;
    let text: string;
    let version: string | null;
    try {
      const res = await fetchImpl(`${root}${path}`, {
        method,
        headers: headers(body !== undefined),
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
    if (status < 200 || status > 299) throw errorFor(what, status, text);
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
  }

  async function* events(signal: AbortSignal): AsyncGenerator<PokeEvent> {
    const d = deadline(signal, eventsIdleMs);
    try {
      let res: Response;
      try {
        res = await fetchImpl(`${root}/events`, {
          method: 'GET',
          headers: { ...headers(false), accept: 'text/event-stream' },
          signal: d.signal,
        });
      } catch (error) {
        if (signal.aborted) return;
        throw new NetworkError(
          `events: ${d.timedOut() ? 'timed out' : error instanceof Error ? error.message : String(error)}`,
          d.timedOut(),
        );
      }
      if (!res.ok) throw errorFor('events', res.status, await res.text().catch(() => ''));
      const type = res.headers.get('content-type') ?? '';
      if (!type.startsWith('text/event-stream'))
        throw new InvalidReplyError(
          `events: content-type is ${type || 'missing'}, expected text/event-stream`,
          'content-type',
        );
      if (!res.body) throw new InvalidReplyError('events: reply has no body', '(body)');
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let state = initialSseState;
      try {
        for (;;) {
          let chunk: Awaited<ReturnType<typeof reader.read>>;
          try {
            chunk = await reader.read();
          } catch (error) {
            if (signal.aborted) return;
            throw new NetworkError(
              `events: ${d.timedOut() ? `no heartbeat for ${eventsIdleMs} ms` : error instanceof Error ? error.message : String(error)}`,
              d.timedOut(),
            );
          }
          if (chunk.done) {
            if (signal.aborted) return;
            throw new NetworkError('events: the server closed the stream');
          }
          d.arm();
          const out = parseSse(state, decoder.decode(chunk.value, { stream: true }));
          state = out.state;
          for (const e of out.events) {
            if (e.event !== 'poke') continue;
            const parsed = pokeEventSchema.safeParse(parseJson('poke', e.data));
            if (!parsed.success) throw describeIssue('poke', parsed.error);
            yield parsed.data;
          }
        }
      } finally {
        reader.cancel().catch(() => {});
      }
    } finally {
      d.done();
    }
  }

  return {
    enrol: (request, signal) => call('enrol', 'POST', '/enrol', request, enrolReplySchema, signal),
    push: (request, signal) => call('push', 'POST', '/push', request, pushReplySchema, signal),
    pull: (after, limit, signal) =>
      call('pull', 'GET', `/pull?after=${after}&limit=${limit}`, undefined, pullReplySchema, signal),
    conflicts: (signal) => call('conflicts', 'GET', '/conflicts', undefined, conflictsReplySchema, signal),
    resolveConflict: (id, request, signal) =>
      call(
        'resolve conflict',
        'POST',
        `/conflicts/${encodeURIComponent(id)}/resolve`,
        request,
        resolveConflictReplySchema,
        signal,
      ),
    events,
  };
}
