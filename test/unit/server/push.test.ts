/**
 * Push: exactly-once (a resent batch gets the same results and is applied once; overlapping
 * resends continue where the server is), order (a gap is 409 out-of-order), batch validation
 * (400 invalid-batch with the index and a reason, nothing applied — checked in the database),
 * creates and deletes (tombstones), and `rejected` for a merged row that breaks its schema.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorReplySchema, pushReplySchema, type PushReply } from '#common/sync/protocol';
import { buildApp } from '#server/app';
import { TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

const SERVER_NOW = Date.UTC(2022, 9, 1);

describe.each(backends)('push ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({ db: opened.db, now: () => SERVER_NOW });
    station = await createStation(opened.db);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  const record = async (id: string) =>
    (
      await opened.db.query<{
        version: number;
        change_seq: number;
        data: Record<string, unknown>;
        deleted: boolean;
      }>('SELECT version, change_seq, data, deleted FROM records WHERE id = $1', [id])
    ).rows[0];
  const lastSeq = async (clientId: string) =>
    (
      await opened.db.query<{ last_seq: number }>('SELECT last_seq FROM client_state WHERE client_id = $1', [
        clientId,
      ])
    ).rows[0]?.last_seq ?? 0;
  const incident = (i: number) => {
    const row = station.dataset.incidents[i];
    if (!row) throw new Error(`fixture has no incident ${i}`);
    return row;
  };
  const newIncidentFields = () => {
    const { id: _i, stationId: _s, version: _v, updatedAt: _u, updatedBy: _b, ...fields } = incident(0);
    return { ...fields, description: '新警情', timeline: [] };
  };

  it('applies a batch once however often it is resent, returning the same results', async () => {
    const client = await TestClient.enrol(app, station);
    const batch = [
      client.mutation('incidents', incident(0).id, { severity: 'high' }, 1, client.officerId),
      client.mutation('incidents', incident(0).id, { status: 'assigned' }, 2, client.officerId),
      client.mutation('incidents', incident(1).id, { description: '已处置' }, 1),
    ];
    const first = await client.push(batch);
    expect(first.status).toBe(200);
    const reply = pushReplySchema.parse(first.body);
    expect(reply.results.map((r) => [r.seq, r.status, r.version])).toEqual([
      [1, 'applied', 2],
      [2, 'applied', 3],
      [3, 'applied', 2],
    ]);
    const after = await record(incident(0).id);
    expect(after).toMatchObject({
      version: 3,
      data: {
        severity: 'high',
        status: 'assigned',
        version: 3,
        updatedAt: SERVER_NOW,
        updatedBy: client.officerId,
      },
    });

    const again = await client.push(batch);
    expect(again.body).toEqual(first.body);
    expect(await record(incident(0).id)).toEqual(after);
    expect(await lastSeq(client.id)).toBe(3);

    // An overlapping resend: seqs 2-3 already applied, 4 is new.
    const next = client.mutation('incidents', incident(1).id, { severity: 'low' }, 2);
    const overlap = await client.push([batch[1]!, batch[2]!, next]);
    expect(overlap.status).toBe(200);
    const o = overlap.body as PushReply;
    expect(o.results.map((r) => r.seq)).toEqual([2, 3, 4]);
    expect(o.results[0]).toEqual(reply.results[1]);
    expect(o.results[2]).toMatchObject({ status: 'applied', version: 3 });
    expect(o.serverSeq).toBe((await record(incident(1).id))?.change_seq);
  });

  it('answers a batch that skips seqs with 409 out-of-order and applies nothing', async () => {
    const client = await TestClient.enrol(app, station);
    const m1 = client.mutation('incidents', incident(2).id, { severity: 'low' }, 1);
    const m2 = client.mutation('incidents', incident(2).id, { severity: 'medium' }, 1);
    const r = await client.push([m2]);
    expect(r.status).toBe(409);
    expect(errorReplySchema.parse(r.body).error).toBe('out-of-order');
    expect((await record(incident(2).id))?.version).toBe(1);
    expect((await client.push([m1, m2])).status).toBe(200);
  });

  it.each([
    ['an unknown field', { colour: 'red' }, /incidents has no field colour/],
    ['a server-owned field', { version: 9 }, /incidents\.version is set by the server/],
    ['a value its field refuses', { severity: 'apocalyptic' }, /incidents\.severity/],
    ['a nested value its field refuses', { point: [500, 0] }, /incidents\.point/],
  ])(
    'refuses a batch with %s: 400 invalid-batch with the index, nothing applied',
    async (_what, badPatch, reason) => {
      const client = await TestClient.enrol(app, station);
      const before = await record(incident(3).id);
      const r = await client.push([
        client.mutation('incidents', incident(3).id, { description: '第一条' }, 1),
        client.mutation('incidents', incident(3).id, badPatch, 1),
      ]);
      expect(r.status).toBe(400);
      const body = errorReplySchema.parse(r.body);
      expect(body).toMatchObject({ error: 'invalid-batch', index: 1 });
      expect(body.message).toMatch(reason);
      expect(await record(incident(3).id)).toEqual(before);
      expect(await lastSeq(client.id)).toBe(0);
    },
  );

  it('refuses an incomplete create and a malformed mutation with the index', async () => {
    const client = await TestClient.enrol(app, station);
    const id = randomUUID();
    const incomplete = await client.push([client.mutation('incidents', id, { description: '缺字段' }, 0)]);
    expect(incomplete.status).toBe(400);
    expect(errorReplySchema.parse(incomplete.body)).toMatchObject({ error: 'invalid-batch', index: 0 });
    expect(errorReplySchema.parse(incomplete.body).message).toMatch(/create of incidents/);
    expect(await record(id)).toBeUndefined();

    const good = client.mutation('incidents', incident(4).id, { severity: 'low' }, 1);
    const broken = { ...client.mutation('incidents', incident(4).id, {}, 1), entity: 'spaceships' };
    const malformed = await client.push([good, broken as unknown as typeof good]);
    expect(malformed.status).toBe(400);
    expect(errorReplySchema.parse(malformed.body)).toMatchObject({ error: 'invalid-batch', index: 1 });
    expect((await record(incident(4).id))?.version).toBe(1);
  });

  it('creates a record at version 1 with the server fields, and deletes it as a tombstone', async () => {
    const client = await TestClient.enrol(app, station);
    const id = randomUUID();
    const created = await client.push([
      client.mutation('incidents', id, newIncidentFields(), 0, client.officerId),
    ]);
    expect(created.status).toBe(200);
    expect((created.body as PushReply).results[0]).toMatchObject({ status: 'applied', version: 1 });
    expect(await record(id)).toMatchObject({
      version: 1,
      deleted: false,
      data: {
        id,
        stationId: station.stationId,
        version: 1,
        updatedAt: SERVER_NOW,
        updatedBy: client.officerId,
        description: '新警情',
      },
    });
    const deleted = await client.push([client.mutation('incidents', id, { deleted: true }, 1)]);
    expect((deleted.body as PushReply).results[0]).toMatchObject({ status: 'applied', version: 2 });
    expect(await record(id)).toMatchObject({ version: 2, deleted: true, data: { deleted: true } });
    const pulled = await client.pull(0, 5000);
    expect(pulled.body.changes.find((c) => c.id === id)?.row).toMatchObject({ deleted: true, version: 2 });
  });

  it('rejects a mutation whose merged row breaks the schema, applying nothing of it', async () => {
    const client = await TestClient.enrol(app, station);
    const level =
      station.dataset.controlLevels.find((c) => c.to !== null) ?? station.dataset.controlLevels[0];
    if (!level) throw new Error('fixture has no control levels');
    const before = await record(level.id);
    const r = await client.push([
      client.mutation('controlLevels', level.id, { to: level.from - 1000, reason: '改期' }, 1),
      client.mutation('controlLevels', level.id, { reason: '改期' }, 1),
    ]);
    expect(r.status).toBe(200);
    const [rejected, applied] = (r.body as PushReply).results;
    expect(rejected).toMatchObject({ status: 'rejected', version: 1 });
    expect(rejected?.reason).toMatch(/end must be after start/);
    expect(applied).toMatchObject({ status: 'applied', version: 2 });
    const after = await record(level.id);
    expect(after?.data.to).toEqual(before?.data.to);
    expect(after?.data.reason).toBe('改期');
  });
});
