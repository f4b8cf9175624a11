/**
 * A station reads and writes only its own data (docs/architecture.md §5): a valid credential of one
 * station pushing to another station's record, creating a row that names another station, or
 * resolving another station's conflict is refused with 403 (mutation index given, whole batch
 * refused, attempt audited); pull never returns another station's rows; a missing, forged or
 * revoked credential is 401.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorReplySchema } from '#common/sync/protocol';
import { buildApp } from '#server/app';
import { revokeDevice } from '#server/auth/devices';
import { call, TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

describe.each(backends)('station scope ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let heshan: TestStation;
  let kaiyuan: TestStation;

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({ db: opened.db });
    heshan = await createStation(opened.db, '禾山派出所');
    kaiyuan = await createStation(opened.db, '开元派出所');
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  const auditCount = async (deviceId: string) =>
    (
      await opened.db.query("SELECT 1 FROM audit_log WHERE action = 'forbidden' AND device_id = $1", [
        deviceId,
      ])
    ).rows.length;
  const recordOf = async (id: string) =>
    (
      await opened.db.query<{ version: number; data: Record<string, unknown> }>(
        'SELECT version, data FROM records WHERE id = $1',
        [id],
      )
    ).rows[0];

  it("refuses a patch to another station's record with 403, the index, nothing applied, and an audit row", async () => {
    const client = await TestClient.enrol(app, heshan);
    const own = heshan.dataset.incidents[0];
    const foreign = kaiyuan.dataset.incidents[0];
    if (!own || !foreign) throw new Error('fixture has no incidents');
    const before = await recordOf(foreign.id);
    const r = await client.push([
      client.mutation('incidents', own.id, { severity: 'low' }, 1),
      client.mutation('incidents', foreign.id, { description: '越权修改' }, 1),
    ]);
    expect(r.status).toBe(403);
    const body = errorReplySchema.parse(r.body);
    expect(body).toMatchObject({ error: 'forbidden', index: 1 });
    expect(await recordOf(foreign.id)).toEqual(before);
    expect((await recordOf(own.id))?.version).toBe(1); // the whole batch was refused
    expect(await auditCount(client.id)).toBe(1);
    const { rows } = await opened.db.query<{ last_seq: number }>(
      'SELECT last_seq FROM client_state WHERE client_id = $1',
      [client.id],
    );
    expect(rows[0]?.last_seq ?? 0).toBe(0);
  });

  it('refuses a create whose row names another station, and a create reusing another station’s id', async () => {
    const client = await TestClient.enrol(app, heshan);
    const template = heshan.dataset.incidents[1];
    if (!template) throw new Error('fixture has no incidents');
    const { id: _id, stationId: _s, version: _v, updatedAt: _u, updatedBy: _b, ...fields } = template;
    const newId = randomUUID();
    const named = await client.push([
      client.mutation('incidents', newId, { ...fields, stationId: kaiyuan.stationId }, 0),
    ]);
    expect(named.status).toBe(403);
    expect(errorReplySchema.parse(named.body).index).toBe(0);
    expect(await recordOf(newId)).toBeUndefined();

    const client2 = await TestClient.enrol(app, heshan);
    const stolenId = kaiyuan.dataset.incidents[2]?.id ?? '';
    const reused = await client2.push([client2.mutation('incidents', stolenId, fields, 0)]);
    expect(reused.status).toBe(403);
    expect((await recordOf(stolenId))?.data.stationId).toBe(kaiyuan.stationId);
    expect(await auditCount(client.id)).toBe(1);
    expect(await auditCount(client2.id)).toBe(1);
  });

  it("refuses a pushed clientId that is not the device's own", async () => {
    const a = await TestClient.enrol(app, heshan);
    const b = await TestClient.enrol(app, heshan);
    const own = heshan.dataset.incidents[3]?.id ?? '';
    const r = await call(app, 'POST', '/api/v1/push', {
      credential: a.credential,
      body: { clientId: b.id, mutations: [b.mutation('incidents', own, { severity: 'low' }, 1)] },
    });
    expect(r.status).toBe(403);
  });

  it("never returns another station's rows in a pull", async () => {
    const client = await TestClient.enrol(app, heshan);
    let cursor = 0;
    const seen: Array<Record<string, unknown>> = [];
    for (;;) {
      const r = await client.pull(cursor, 4);
      expect(r.status).toBe(200);
      seen.push(...r.body.changes.map((c) => c.row));
      cursor = r.body.nextCursor;
      if (!r.body.hasMore) break;
    }
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.every((row) => row.stationId === heshan.stationId)).toBe(true);
  });

  it("refuses to resolve another station's conflict", async () => {
    const k1 = await TestClient.enrol(app, kaiyuan);
    const k2 = await TestClient.enrol(app, kaiyuan);
    const id = kaiyuan.dataset.incidents[4]?.id ?? '';
    expect((await k1.push([k1.mutation('incidents', id, { description: '甲' }, 1)])).status).toBe(200);
    expect((await k2.push([k2.mutation('incidents', id, { description: '乙' }, 1)])).status).toBe(200);
    const conflicts = await call<{ conflicts: Array<{ id: string }> }>(app, 'GET', '/api/v1/conflicts', {
      credential: k1.credential,
    });
    const conflictId = conflicts.body.conflicts[0]?.id ?? '';
    const h = await TestClient.enrol(app, heshan);
    const listed = await call<{ conflicts: unknown[] }>(app, 'GET', '/api/v1/conflicts', {
      credential: h.credential,
    });
    expect(listed.body.conflicts).toEqual([]);
    const r = await h.asOfficer('POST', `/api/v1/conflicts/${conflictId}/resolve`, {
      choice: 'client',
      resolvedBy: 'intruder',
    });
    expect(r.status).toBe(403);
    expect(await auditCount(h.id)).toBe(1);
  });

  it('answers a missing, forged or revoked credential with 401', async () => {
    const client = await TestClient.enrol(app, heshan);
    const none = await call(app, 'GET', '/api/v1/pull?after=0');
    expect(none.status).toBe(401);
    expect(errorReplySchema.parse(none.body).error).toBe('unauthorised');
    const forgedSecret = `${client.id}.${'A'.repeat(43)}`;
    expect((await call(app, 'GET', '/api/v1/pull', { credential: forgedSecret })).status).toBe(401);
    const forgedDevice = `${randomUUID()}.${client.credential.split('.')[1] ?? ''}`;
    expect((await call(app, 'GET', '/api/v1/pull', { credential: forgedDevice })).status).toBe(401);
    expect((await call(app, 'GET', '/api/v1/pull', { credential: 'garbage' })).status).toBe(401);
    expect(
      (
        await call(app, 'POST', '/api/v1/push', {
          credential: forgedSecret,
          body: { clientId: client.id, mutations: [client.mutation('incidents', randomUUID(), {}, 1)] },
        })
      ).status,
    ).toBe(401);
    expect((await client.pull()).status).toBe(200);
    await revokeDevice(opened.db, heshan.stationId, client.id, Date.now());
    expect((await client.pull()).status).toBe(401);
  });
});
