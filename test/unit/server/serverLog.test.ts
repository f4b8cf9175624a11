/**
 * The central API's pino log through real routes (app.inject, PGlite): every request line has
 * a request id (a UUID, also sent back as x-request-id), and no line holds the device
 * credential, the officer session, a PIN, an enrolment code or a request body.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PIN } from '#common/demo/demoPin';
import { buildApp } from '#server/app';
import { serverLoggerOptions } from '#server/http/logOptions';
import { call, TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const pglite = backends.find((b) => b.name === 'pglite')!;

describe('server log', () => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  const lines: string[] = [];

  beforeAll(async () => {
    opened = await pglite.open();
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    app = await buildApp({
      db: opened.db,
      logger: { ...serverLoggerOptions('debug'), stream },
      enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
    });
    station = await createStation(opened.db);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  it('tags every request line with a request id and redacts secrets', async () => {
    const ws = await TestClient.enrol(app, station, 'ws-log');
    const wrong = await call(app, 'POST', '/api/v1/auth/signin', {
      credential: ws.credential,
      body: { badgeNo: station.dataset.officers[1]!.badgeNo, pin: '999999' },
    });
    expect(wrong.status).toBeGreaterThanOrEqual(400);
    const pulled = await app.inject({
      method: 'GET',
      url: `/api/v1/pull?after=0&token=${ws.credential}`,
      headers: { authorization: `Bearer ${ws.credential}`, 'x-gridroom-api': '1' },
    });
    expect(pulled.headers['x-request-id']).toMatch(UUID);
    await call(app, 'POST', '/api/v1/enrol', {
      body: { enrolmentCode: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', workstation: 'x' },
    });

    const parsed = lines.map((l) => JSON.parse(l) as { reqId?: string; msg?: string });
    const requestLines = parsed.filter((l) => l.msg === 'incoming request' || l.msg === 'request completed');
    expect(requestLines.length).toBeGreaterThanOrEqual(8);
    for (const l of requestLines) expect(l.reqId).toMatch(UUID);
    const text = lines.join('\n');
    for (const secret of [ws.credential, station.code, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'Bearer'])
      expect(text).not.toContain(secret);
    // PINs as whole numbers: the digits alone may occur inside a UUID or a response time
    for (const pin of [DEMO_PIN, '999999'])
      expect(text).not.toMatch(new RegExp(`(?<![\\w.])${pin}(?![\\w.])`));
    expect(text).not.toContain('"body"');
    expect(text).toContain('/api/v1/pull');
  });
});
