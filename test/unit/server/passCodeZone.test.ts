/**
 * The centre refuses approving a pass the code-zone rule forbids (docs/architecture.md §9), on
 * PGlite and, with DATABASE_URL, real PostgreSQL, through the real push route: a registration
 * with a red or yellow health code whose grid is sealed or controlled at the time the change
 * counts as made is `rejected` with refusal `pass-code-zone` and a clear reason, nothing of it
 * applied, and the refusal audited; the rest of the batch applies; green codes, grids in other
 * zones, and an approval made before the grid was sealed pass.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthCodeColour } from '#common/schemas';
import { pushReplySchema, type MutationResult } from '#common/sync/protocol';
import { buildApp } from '#server/app';
import { passCreatePatch } from '#test/e2e/support/passRows';
import { TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

const T0 = Date.UTC(2022, 9, 1, 0, 0);
const HOUR = 3_600_000;

describe.each(backends)('push: the pass code-zone rule ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  let now = T0;
  let chief: TestClient;
  let duty: TestClient;

  const results = (body: unknown): MutationResult[] => pushReplySchema.parse(body).results;
  const grid = (i: number) => station.dataset.grids[i]!;
  const stored = async (id: string) =>
    (
      await opened.db.query<{ data: Record<string, unknown> }>(
        `SELECT data FROM records WHERE entity = 'passRegistrations' AND id = $1`,
        [id],
      )
    ).rows[0]?.data;

  /** A pending registration at grid `g` (or at no known address), created by the duty officer. */
  const registration = (colour: HealthCodeColour, g: number | null) => ({
    id: randomUUID(),
    patch: passCreatePatch({
      household: g === null ? null : { id: randomUUID(), gridId: grid(g).id, address: `禾山路${g}号` },
      colour,
      submittedAt: T0 - HOUR,
    }),
  });
  const approval = (madeAt = now) => ({
    status: 'approved',
    reviewedBy: duty.officerId,
    reviewedAt: madeAt,
    reason: null,
    reasonNote: '',
    validFrom: madeAt,
    validUntil: madeAt + 7 * 24 * HOUR,
  });
  const level = (g: number, lvl: string, from: number, to: number | null) =>
    chief.mutation(
      'controlLevels',
      randomUUID(),
      { deleted: false, gridId: grid(g).id, level: lvl, from, to, decidedBy: '所长', reason: '测试' },
      0,
      undefined,
      now,
    );

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({
      db: opened.db,
      now: () => now,
      enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
    });
    station = await createStation(opened.db);
    chief = await TestClient.enrol(app, station, 'chief', 0);
    duty = await TestClient.enrol(app, station, 'duty', 1);
    // Grid 0 sealed and grid 1 controlled since an hour ago; grid 2 normal until T0 + 2 h, then sealed.
    const r = await chief.push([
      level(0, 'sealed', T0 - HOUR, null),
      level(1, 'controlled', T0 - HOUR, null),
      level(2, 'normal', T0 - HOUR, T0 + 2 * HOUR),
      level(2, 'sealed', T0 + 2 * HOUR, null),
    ]);
    expect(results(r.body).map((x) => x.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  it('refuses approving red or yellow codes in sealed or controlled grids; the rest of the batch applies', async () => {
    now = T0;
    const regs = {
      redSealed: registration('red', 0),
      yellowControlled: registration('yellow', 1),
      greenSealed: registration('green', 0),
      yellowNoGrid: registration('yellow', null),
      turnedRed: registration('green', 0),
    };
    const created = await duty.push(
      Object.values(regs).map((r) => duty.mutation('passRegistrations', r.id, r.patch, 0)),
    );
    expect(results(created.body).every((x) => x.status === 'applied')).toBe(true);

    const incident = station.dataset.incidents[0]!;
    const r = await duty.push([
      duty.mutation('passRegistrations', regs.redSealed.id, approval(), 1),
      duty.mutation('passRegistrations', regs.yellowControlled.id, approval(), 1),
      duty.mutation('passRegistrations', regs.greenSealed.id, approval(), 1),
      duty.mutation('passRegistrations', regs.yellowNoGrid.id, approval(), 1),
      // Earlier patches of the same batch count: the code turned red before the approval.
      duty.mutation('passRegistrations', regs.turnedRed.id, { healthCode: 'red' }, 1),
      duty.mutation('passRegistrations', regs.turnedRed.id, approval(), 1),
      duty.mutation('incidents', incident.id, { description: '通行证核查后补记' }, 1),
    ]);
    expect(r.status).toBe(200);
    const out = results(r.body);
    expect(out.map((x) => [x.status, x.refusal])).toEqual([
      ['rejected', 'pass-code-zone'],
      ['rejected', 'pass-code-zone'],
      ['applied', undefined],
      ['applied', undefined],
      ['applied', undefined],
      ['rejected', 'pass-code-zone'],
      ['applied', undefined],
    ]);
    expect(out[0]?.reason).toMatch(/红码、黄码.*封控区或管控区.*sealed or controlled/);

    // Nothing of a refused approval is stored; the allowed ones are.
    expect(await stored(regs.redSealed.id)).toMatchObject({ status: 'pending', reviewedBy: null });
    expect(await stored(regs.yellowControlled.id)).toMatchObject({ status: 'pending' });
    expect(await stored(regs.greenSealed.id)).toMatchObject({
      status: 'approved',
      reviewedBy: duty.officerId,
    });
    expect(await stored(regs.yellowNoGrid.id)).toMatchObject({ status: 'approved' });
    expect(await stored(regs.turnedRed.id)).toMatchObject({ status: 'pending', healthCode: 'red' });

    // Rejecting the same registration is allowed: the rule is about approval only.
    const reject = await duty.push([
      duty.mutation(
        'passRegistrations',
        regs.redSealed.id,
        {
          status: 'rejected',
          reviewedBy: duty.officerId,
          reviewedAt: now,
          reason: 'code-colour',
          reasonNote: '',
        },
        1,
      ),
    ]);
    expect(results(reject.body)[0]).toMatchObject({ status: 'applied' });

    // Each refusal is in the centre's audit trail with its code.
    const { rows } = await opened.db.query<{ entity_id: string; detail: { refusal?: string } }>(
      `SELECT entity_id, detail FROM audit_log WHERE device_id = $1 AND action = 'refused-change' ORDER BY id`,
      [duty.id],
    );
    expect(rows.map((x) => [x.entity_id, x.detail.refusal])).toEqual([
      [regs.redSealed.id, 'pass-code-zone'],
      [regs.yellowControlled.id, 'pass-code-zone'],
      [regs.turnedRed.id, 'pass-code-zone'],
    ]);
  });

  it('refuses a registration created already approved in a sealed grid', async () => {
    now = T0;
    const reg = registration('red', 0);
    const r = await duty.push([
      duty.mutation('passRegistrations', reg.id, { ...reg.patch, ...approval() }, 0),
    ]);
    expect(results(r.body)[0]).toMatchObject({ status: 'rejected', refusal: 'pass-code-zone' });
    expect(await stored(reg.id)).toBeUndefined();
  });

  it('judges the zone at the time the change counts as made', async () => {
    now = T0;
    const before = registration('red', 2);
    const after = registration('red', 2);
    await duty.push([
      duty.mutation('passRegistrations', before.id, before.patch, 0),
      duty.mutation('passRegistrations', after.id, after.patch, 0),
    ]);
    // Pushed at T0 + 3 h, after grid 2 was sealed at T0 + 2 h: made offline at T0 + 1 h it
    // counts as made then (normal zone: allowed); made at T0 + 2.5 h it is refused.
    now = T0 + 3 * HOUR;
    const r = await duty.push([
      duty.mutation('passRegistrations', before.id, approval(T0 + HOUR), 1, undefined, T0 + HOUR),
      duty.mutation('passRegistrations', after.id, approval(T0 + 2.5 * HOUR), 1, undefined, T0 + 2.5 * HOUR),
    ]);
    expect(results(r.body).map((x) => [x.status, x.refusal])).toEqual([
      ['applied', undefined],
      ['rejected', 'pass-code-zone'],
    ]);
  });

  it("holds on the conflicts screen too: keeping a workstation's 已通过 is an approval", async () => {
    now = T0;
    const reg = registration('red', 2);
    await duty.push([duty.mutation('passRegistrations', reg.id, reg.patch, 0)]);
    // Both from version 1: the chief rejects, then the duty officer approves (grid 2 normal at T0).
    const rejected = await chief.push([
      chief.mutation(
        'passRegistrations',
        reg.id,
        {
          status: 'rejected',
          reviewedBy: chief.officerId,
          reviewedAt: now,
          reason: 'other',
          reasonNote: '复核',
        },
        1,
        undefined,
        now,
      ),
    ]);
    expect(results(rejected.body)[0]).toMatchObject({ status: 'applied' });
    const clash = await duty.push([
      duty.mutation('passRegistrations', reg.id, approval(), 1, undefined, now),
    ]);
    expect(results(clash.body)[0]).toMatchObject({
      status: 'conflict',
      conflictFields: expect.arrayContaining(['status']),
    });
    const listed = await duty.asOfficer<{
      conflicts: Array<{ id: string; recordId: string; field: string }>;
    }>('GET', '/api/v1/conflicts');
    const conflict = listed.body.conflicts.find((c) => c.recordId === reg.id && c.field === 'status');
    expect(conflict).toBeDefined();

    // Resolved after grid 2 was sealed: the workstation's approval may not be kept.
    now = T0 + 3 * HOUR;
    const kept = await duty.asOfficer('POST', `/api/v1/conflicts/${conflict!.id}/resolve`, {
      choice: 'client',
      resolvedBy: 'ignored',
    });
    expect(kept.status).toBe(400);
    expect(JSON.stringify(kept.body)).toMatch(/红码、黄码/);
    expect(await stored(reg.id)).toMatchObject({ status: 'rejected' });
  });
});
