/**
 * Device credential rotation against the real API on PGlite and, with DATABASE_URL,
 * PostgreSQL: the new credential works; the old one keeps working for the grace period and
 * gets 401 after it; a rotation whose reply was lost can be retried with the old credential
 * without locking the device out; a revoked device cannot rotate; `credential_rotated_at` is
 * recorded and the rotation audited. Also through the typed auth client (injectFetch).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authClient } from '#common/auth/authClient';
import { rotateCredentialReplySchema } from '#common/auth/protocol';
import { UnauthorisedError } from '#common/sync/syncErrors';
import { buildApp } from '#server/app';
import { listDevices } from '#server/auth/deviceList';
import { revokeDevice } from '#server/auth/devices';
import { ROTATION_GRACE_MS } from '#server/auth/rotateCredential';
import { injectFetch } from '../sync/injectFetch';
import { call, enrol, pull } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, NOW, type TestStation } from './fixtures';

describe.each(backends)('credential rotation ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  let clock = NOW;

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({
      db: opened.db,
      now: () => clock,
      enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
    });
    station = await createStation(opened.db, '禾山派出所');
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  const rotate = (credential: string) =>
    call(app, 'POST', '/api/v1/devices/rotate', { credential, body: {} });

  it('issues a new credential; the old one works during the grace period and gets 401 after', async () => {
    clock = NOW;
    const { credential: old, deviceId } = await enrol(app, station.code);
    const r = await rotate(old);
    expect(r.status).toBe(200);
    const reply = rotateCredentialReplySchema.parse(r.body);
    expect(reply.credential).not.toBe(old);
    expect(reply.credential.startsWith(`${deviceId}.`)).toBe(true);
    expect(reply.previousValidUntil).toBe(NOW + ROTATION_GRACE_MS);

    expect((await pull(app, reply.credential)).status).toBe(200);
    clock = NOW + ROTATION_GRACE_MS - 1;
    expect((await pull(app, old)).status).toBe(200);
    clock = NOW + ROTATION_GRACE_MS;
    expect((await pull(app, old)).status).toBe(401);
    expect((await pull(app, reply.credential)).status).toBe(200);

    const { rows } = await opened.db.query<{ credential_rotated_at: string; credential_hash: string }>(
      'SELECT credential_rotated_at, credential_hash FROM devices WHERE id = $1',
      [deviceId],
    );
    expect(Number(rows[0]!.credential_rotated_at)).toBe(NOW);
    expect(JSON.stringify(rows)).not.toContain(reply.credential.split('.')[1]);
    const listed = await listDevices(opened.db, station.stationId, clock);
    expect(listed.find((d) => d.id === deviceId)?.credentialRotatedAt).toBe(NOW);
    const audit = await opened.db.query(
      "SELECT 1 FROM audit_log WHERE action = 'rotate-credential' AND device_id = $1",
      [deviceId],
    );
    expect(audit.rows).toHaveLength(1);
  });

  it('a lost reply does not lock the device out: it retries with the old credential', async () => {
    clock = NOW;
    const { credential: old } = await enrol(app, station.code);
    const lost = rotateCredentialReplySchema.parse((await rotate(old)).body);
    clock = NOW + 60_000;
    // The device never saw `lost`; it asks again with the credential it holds.
    const retried = await rotate(old);
    expect(retried.status).toBe(200);
    const fresh = rotateCredentialReplySchema.parse(retried.body);
    expect(fresh.previousValidUntil).toBe(NOW + 60_000 + ROTATION_GRACE_MS);
    // The credential the device holds still works, the unseen one is gone, the new one works.
    expect((await pull(app, old)).status).toBe(200);
    expect((await pull(app, lost.credential)).status).toBe(401);
    expect((await pull(app, fresh.credential)).status).toBe(200);
    // A rotation with the new credential retires the old one once the grace ends.
    clock = NOW + 120_000;
    const third = rotateCredentialReplySchema.parse((await rotate(fresh.credential)).body);
    expect((await pull(app, old)).status).toBe(401);
    expect((await pull(app, fresh.credential)).status).toBe(200);
    expect((await pull(app, third.credential)).status).toBe(200);
  });

  it('a revoked device cannot rotate, with either credential', async () => {
    clock = NOW;
    const { credential: old, deviceId } = await enrol(app, station.code);
    const { credential: next } = rotateCredentialReplySchema.parse((await rotate(old)).body);
    await revokeDevice(opened.db, station.stationId, deviceId, clock);
    expect((await rotate(old)).status).toBe(401);
    expect((await rotate(next)).status).toBe(401);
    expect((await pull(app, next)).status).toBe(401);
  });

  it('an unauthenticated rotation is 401', async () => {
    expect((await rotate('')).status).toBe(401);
    expect((await rotate(`${station.stationId}.${'x'.repeat(43)}`)).status).toBe(401);
  });

  it('the typed auth client rotates through the real route', async () => {
    clock = NOW;
    let credential: string | null = (await enrol(app, station.code)).credential;
    const client = authClient({
      baseUrl: 'http://centre.test',
      fetchImpl: injectFetch(app),
      credential: () => credential,
    });
    const reply = await client.rotateCredential();
    credential = reply.credential;
    await expect(client.rotateCredential()).resolves.toMatchObject({
      previousValidUntil: NOW + ROTATION_GRACE_MS,
    });
    credential = 'not-a-credential';
    await expect(client.rotateCredential()).rejects.toBeInstanceOf(UnauthorisedError);
  });
});
