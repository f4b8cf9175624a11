/**
 * The centre's rule for duty handover sheets (server/sync/handoverRule.ts), through the real
 * push route on PGlite (and PostgreSQL with DATABASE_URL): officer A hands a sheet over; B may
 * sign it only in B's own name, A may not sign A's own sheet, nobody but A may change what A
 * handed over; once signed, every later change — a note, a delete, "unsigning", by anyone, the
 * chief included — is `rejected` (refusal `invalid`, with the reason) and audited as a refused
 * change, while the rest of the batch applies. A conflict resolved in the client's favour
 * cannot change a signed sheet either.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushReplySchema, type MutationResult } from '#common/sync/protocol';
import type { Handover } from '#common/schemas/pass';
import { buildApp } from '#server/app';
import { handoverRefusal } from '#server/sync/handoverRule';
import type { StoredRecord } from '#server/sync/storedRecord';
import { TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

const T0 = Date.UTC(2022, 9, 1, 0, 0);
const HOUR = 3_600_000;

/** A sheet's fields as a create carries them (every field but the server's). */
function sheet(outgoing: string, shiftStart: number, handedAt: number): Record<string, unknown> {
  const fields: Omit<Handover, 'id' | 'stationId' | 'version' | 'updatedAt' | 'updatedBy'> = {
    deleted: false,
    outgoingOfficerId: outgoing,
    shiftStart,
    handedAt,
    sections: {
      openIncidents: [
        { refId: randomUUID(), text: '聚集 · 高 · 网格 HS-01 · 10-01 07:00 报告 · 处置中', isNew: true },
      ],
      resolvedIncidents: [],
      levelChanges: [],
      rosterGaps: [],
      pendingReviews: [],
      followUpsDue: [],
      syncProblems: [],
    },
    notes: '东门卡口夜间照明坏了，已报修。',
    status: 'awaiting-incoming',
    incomingOfficerId: null,
    incomingSignedAt: null,
  };
  return fields;
}

describe.each(backends)('push: signed handover sheets are read-only ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  let now = T0;

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({
      db: opened.db,
      now: () => now,
      enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
    });
    station = await createStation(opened.db);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  const results = (body: unknown): MutationResult[] => pushReplySchema.parse(body).results;
  const stored = async (id: string) =>
    (
      await opened.db.query<{ data: Record<string, unknown>; version: number }>(
        "SELECT data, version FROM records WHERE entity = 'handovers' AND id = $1",
        [id],
      )
    ).rows[0];

  it('lets only the incoming officer sign, in their own name, and refuses every change after', async () => {
    now = T0 + 8 * HOUR;
    // Three officers signed in online at one workstation: chief (0), A (1) and B (2).
    const ws = await TestClient.enrol(app, station, 'duty-desk', 0);
    const chief = ws.officerId;
    await ws.signIn(station.dataset.officers[1]!.badgeNo);
    const a = ws.officerId;
    await ws.signIn(station.dataset.officers[2]!.badgeNo);
    const b = ws.officerId;
    expect(new Set([chief, a, b]).size).toBe(3);

    const id = randomUUID();
    const created = await ws.push([ws.mutation('handovers', id, sheet(a, T0, now), 0, a, now)]);
    expect(results(created.body)[0]).toMatchObject({ status: 'applied', version: 1 });

    const signedAt = now + 60_000;
    const sign = (incoming: string) => ({
      status: 'signed',
      incomingOfficerId: incoming,
      incomingSignedAt: signedAt,
    });
    const r1 = await ws.push([
      // B signs in A's name; A signs A's own sheet; B rewrites A's notes; the chief signs for B.
      ws.mutation('handovers', id, sign(a), 1, b, signedAt),
      ws.mutation('handovers', id, sign(a), 1, a, signedAt),
      ws.mutation('handovers', id, { notes: '没有问题' }, 1, b, signedAt),
      ws.mutation('handovers', id, sign(b), 1, chief, signedAt),
      // an unrelated change in the same batch still applies
      ws.mutation('incidents', station.dataset.incidents[0]!.id, { severity: 'high' }, 1, b, signedAt),
    ]);
    const [byOther, bySelf, rewrite, forSomeoneElse, unrelated] = results(r1.body);
    expect(byOther).toMatchObject({ status: 'rejected', refusal: 'invalid' });
    expect(byOther?.reason).toMatch(/接班民警本人.*incoming officer signs/);
    expect(bySelf).toMatchObject({ status: 'rejected', refusal: 'invalid' });
    expect(bySelf?.reason).toMatch(/同一民警.*cannot also sign/);
    expect(rewrite).toMatchObject({ status: 'rejected', refusal: 'invalid' });
    expect(rewrite?.reason).toMatch(/只有交班民警.*notes/);
    expect(forSomeoneElse).toMatchObject({ status: 'rejected', refusal: 'invalid' });
    expect(unrelated).toMatchObject({ status: 'applied' });
    expect((await stored(id))?.data).toMatchObject({
      status: 'awaiting-incoming',
      notes: sheet(a, 0, 0).notes,
    });

    // A may still add to their own notes before it is signed.
    const note = await ws.push([
      ws.mutation('handovers', id, { notes: '补充：3号卡口换岗推迟半小时。' }, 1, a, signedAt),
    ]);
    expect(results(note.body)[0]).toMatchObject({ status: 'applied', version: 2 });

    // B signs for themselves: applied.
    const r2 = await ws.push([ws.mutation('handovers', id, sign(b), 2, b, signedAt)]);
    expect(results(r2.body)[0]).toMatchObject({ status: 'applied', version: 3 });
    expect((await stored(id))?.data).toMatchObject({
      status: 'signed',
      outgoingOfficerId: a,
      incomingOfficerId: b,
      incomingSignedAt: signedAt,
      notes: '补充：3号卡口换岗推迟半小时。',
    });

    // Signed: nothing changes it any more, whoever asks, from whatever base.
    now += HOUR;
    const r3 = await ws.push([
      ws.mutation('handovers', id, { notes: '改一下' }, 3, a, now),
      ws.mutation(
        'handovers',
        id,
        { status: 'awaiting-incoming', incomingOfficerId: null, incomingSignedAt: null },
        3,
        chief,
        now,
      ),
      ws.mutation('handovers', id, { deleted: true }, 3, chief, now),
      ws.mutation('handovers', id, { incomingSignedAt: now }, 2, b, now),
    ]);
    for (const r of results(r3.body)) {
      expect(r).toMatchObject({ status: 'rejected', refusal: 'invalid', version: 3 });
      expect(r.reason).toMatch(/已签字.*signed handover sheet cannot be changed/);
    }
    expect((await stored(id))?.version).toBe(3);

    // A resend of the same signature changes nothing and is no refusal.
    const same = await ws.push([ws.mutation('handovers', id, sign(b), 3, b, now)]);
    expect(results(same.body)[0]).toMatchObject({ status: 'applied', version: 3 });

    // Every refusal is in the centre's audit trail, with its reason.
    const { rows } = await opened.db.query<{ action: string; entity: string; detail: { refusal?: string } }>(
      "SELECT action, entity, detail FROM audit_log WHERE device_id = $1 AND entity = 'handovers' ORDER BY id",
      [ws.id],
    );
    expect(rows.filter((x) => x.action === 'refused-change')).toHaveLength(8);
    expect(rows.filter((x) => x.action === 'change').length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a sheet created already signed by the officer who hands it over', async () => {
    now = T0 + 20 * HOUR;
    const ws = await TestClient.enrol(app, station, 'night-desk', 1);
    const a = ws.officerId;
    const id = randomUUID();
    const r = await ws.push([
      ws.mutation(
        'handovers',
        id,
        { ...sheet(a, T0, now), status: 'signed', incomingOfficerId: a, incomingSignedAt: now },
        0,
        a,
        now,
      ),
    ]);
    expect(results(r.body)[0]).toMatchObject({ status: 'rejected', refusal: 'invalid' });
    expect(await stored(id)).toBeUndefined();
  });
});

describe('handoverRefusal (pure)', () => {
  const record = (data: Record<string, unknown>): StoredRecord => ({
    entity: 'handovers',
    id: 'h',
    stationId: 's',
    version: 3,
    changeSeq: 1,
    data,
    fieldVersions: {},
    fieldClients: {},
    deleted: data['deleted'] === true,
  });
  const signed = record({ status: 'signed', outgoingOfficerId: 'a', incomingOfficerId: 'b', notes: '' });

  it('refuses a change to a signed sheet that only clashes (a conflict would open)', () => {
    expect(handoverRefusal({ entity: 'handovers', madeBy: 'b' }, signed, null, true)).toMatch(/已签字/);
  });
  it('lets a change that changes nothing pass, and ignores other entities', () => {
    expect(handoverRefusal({ entity: 'handovers', madeBy: 'b' }, signed, null, false)).toBeNull();
    expect(handoverRefusal({ entity: 'incidents', madeBy: 'x' }, signed, signed, true)).toBeNull();
  });
});
