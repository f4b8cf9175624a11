/**
 * The centre enforces roles and attribution on every push (PGlite and PostgreSQL, real routes):
 * a refused mutation is `rejected` with its refusal and a Chinese+English reason while the rest
 * of the batch applies; madeBy must be an officer of this station who signed in online at this
 * device, active and permitted at the time the change counts as made (madeAt clamped to the
 * device's previous push); access history answers "role at time t"; a display device may push
 * nothing; every applied change is audited with before/after, refusals too.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushReplySchema, type MutationResult } from '#common/sync/protocol';
import { buildApp } from '#server/app';
import { fieldChanges } from '#server/audit/changeLog';
import { REDACTED } from '#server/audit/redactedFields';
import { createEnrolmentCode } from '#server/auth/enrolmentCodes';
import { TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

const T0 = Date.UTC(2022, 9, 1, 0, 0);
const HOUR = 3_600_000;

describe.each(backends)('push: roles and attribution ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  let other: TestStation;
  let now = T0;

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({
      db: opened.db,
      now: () => now,
      enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
    });
    station = await createStation(opened.db);
    other = await createStation(opened.db, '另一派出所');
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  const officer = (i: number) => station.dataset.officers[i]!;
  const incident = (i: number) => station.dataset.incidents[i]!;
  const level = (i: number) => station.dataset.controlLevels[i]!;
  const results = (body: unknown): MutationResult[] => pushReplySchema.parse(body).results;
  const data = async (entity: string, id: string) =>
    (
      await opened.db.query<{ data: Record<string, unknown> }>(
        'SELECT data FROM records WHERE entity = $1 AND id = $2',
        [entity, id],
      )
    ).rows[0]?.data;

  it('rejects a duty officer’s control-level change and applies the rest of the batch', async () => {
    now = T0;
    const duty = await TestClient.enrol(app, station, 'duty', 1);
    const r = await duty.push([
      duty.mutation('incidents', incident(0).id, { severity: 'high' }, 1),
      duty.mutation('controlLevels', level(0).id, { reason: '值班民警改的' }, 1),
      duty.mutation('grids', station.dataset.grids[0]!.id, { officerId: officer(1).id }, 1),
      duty.mutation('incidents', incident(1).id, { description: '已到场' }, 1),
    ]);
    expect(r.status).toBe(200);
    const [a, b, c, d] = results(r.body);
    expect(a).toMatchObject({ status: 'applied', version: 2 });
    expect(b).toMatchObject({
      status: 'rejected',
      refusal: 'role-forbidden',
      version: 1,
      conflictFields: [],
    });
    expect(b?.reason).toMatch(/无权限.*role/);
    expect(c).toMatchObject({ status: 'rejected', refusal: 'role-forbidden' });
    expect(d).toMatchObject({ status: 'applied' });
    expect((await data('controlLevels', level(0).id))?.reason).toBe(level(0).reason);
    expect((await data('incidents', incident(0).id))?.severity).toBe('high');
    // The chief may make the same change.
    const chief = await TestClient.enrol(app, station, 'chief', 0);
    expect(
      results(
        (await chief.push([chief.mutation('controlLevels', level(0).id, { reason: '所长决定' }, 1)])).body,
      )[0],
    ).toMatchObject({
      status: 'applied',
    });
    // A resend answers the stored refusal again and applies nothing.
    const again = await duty.push([duty.mutation('incidents', incident(2).id, { severity: 'low' }, 1)]);
    expect(results(again.body)[0]).toMatchObject({ status: 'applied' });

    // Audited: the applied change with before/after, and the refusal.
    const { rows } = await opened.db.query<{
      action: string;
      officer_id: string;
      entity: string;
      changes: Record<string, { before: unknown; after: unknown }> | null;
      detail: { refusal?: string };
    }>(`SELECT action, officer_id, entity, changes, detail FROM audit_log WHERE device_id = $1 ORDER BY id`, [
      duty.id,
    ]);
    const changes = rows.filter((x) => x.action === 'change');
    expect(changes[0]).toMatchObject({
      officer_id: officer(1).id,
      entity: 'incidents',
      changes: { severity: { before: incident(0).severity, after: 'high' } },
    });
    expect(
      rows.filter((x) => x.action === 'refused-change').map((x) => [x.entity, x.detail.refusal]),
    ).toEqual([
      ['controlLevels', 'role-forbidden'],
      ['grids', 'role-forbidden'],
    ]);
  });

  it('rejects changes by an officer of another station, by nobody, and by one never signed in here', async () => {
    now = T0;
    const a = await TestClient.enrol(app, station, 'A', 0);
    const b = await TestClient.enrol(app, station, 'B', 2);
    const r = await a.push([
      a.mutation('incidents', incident(3).id, { severity: 'low' }, 1, other.dataset.officers[0]!.id),
      a.mutation('incidents', incident(3).id, { severity: 'low' }, 1, 'briefing-screen'),
      a.mutation('incidents', incident(3).id, { severity: 'low' }, 1, officer(2).id),
      a.mutation('incidents', incident(3).id, { description: '甲' }, 1),
    ]);
    expect(results(r.body).map((x) => [x.status, x.refusal])).toEqual([
      ['rejected', 'officer-unknown'],
      ['rejected', 'officer-unknown'],
      ['rejected', 'officer-not-signed-in'],
      ['applied', undefined],
    ]);
    // Officer 2 signed in at B: from B their change is accepted.
    expect(
      results((await b.push([b.mutation('incidents', incident(3).id, { severity: 'low' }, 2)])).body)[0]
        ?.status,
    ).toBe('applied');
  });

  it('judges an offline change by the officer’s state when it was made, clamped to the last push', async () => {
    now = T0;
    const ws = await TestClient.enrol(app, station, 'offline', 2);
    const chief = await TestClient.enrol(app, station, 'chief2', 0);
    expect(
      results(
        (await ws.push([ws.mutation('incidents', incident(4).id, { severity: 'low' }, 1, undefined, T0)]))
          .body,
      )[0]?.status,
    ).toBe('applied');

    // The chief deactivates officer 2 at T0 + 1 h.
    now = T0 + HOUR;
    const off = await chief.push([
      chief.mutation('officers', officer(2).id, { active: false }, 1, undefined, now),
    ]);
    expect(results(off.body)[0]?.status).toBe('applied');

    // Pushed at T0 + 2 h: made at T0 + 30 min (active then) → applied; at T0 + 90 min → refused.
    now = T0 + 2 * HOUR;
    const r = await ws.push([
      ws.mutation('incidents', incident(4).id, { description: '离线时记录' }, 2, undefined, T0 + HOUR / 2),
      ws.mutation('incidents', incident(5).id, { description: '停用后' }, 1, undefined, T0 + 1.5 * HOUR),
    ]);
    expect(results(r.body).map((x) => [x.status === 'rejected', x.refusal])).toEqual([
      [false, undefined],
      [true, 'officer-inactive'],
    ]);
    expect(results(r.body)[1]?.reason).toMatch(/停用/);
    // Backdating does not help: the device last pushed at T0 + 2 h, so an earlier madeAt counts as then.
    const back = await ws.push([
      ws.mutation('incidents', incident(5).id, { description: '倒填' }, 1, undefined, T0),
    ]);
    expect(results(back.body)[0]).toMatchObject({ status: 'rejected', refusal: 'officer-inactive' });
    // Reactivated (and promoted) at T0 + 3 h: changes counted from then are judged by the new access.
    now = T0 + 3 * HOUR;
    await chief.push([
      chief.mutation('officers', officer(2).id, { active: true, access: 'station-chief' }, 2, undefined, now),
    ]);
    now = T0 + 4 * HOUR;
    const later = await ws.push([
      ws.mutation('controlLevels', level(1).id, { reason: '晋升后' }, 1, undefined, T0 + 3.5 * HOUR),
    ]);
    expect(results(later.body)[0]).toMatchObject({ status: 'applied' });
    const { rows } = await opened.db.query<{ at: number; access: string; active: boolean }>(
      'SELECT at, access, active FROM officer_access_log WHERE officer_id = $1 ORDER BY at',
      [officer(2).id],
    );
    expect(rows.slice(1)).toEqual([
      { at: T0 + HOUR, access: 'duty-officer', active: false },
      { at: T0 + 3 * HOUR, access: 'station-chief', active: true },
    ]);
  });

  it('refuses any push from a display device with 403, audited', async () => {
    now = T0;
    const { code } = await createEnrolmentCode(opened.db, {
      stationId: station.stationId,
      request: { kind: 'display', maxUses: 1, expiresInHours: 1, label: '' },
      createdBy: 'test',
      now,
    });
    const display = await TestClient.enrol(app, code, 'briefing');
    const r = await display.push([
      display.mutation('incidents', incident(0).id, { severity: 'low' }, 2, officer(0).id),
    ]);
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ error: 'forbidden' });
    const { rows } = await opened.db.query<{ n: number }>(
      "SELECT COUNT(*)::int8 AS n FROM audit_log WHERE device_id = $1 AND action = 'forbidden'",
      [display.id],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('masks redacted fields in the trail and lists only fields whose value changed', () => {
    const id = randomUUID();
    const before = {
      entity: 'findings' as const,
      id,
      stationId: station.stationId,
      version: 1,
      changeSeq: 1,
      data: { idHash: 'old', note: 'a', kept: 1 },
      fieldVersions: {},
      fieldClients: {},
      deleted: false,
    };
    const after = { ...before, version: 2, data: { idHash: 'new', note: 'b', kept: 1 } };
    const mutation = {
      clientId: 'c',
      seq: 1,
      entity: 'findings' as const,
      id,
      patch: { idHash: 'new', note: 'b', kept: 1 },
      baseVersion: 1,
      madeBy: 'x',
      madeAt: 0,
    };
    expect(fieldChanges({ mutation, status: 'applied', before, after })).toEqual({
      idHash: { before: REDACTED, after: REDACTED },
      note: { before: 'a', after: 'b' },
    });
  });
});
