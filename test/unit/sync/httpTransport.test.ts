/**
 * The HTTP transport at its true external boundary, a fake fetch: headers it sends, and every
 * kind of bad reply rejected with the right typed error and a message naming the field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { httpTransport } from '#common/sync/httpTransport';
import type { FetchLike } from '#common/sync/transport';
import {
  ClientOutdatedError,
  ForbiddenError,
  InvalidReplyError,
  NetworkError,
  OutOfOrderError,
  ResyncRequiredError,
  SeqReusedError,
  ServerError,
  UnauthorisedError,
} from '#common/sync/syncErrors';

const CRED = 'c'.repeat(32);
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const ID = '00000000-0000-4000-8000-000000000001';

function replying(
  status: number,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return new Response(body, { status, headers });
  };
  return { t: httpTransport('http://api.test/', CRED, fetchImpl, { timeoutMs: 200 }), calls };
}

const goodPull = {
  changes: [{ entity: 'incidents', id: ID, seq: 3, version: 2, row: { id: ID } }],
  nextCursor: 3,
  hasMore: false,
  watermark: 3,
};

describe('httpTransport requests', () => {
  it('sends the API version, the app version, the bearer credential and JSON', async () => {
    const { t, calls } = replying(200, JSON.stringify(goodPull));
    await expect(t.pull(0, 100)).resolves.toEqual(goodPull);
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(calls[0]!.url).toBe('http://api.test/api/v1/pull?after=0&limit=100');
    expect(headers['x-gridroom-api']).toBe('1');
    // the running version, which the chief's device screen shows (issue 17)
    expect(headers['x-gridroom-app-version']).toBe(packageJson.version);
    expect(headers.authorization).toBe(`Bearer ${CRED}`);
  });
});

describe('httpTransport rejects bad replies with InvalidReplyError', () => {
  const cases: [string, number, string, RegExp][] = [
    ['malformed JSON', 200, '{"changes": [', /not JSON/],
    ['a truncated body', 200, JSON.stringify(goodPull).slice(0, 40), /malformed or truncated/],
    ['a wrong field type', 200, JSON.stringify({ ...goodPull, nextCursor: 'three' }), /nextCursor/],
    ['a missing field', 200, JSON.stringify({ changes: [], nextCursor: 0, hasMore: false }), /watermark/],
    [
      'a wrong nested type',
      200,
      JSON.stringify({ ...goodPull, changes: [{ ...goodPull.changes[0], version: '2' }] }),
      /changes\.0\.version/,
    ],
    [
      'an unknown entity',
      200,
      JSON.stringify({ ...goodPull, changes: [{ ...goodPull.changes[0], entity: 'cats' }] }),
      /changes\.0\.entity/,
    ],
    [
      'a 200 with an error body',
      200,
      JSON.stringify({ error: 'internal', message: 'boom' }),
      /carries an error body/,
    ],
    [
      'an error reply of unexpected shape',
      401,
      JSON.stringify({ oops: true }),
      /HTTP 401 error reply: error/,
    ],
    ['an error reply with an unknown code', 403, JSON.stringify({ error: 'teapot', message: 'x' }), /error/],
    ['an error reply that is not JSON', 409, '<html>', /not JSON/],
    ['a JSON null', 200, 'null', /\(root\)/],
  ];
  for (const [what, status, body, message] of cases) {
    it(what, async () => {
      const { t } = replying(status, body);
      const error = await t.pull(0, 10).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidReplyError);
      expect((error as Error).message).toMatch(message);
    });
  }

  it('a reply of another API version', async () => {
    const { t } = replying(200, JSON.stringify(goodPull), {
      'content-type': 'application/json',
      'x-gridroom-api': '2',
    });
    await expect(t.pull(0, 10)).rejects.toThrow(/API version 2/);
  });

  it('a push reply with a negative version', async () => {
    const { t } = replying(
      200,
      JSON.stringify({
        results: [{ seq: 1, status: 'applied', version: -1, conflictFields: [] }],
        serverSeq: 1,
      }),
    );
    await expect(t.push({ clientId: 'c', mutations: [] })).rejects.toThrow(/results\.0\.version/);
  });
});

describe('httpTransport maps error replies to typed errors', () => {
  const err = (error: string, extra: object = {}) => JSON.stringify({ error, message: 'because', ...extra });
  const cases: [number, string, new (...args: never[]) => Error][] = [
    [426, err('client-outdated'), ClientOutdatedError],
    [401, err('unauthorised'), UnauthorisedError],
    [403, err('forbidden', { index: 2 }), ForbiddenError],
    [409, err('out-of-order'), OutOfOrderError],
    [409, err('seq-reused'), SeqReusedError],
    [410, err('resync-required', { oldestCursor: 40 }), ResyncRequiredError],
    [500, err('internal'), ServerError],
    [502, '<html>bad gateway</html>', ServerError],
    [429, err('rate-limited'), ServerError],
  ];
  for (const [status, body, type] of cases) {
    it(`${status} → ${type.name}`, async () => {
      const { t } = replying(status, body);
      await expect(t.pull(0, 10)).rejects.toBeInstanceOf(type);
    });
  }

  it('409 seq-reused is a typed error the runner does not retry', async () => {
    const { t } = replying(409, err('seq-reused'));
    const e = await t.push({ clientId: 'c', mutations: [] }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SeqReusedError);
    expect(e).toMatchObject({ kind: 'seq-reused', retryable: false });
  });

  it('410 carries the oldest cursor', async () => {
    const { t } = replying(410, err('resync-required', { oldestCursor: 40 }));
    const e = await t.pull(0, 10).catch((x: unknown) => x);
    expect((e as ResyncRequiredError).oldestCursor).toBe(40);
  });
});

describe('httpTransport network failures', () => {
  it('a refused connection is a NetworkError', async () => {
    const t = httpTransport('http://api.test', CRED, async () => {
      throw new TypeError('fetch failed');
    });
    await expect(t.pull(0, 1)).rejects.toBeInstanceOf(NetworkError);
  });

  it('a server that never answers times out as a NetworkError', async () => {
    const hang: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const t = httpTransport('http://api.test', CRED, hang, { timeoutMs: 30 });
    const e = await t.pull(0, 1).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NetworkError);
    expect((e as NetworkError).timedOut).toBe(true);
  });
});

describe('httpTransport events', () => {
  function sse(chunks: string[], headers = { 'content-type': 'text/event-stream' }): FetchLike {
    return async () => {
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const c of chunks) controller.enqueue(encoder.encode(c));
          controller.close();
        },
      });
      return new Response(body, { status: 200, headers });
    };
  }

  it('yields pokes across split chunks and ignores heartbeats, then fails when the stream closes', async () => {
    const t = httpTransport(
      'http://api.test',
      CRED,
      sse([': hi\n\nevent: po', 'ke\ndata: {"se', 'q":5}\n\n', ':hb\n\nevent: poke\ndata: {"seq":6}\n\n']),
    );
    const seen: number[] = [];
    const error = await (async () => {
      for await (const p of t.events(new AbortController().signal)) seen.push(p.seq);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([5, 6]);
    expect(error).toBeInstanceOf(NetworkError);
  });

  it('rejects a malformed poke and a wrong content type', async () => {
    const bad = httpTransport('http://api.test', CRED, sse(['event: poke\ndata: {"seq":"x"}\n\n']));
    await expect(
      (async () => {
        for await (const _ of bad.events(new AbortController().signal)) void _;
      })(),
    ).rejects.toThrow(/poke: seq/);
    const html = httpTransport('http://api.test', CRED, sse(['x'], { 'content-type': 'text/html' }));
    await expect(
      (async () => {
        for await (const _ of html.events(new AbortController().signal)) void _;
      })(),
    ).rejects.toBeInstanceOf(InvalidReplyError);
  });
});
