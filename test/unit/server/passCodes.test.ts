/**
 * Pass codes at the centre (issue 15, the gate check), on PGlite and real PostgreSQL: the
 * public key route (device-authenticated, the public half only, the same after a restart); a
 * pushed approval makes the centre sign a code with that key inside the push, and the code
 * travels back by pull; an edit the code does not carry keeps it, a new health-code colour
 * re-signs it, revocation clears it; a conflict resolved with the workstation's validity
 * re-signs it too; a pushed patch naming `passCode` is refused whole
 * (validateBatch); and the audit trail never holds a code.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPassPublicKey, readPassCode } from '#common/epass/passCode';
import { passKeyId, passKeyReplySchema, type PassKey } from '#common/epass/passKey';
import { conflictsReplySchema, pushReplySchema } from '#common/sync/protocol';
import { buildApp } from '#server/app';
import { call, TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

const SERVER_NOW = Date.UTC(2022, 9, 1);
const DAY = 86_400_000;

describe.each(backends)('pass codes at the centre ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  let client: TestClient;
  let key: PassKey;

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({ db: opened.db, now: () => SERVER_NOW });
    station = await createStation(opened.db);
    client = await TestClient.enrol(app, station);
    key = passKeyReplySchema.parse(
      (await call(app, 'GET', '/api/v1/pass-key', { credential: client.credential })).body,
    );
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  const stored = async (id: string) =>
    (
      await opened.db.query<{ version: number; data: Record<string, unknown> }>(
        'SELECT version, data FROM records WHERE id = $1',
        [id],
      )
    ).rows[0];
  const gridId = () => station.dataset.grids[0]?.id ?? '';

  async function pushOk(mutations: Parameters<TestClient['push']>[0]) {
    const reply = await client.push(mutations);
    expect(reply.status).toBe(200);
    const results = pushReplySchema.parse(reply.body).results;
    for (const r of results) expect(r.status, JSON.stringify(r)).toMatch(/applied|merged/);
    return results;
  }

  async function pendingRegistration(): Promise<string> {
    const id = randomUUID();
    await pushOk([
      client.mutation(
        'passRegistrations',
        id,
        {
          source: 'city-system',
          externalRef: `CITY-${id.slice(0, 8)}`,
          maskedName: '李*华',
          idMasked: '3502**********123X',
          idEnvelope: null,
          phone: '13900000000',
          claimedAddress: { address: '禾山路 8 号', building: '2', unit: '1', room: '302' },
          householdId: randomUUID(),
          gridId: gridId(),
          householdRole: 'member',
          healthCode: 'green',
          healthCodeAt: SERVER_NOW - 3_600_000,
          submittedAt: SERVER_NOW - DAY,
          status: 'pending',
          reviewedBy: null,
          reviewedAt: null,
          reason: null,
          reasonNote: '',
          validFrom: SERVER_NOW,
          validUntil: SERVER_NOW + 7 * DAY,
          flags: [],
        },
        0,
      ),
    ]);
    return id;
  }

  it('serves only the public key, to enrolled devices, the same after a restart', async () => {
    expect((await call(app, 'GET', '/api/v1/pass-key')).status).toBe(401);
    const reply = await call<Record<string, unknown>>(app, 'GET', '/api/v1/pass-key', {
      credential: client.credential,
    });
    expect(Object.keys(reply.body).sort()).toEqual(['keyId', 'publicKey']);
    expect(await passKeyId(key.publicKey)).toBe(key.keyId);
    const again = await buildApp({ db: opened.db, now: () => SERVER_NOW });
    try {
      const second = await call(again, 'GET', '/api/v1/pass-key', { credential: client.credential });
      expect(second.body).toEqual(key);
    } finally {
      await again.close();
    }
  });

  it('signs a code on approval, keeps it across unrelated edits, re-signs on a new colour, clears it on revocation', async () => {
    const id = await pendingRegistration();
    expect((await stored(id))?.data.passCode ?? null).toBeNull();

    await pushOk([
      client.mutation(
        'passRegistrations',
        id,
        { status: 'approved', reviewedBy: client.officerId, reviewedAt: SERVER_NOW },
        1,
      ),
    ]);
    const approved = await stored(id);
    const code = approved?.data.passCode;
    expect(typeof code).toBe('string');
    const verify = await importPassPublicKey(key.publicKey);
    const reading = await readPassCode(String(code), verify);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.payload).toMatchObject({
      stationId: station.stationId,
      registrationId: id,
      gridId: gridId(),
      maskedName: '李*华',
      healthCode: 'green',
      validFrom: SERVER_NOW,
      validUntil: SERVER_NOW + 7 * DAY,
      issuedAt: SERVER_NOW,
    });

    // the code comes back by pull, with the record's change
    const pulled = await client.pull(0);
    const change = pulled.body.changes.find((c) => c.id === id);
    expect(change?.row.passCode).toBe(code);

    await pushOk([
      client.mutation('passRegistrations', id, { reasonNote: '复核无误' }, approved?.version ?? 0),
    ]);
    const noted = await stored(id);
    expect(noted?.data.passCode).toBe(code);

    await pushOk([
      client.mutation(
        'passRegistrations',
        id,
        { healthCode: 'yellow', healthCodeAt: SERVER_NOW - 60_000 },
        noted?.version ?? 0,
      ),
    ]);
    const yellow = await stored(id);
    expect(yellow?.data.passCode).not.toBe(code);
    const reread = await readPassCode(String(yellow?.data.passCode), verify);
    expect(reread.ok && reread.payload.healthCode).toBe('yellow');

    await pushOk([
      client.mutation(
        'passRegistrations',
        id,
        { status: 'revoked', reason: 'moved-out', reviewedAt: SERVER_NOW },
        yellow?.version ?? 0,
      ),
    ]);
    expect((await stored(id))?.data.passCode).toBeNull();
  });

  it('re-signs the code when a conflict on the validity is resolved with the workstation value', async () => {
    const id = await pendingRegistration();
    await pushOk([
      client.mutation(
        'passRegistrations',
        id,
        { status: 'approved', reviewedBy: client.officerId, reviewedAt: SERVER_NOW },
        1,
      ),
    ]);
    const base = (await stored(id))?.version ?? 0;
    const other = await TestClient.enrol(app, station, 'B');
    await pushOk([client.mutation('passRegistrations', id, { validUntil: SERVER_NOW + 3 * DAY }, base)]);
    const kept = await stored(id);
    const clash = await other.push([
      other.mutation('passRegistrations', id, { validUntil: SERVER_NOW + 5 * DAY }, base),
    ]);
    expect(pushReplySchema.parse(clash.body).results[0]?.status).toBe('conflict');
    expect((await stored(id))?.data.passCode).toBe(kept?.data.passCode);
    const conflict = conflictsReplySchema
      .parse((await call(app, 'GET', '/api/v1/conflicts', { credential: client.credential })).body)
      .conflicts.find((c) => c.recordId === id && c.field === 'validUntil');
    if (!conflict) throw new Error('no conflict on validUntil');
    const chose = await client.asOfficer('POST', `/api/v1/conflicts/${conflict.id}/resolve`, {
      choice: 'client',
      resolvedBy: client.officerId,
    });
    expect(chose.status).toBe(200);
    const resolved = await stored(id);
    expect(resolved?.data.validUntil).toBe(SERVER_NOW + 5 * DAY);
    const reading = await readPassCode(
      String(resolved?.data.passCode),
      await importPassPublicKey(key.publicKey),
    );
    expect(reading.ok && reading.payload.validUntil).toBe(SERVER_NOW + 5 * DAY);
  });

  it('keeps codes out of the audit trail', async () => {
    const { rows } = await opened.db.query<{ text: string }>(
      `SELECT row_to_json(a)::text AS text FROM audit_log a WHERE a.entity = 'passRegistrations'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.text).not.toContain('GRP1.');
  });

  it('refuses a pushed patch that names passCode, and changes nothing', async () => {
    const id = await pendingRegistration();
    const forged = await client.push([
      client.mutation('passRegistrations', id, { passCode: 'GRP1.AAAA.BBBB' }, 1),
    ]);
    expect(forged.status).toBe(400);
    expect(JSON.stringify(forged.body)).toContain('passCode');
    expect((await stored(id))?.data.passCode ?? null).toBeNull();
  });
});
