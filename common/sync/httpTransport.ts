/**
 * SyncTransport over HTTP with `fetch` (docs/architecture.md §3). Every request carries the API
 * version header and, once enrolled, `authorization: Bearer <credential>`; every request has a
 * timeout. Every reply — success or error — is parsed with the protocol's zod schemas before
 * it is returned, so a malformed, truncated or wrong-version reply becomes an
 * InvalidReplyError naming the field, never a half-trusted object. Pokes are read from a
 * fetch stream (EventSource can't send the Authorization header).
 */
import {
  conflictsReplySchema,
  enrolReplySchema,
  pokeEventSchema,
  pullReplySchema,
  pushReplySchema,
  resolveConflictReplySchema,
  type PokeEvent,
} from './protocol';
import { deadline, describeIssue, errorFor, jsonClient, parseJson } from './jsonCall';
import { parseSse, initialSseState } from './sseParser';
import { InvalidReplyError, NetworkError } from './syncErrors';
import type { FetchLike, SyncTransport } from './transport';

export interface HttpTransportOptions {
  /** Per request, from sending to the whole body read. */
  timeoutMs?: number;
  /** The event stream fails when nothing (not even a heartbeat) arrives for this long. */
  eventsIdleMs?: number;
  /** Headers for the conflict resolution (the signed-in officer's session), read per call. */
  officerHeaders?: () => Record<string, string>;
}

const DEFAULT_EVENTS_IDLE_MS = 45_000;

export function httpTransport(
  baseUrl: string,
  /** The device credential, or a function read per request (a rotated credential is used at once). */
  credential: string | null | (() => string | null),
  fetchImpl: FetchLike,
  options: HttpTransportOptions = {},
): SyncTransport {
  const client = jsonClient({
    baseUrl,
    fetchImpl,
    credential: typeof credential === 'function' ? credential : () => credential,
    timeoutMs: options.timeoutMs,
  });
  const { root, headers } = client;
  const call = client.call;
  const eventsIdleMs = options.eventsIdleMs ?? DEFAULT_EVENTS_IDLE_MS;

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
    enrol: (request, signal) => call('enrol', 'POST', '/enrol', request, enrolReplySchema, { signal }),
    push: (request, signal) => call('push', 'POST', '/push', request, pushReplySchema, { signal }),
    pull: (after, limit, signal) =>
      call('pull', 'GET', `/pull?after=${after}&limit=${limit}`, undefined, pullReplySchema, { signal }),
    conflicts: (signal) =>
      call('conflicts', 'GET', '/conflicts', undefined, conflictsReplySchema, { signal }),
    resolveConflict: (id, request, signal) =>
      call(
        'resolve conflict',
        'POST',
        `/conflicts/${encodeURIComponent(id)}/resolve`,
        request,
        resolveConflictReplySchema,
        { signal, headers: options.officerHeaders?.() },
      ),
    events,
  };
}
