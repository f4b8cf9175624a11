/**
 * Live pokes over SSE: a stream opened with the Authorization header gets the current
 * watermark at once and a poke after every committed change of its own station only; without
 * a credential it is 401. On PostgreSQL a push through one API process pokes the streams of
 * another (LISTEN/NOTIFY: processes are stateless). Heartbeats keep a quiet stream alive.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION_HEADER, type PushReply } from '#common/sync/protocol';
import { buildApp } from '#server/app';
import { TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

/** Reads an SSE stream over fetch (as the client does) and collects its frames. */
async function openStream(base: string, credential: string | null) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/v1/events`, {
    headers: { [API_VERSION_HEADER]: '1', ...(credential ? { authorization: `Bearer ${credential}` } : {}) },
    signal: controller.signal,
  });
  const frames: string[] = [];
  let buffer = '';
  const waiters: Array<() => void> = [];
  if (!res.ok) await res.text(); // release the connection so the server can close promptly
  if (res.ok && res.body) {
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            frames.push(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            waiters.splice(0).forEach((w) => w());
          }
        }
      } catch {
        // aborted
      }
    })();
  }
  const pokes = () =>
    frames
      .filter((f) => f.startsWith('event: poke'))
      .map((f) => (JSON.parse(f.split('data: ')[1] ?? '{}') as { seq: number }).seq);
  async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out; frames: ${JSON.stringify(frames)}`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }
  return { res, frames, pokes, until, close: () => controller.abort() };
}

describe.each(backends)('event stream ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let base: string;
  let station: TestStation;
  let other: TestStation;

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({ db: opened.db, heartbeatMs: 100 });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    station = await createStation(opened.db);
    other = await createStation(opened.db);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  it('sends the watermark, then a poke per commit of its station only, and heartbeats', async () => {
    const client = await TestClient.enrol(app, station);
    const outsider = await TestClient.enrol(app, other);
    const stream = await openStream(base, client.credential);
    expect(stream.res.status).toBe(200);
    expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await stream.until(() => stream.pokes().length >= 1);
    const watermark = (await client.pull(0, 5000)).body.watermark;
    expect(stream.pokes()[0]).toBe(watermark);

    await outsider.push([
      outsider.mutation('incidents', other.dataset.incidents[0]!.id, { description: '别站的变更' }, 1),
    ]);
    const pushed = await client.push([
      client.mutation('incidents', station.dataset.incidents[0]!.id, { description: '现场已处置' }, 1),
    ]);
    const { serverSeq } = pushed.body as PushReply;
    await stream.until(() => stream.pokes().includes(serverSeq));
    expect(stream.pokes()).toEqual([watermark, serverSeq]);
    await stream.until(() => stream.frames.some((f) => f.startsWith(': heartbeat')));
    stream.close();
  });

  it('refuses a stream without a credential', async () => {
    const stream = await openStream(base, null);
    expect(stream.res.status).toBe(401);
  });

  it.runIf(backend.name === 'postgres')(
    'pokes streams of another API process on the same database',
    async () => {
      const db2 = await opened.openAnother();
      const app2 = await buildApp({ db: db2 });
      const base2 = await app2.listen({ port: 0, host: '127.0.0.1' });
      try {
        const client = await TestClient.enrol(app, station);
        const stream = await openStream(base2, client.credential);
        await stream.until(() => stream.pokes().length >= 1);
        const pushed = await client.push([
          client.mutation('incidents', station.dataset.incidents[1]!.id, { description: '跨进程通知' }, 1),
        ]);
        const { serverSeq } = pushed.body as PushReply;
        await stream.until(() => stream.pokes().includes(serverSeq));
        stream.close();
      } finally {
        await app2.close();
      }
    },
  );

  it('ends open streams when the app closes', async () => {
    const db = backend.name === 'postgres' ? await opened.openAnother() : opened.db;
    const app3 = await buildApp({ db });
    const base3 = await app3.listen({ port: 0, host: '127.0.0.1' });
    const client = await TestClient.enrol(app3, station);
    const stream = await openStream(base3, client.credential);
    await stream.until(() => stream.pokes().length >= 1);
    const started = Date.now();
    await app3.close();
    // Liveness, not speed: close() must not wait for the client to hang up.
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
