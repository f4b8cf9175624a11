/**
 * Field-level merge between workstations (docs/architecture.md §3): two clients editing different
 * fields of one incident from the same base both land (`applied`, then `merged`); the same
 * field becomes a conflict (server value kept, both values recorded) that the duty officer
 * resolves — `client` applies the client value as a new change, `server` just closes it; both
 * record who and when and write the audit log.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflictsReplySchema, resolveConflictReplySchema, type PushReply } from '#common/sync/protocol';
import { buildApp } from '#server/app';
import { call, TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

describe.each(backends)('field-level merge and conflicts ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  let clock = Date.UTC(2022, 9, 1);

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({ db: opened.db, now: () => (clock += 1000) });
    station = await createStation(opened.db);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  const row = async (id: string) =>
    (
      await opened.db.query<{
        data: Record<string, unknown>;
        version: number;
        field_versions: Record<string, number>;
      }>('SELECT data, version, field_versions FROM records WHERE id = $1', [id])
    ).rows[0];
  const incidentId = (i: number) => station.dataset.incidents[i]?.id ?? '';

  it('merges edits of different fields made from the same base', async () => {
    const a = await TestClient.enrol(app, station, 'A');
    const b = await TestClient.enrol(app, station, 'B');
    const id = incidentId(0);
    const ra = await a.push([a.mutation('incidents', id, { severity: 'high' }, 1, a.officerId)]);
    const rb = await b.push([b.mutation('incidents', id, { status: 'in-progress' }, 1, b.officerId)]);
    expect((ra.body as PushReply).results[0]).toMatchObject({
      status: 'applied',
      version: 2,
      conflictFields: [],
    });
    expect((rb.body as PushReply).results[0]).toMatchObject({
      status: 'merged',
      version: 3,
      conflictFields: [],
    });
    expect(await row(id)).toMatchObject({
      version: 3,
      data: { severity: 'high', status: 'in-progress', updatedBy: b.officerId },
      field_versions: { severity: 2, status: 3 },
    });
  });

  it('turns the same field edited on two workstations into a conflict, keeping the server value', async () => {
    const a = await TestClient.enrol(app, station, 'A');
    const b = await TestClient.enrol(app, station, 'B');
    const id = incidentId(1);
    await a.push([a.mutation('incidents', id, { description: '甲：聚集已劝散' }, 1, a.officerId)]);
    const rb = await b.push([
      b.mutation('incidents', id, { description: '乙：仍有聚集', severity: 'high' }, 1, b.officerId),
    ]);
    expect((rb.body as PushReply).results[0]).toMatchObject({
      status: 'conflict',
      version: 3,
      conflictFields: ['description'],
    });
    expect(await row(id)).toMatchObject({ data: { description: '甲：聚集已劝散', severity: 'high' } });
    const listed = conflictsReplySchema.parse(
      (await call(app, 'GET', '/api/v1/conflicts', { credential: a.credential })).body,
    );
    const conflict = listed.conflicts.find((c) => c.recordId === id);
    expect(conflict).toMatchObject({
      entity: 'incidents',
      field: 'description',
      baseVersion: 1,
      serverValue: '甲：聚集已劝散',
      clientValue: '乙：仍有聚集',
      clientId: b.id,
      madeBy: b.officerId,
      resolvedAt: null,
    });
  });

  it('resolves a conflict with the client value as a new change, and another with the server value', async () => {
    const a = await TestClient.enrol(app, station, 'A');
    const b = await TestClient.enrol(app, station, 'B');
    const id = incidentId(2);
    await a.push([a.mutation('incidents', id, { severity: 'low', description: '甲' }, 1)]);
    await b.push([b.mutation('incidents', id, { severity: 'high', description: '乙' }, 1)]);
    const open = conflictsReplySchema.parse(
      (await call(app, 'GET', '/api/v1/conflicts', { credential: a.credential })).body,
    );
    const mine = open.conflicts.filter((c) => c.recordId === id);
    expect(mine.map((c) => c.field).sort()).toEqual(['description', 'severity']);
    const severity = mine.find((c) => c.field === 'severity');
    const description = mine.find((c) => c.field === 'description');
    if (!severity || !description) throw new Error('conflicts missing');

    const before = await row(id);
    const pulledBefore = await a.pull(0, 5000);
    // The resolver is the session's officer, not what the body claims.
    const chose = await a.asOfficer('POST', `/api/v1/conflicts/${severity.id}/resolve`, {
      choice: 'client',
      resolvedBy: 'chief-1',
    });
    expect(chose.status).toBe(200);
    const resolved = resolveConflictReplySchema.parse(chose.body);
    expect(resolved.conflict).toMatchObject({ resolution: 'client', resolvedBy: a.officerId });
    expect(resolved.conflict.resolvedAt).toBeGreaterThan(0);
    expect(resolved.version).toBe((before?.version ?? 0) + 1);
    const after = await row(id);
    expect(after).toMatchObject({
      data: { severity: 'high', updatedBy: a.officerId },
      field_versions: { severity: resolved.version },
    });
    const pulled = await a.pull(pulledBefore.body.nextCursor);
    expect(pulled.body.changes.map((c) => c.id)).toEqual([id]);

    const kept = await b.asOfficer('POST', `/api/v1/conflicts/${description.id}/resolve`, {
      choice: 'server',
      resolvedBy: 'chief-2',
    });
    expect(resolveConflictReplySchema.parse(kept.body)).toMatchObject({
      conflict: { resolution: 'server', resolvedBy: b.officerId },
      version: resolved.version,
    });
    expect((await row(id))?.data.description).toBe('甲');

    // Resolving again changes nothing and answers as it stands.
    const again = await b.asOfficer('POST', `/api/v1/conflicts/${description.id}/resolve`, {
      choice: 'client',
      resolvedBy: 'chief-3',
    });
    expect(resolveConflictReplySchema.parse(again.body).conflict).toMatchObject({
      resolution: 'server',
      resolvedBy: b.officerId,
    });
    expect((await row(id))?.data.description).toBe('甲');

    const still = conflictsReplySchema.parse(
      (await call(app, 'GET', '/api/v1/conflicts', { credential: a.credential })).body,
    );
    expect(still.conflicts.filter((c) => c.recordId === id)).toEqual([]);
    const audit = await opened.db.query<{ detail: { choice: string } }>(
      "SELECT detail FROM audit_log WHERE action = 'resolve-conflict' AND entity_id = $1 ORDER BY id",
      [id],
    );
    expect(audit.rows.map((r) => r.detail.choice)).toEqual(['client', 'server']);
    const missing = await a.asOfficer(
      'POST',
      `/api/v1/conflicts/${'6f1c2a7e-8d4b-4c1a-9e2f-5b6d7c8e9f01'}/resolve`,
      {
        choice: 'server',
        resolvedBy: 'x',
      },
    );
    expect(missing.status).toBe(404);
    // Without an officer session, nobody resolves anything.
    const anonymous = await call(app, 'POST', `/api/v1/conflicts/${description.id}/resolve`, {
      credential: a.credential,
      body: { choice: 'server', resolvedBy: 'x' },
    });
    expect(anonymous.status).toBe(401);
  });
});
