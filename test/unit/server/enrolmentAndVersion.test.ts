/**
 * Enrolment (good code, bad code, per-IP rate limit), the API version check (426 with a
 * Chinese + English message), error replies matching errorReplySchema, health and the
 * OpenAPI document — against PGlite and, with DATABASE_URL, PostgreSQL.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolReplySchema, errorReplySchema } from '#common/sync/protocol';
import { buildApp } from '#server/app';
import { call } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

describe.each(backends)('enrolment and API version ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({ db: opened.db, enrolRateLimit: { max: 1000, timeWindowMs: 60_000 } });
    station = await createStation(opened.db, '禾山派出所');
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  it('enrols a workstation with a good code and stores only a hash of its credential', async () => {
    const r = await call(app, 'POST', '/api/v1/enrol', {
      body: { enrolmentCode: station.code.toLowerCase(), workstation: '值班台1' },
    });
    expect(r.status).toBe(200);
    const reply = enrolReplySchema.parse(r.body);
    expect(reply.station).toEqual({ id: station.stationId, name: '禾山派出所' });
    const [deviceId, secret] = reply.credential.split('.');
    expect(deviceId).toBe(reply.deviceId);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { rows } = await opened.db.query<{ credential_hash: string }>(
      'SELECT credential_hash FROM devices WHERE id = $1',
      [reply.deviceId],
    );
    expect(rows[0]?.credential_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('refuses a bad code with 401 and audits it', async () => {
    const r = await call(app, 'POST', '/api/v1/enrol', {
      body: { enrolmentCode: 'NOT-A-CODE', workstation: 'ws' },
    });
    expect(r.status).toBe(401);
    expect(errorReplySchema.parse(r.body).error).toBe('unauthorised');
    const { rows } = await opened.db.query("SELECT 1 FROM audit_log WHERE action = 'enrol-refused'");
    expect(rows.length).toBeGreaterThan(0);
  });

  it('rate-limits enrolment per IP with 429 rate-limited', async () => {
    const limited = await buildApp({ db: opened.db, enrolRateLimit: { max: 2, timeWindowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      let last: unknown;
      for (let i = 0; i < 4; i++) {
        const r = await call(limited, 'POST', '/api/v1/enrol', {
          body: { enrolmentCode: 'WRONG-CODE', workstation: 'ws' },
        });
        statuses.push(r.status);
        last = r.body;
      }
      expect(statuses).toEqual([401, 401, 429, 429]);
      expect(errorReplySchema.parse(last).error).toBe('rate-limited');
    } finally {
      await limited.close();
    }
  });

  it('answers a missing or older API version with 426 client-outdated in Chinese and English', async () => {
    for (const headers of [{}, { 'x-gridroom-api': '0' }, { 'x-gridroom-api': 'abc' }]) {
      const res = await app.inject({ method: 'GET', url: '/api/v1/pull?after=0', headers });
      expect(res.statusCode).toBe(426);
      const body = errorReplySchema.parse(res.json());
      expect(body.error).toBe('client-outdated');
      expect(body.message).toMatch(/更新/);
      expect(body.message).toMatch(/update the app/);
    }
    const newer = await app.inject({
      method: 'GET',
      url: '/api/v1/pull',
      headers: { 'x-gridroom-api': '2' },
    });
    expect(newer.statusCode).toBe(400);
  });

  it('replies to malformed requests and unknown routes with errorReplySchema bodies', async () => {
    const badJson = await app.inject({
      method: 'POST',
      url: '/api/v1/enrol',
      headers: { 'x-gridroom-api': '1', 'content-type': 'application/json' },
      payload: '{"enrolmentCode":',
    });
    expect(badJson.statusCode).toBe(400);
    expect(errorReplySchema.parse(badJson.json()).error).toBe('invalid-request');
    const badBody = await call(app, 'POST', '/api/v1/enrol', { body: { enrolmentCode: 'x' } });
    expect(badBody.status).toBe(400);
    expect(errorReplySchema.parse(badBody.body).message).toMatch(/body/);
    // An unknown route tells a caller without a device credential nothing (no route probing)…
    const anonymous = await call(app, 'GET', '/api/v1/nothing');
    expect(anonymous.status).toBe(401);
    expect(errorReplySchema.parse(anonymous.body).error).toBe('unauthorised');
    // …and an enrolled device a plain 404.
    const enrolled = await call<{ credential: string }>(app, 'POST', '/api/v1/enrol', {
      body: { enrolmentCode: station.code, workstation: 'probe' },
    });
    const missing = await call(app, 'GET', '/api/v1/nothing', { credential: enrolled.body.credential });
    expect(missing.status).toBe(404);
    expect(errorReplySchema.parse(missing.body).error).toBe('not-found');
  });

  it('serves health without a version header', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.json()).toEqual({ ok: true, apiVersion: 1, database: backend.name });
  });

  it('serves an OpenAPI document that lists every route', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/v1/conflicts',
        '/api/v1/devices/rotate',
        '/api/v1/conflicts/{id}/resolve',
        '/api/v1/enrol',
        '/api/v1/events',
        '/api/v1/health',
        '/api/v1/identity-key',
        '/api/v1/pass-key',
        '/api/v1/pull',
        '/api/v1/push',
        '/api/v1/auth/signin',
        '/api/v1/auth/signout',
        '/api/v1/auth/pin',
        '/api/v1/officers/{id}/pin-reset',
        '/api/v1/enrolment-codes',
        '/api/v1/enrolment-codes/{id}/revoke',
        '/api/v1/devices',
        '/api/v1/devices/{id}/revoke',
        '/api/v1/audit',
        '/api/v1/pass-registrations',
        '/api/v1/intake-credentials',
        '/api/v1/intake-credentials/{id}/revoke',
        '/api/v1/updates/{channel}/{file}',
        '/api/v1/updates/report',
      ].sort(),
    );
    expect(Object.keys(doc.paths['/api/v1/push'] ?? {})).toEqual(['post']);
    expect(JSON.stringify(doc.paths['/api/v1/push'])).toContain('baseVersion');
  });
});
