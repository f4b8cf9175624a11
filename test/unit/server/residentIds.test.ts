/**
 * Residents' ID numbers at the centre (issue 12 item 4), on PGlite and real PostgreSQL:
 * the public key route (device-authenticated, public half only, stable across restarts);
 * a pushed finding's envelope is opened, matched on an HMAC and stripped, and `idSeen` comes
 * back by pull — for the pushed finding and, with a new version and change seq, for the
 * station's earlier findings of the same person, and again when one of them is deleted;
 * envelopes that must not open (copied onto
 * another finding, sealed to another key) match nothing; a patch may not set `idSeen`; and
 * migration 004 cleans stored findings of the old hash and mask.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '#common/domain/residentId';
import {
  identityKeyId,
  identityKeyReplySchema,
  identityPublicJwkSchema,
  type IdentityKey,
  type ResidentIdEnvelope,
} from '#common/identity/envelopeFormat';
import { sealResidentId } from '#common/identity/sealResidentId';
import { pushReplySchema, type PullReply } from '#common/sync/protocol';
import { buildApp } from '#server/app';
import { migrate } from '#server/db/migrate';
import { call, TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

const SERVER_NOW = Date.UTC(2022, 9, 1);
const idNumber = (first17: string) => first17 + residentIdCheckChar(first17);
const PERSON = idNumber('35020319880712003');
const OTHER = idNumber('35020519910203104');

describe.each(backends)("residents' ID numbers at the centre ($name)", (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  let client: TestClient;
  let key: IdentityKey;

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({ db: opened.db, now: () => SERVER_NOW });
    station = await createStation(opened.db);
    client = await TestClient.enrol(app, station);
    const reply = await call(app, 'GET', '/api/v1/identity-key', { credential: client.credential });
    key = identityKeyReplySchema.parse(reply.body);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  const record = async (id: string) =>
    (
      await opened.db.query<{ version: number; change_seq: number; data: Record<string, unknown> }>(
        'SELECT version, change_seq, data FROM records WHERE id = $1',
        [id],
      )
    ).rows[0];
  const gridId = () => station.dataset.grids[0]?.id ?? '';

  /** A visit at a household of its own, and a finding on it whose ID is sealed (or not). */
  async function visitWithFinding(
    by: TestClient,
    envelopeFor: ((findingId: string) => Promise<ResidentIdEnvelope | null>) | null,
    householdId: string = randomUUID(),
  ) {
    const visitId = randomUUID();
    const findingId = randomUUID();
    const visit = by.mutation(
      'visits',
      visitId,
      {
        campaignId: randomUUID(),
        householdId,
        gridId: gridId(),
        visitedAt: SERVER_NOW - 3_600_000,
        day: '2022-10-01',
        team: '一组',
        outcome: 'found-unregistered',
        unregisteredFound: 1,
        overdueTestsFound: 0,
        note: '',
      },
      0,
    );
    const finding = by.mutation(
      'findings',
      findingId,
      {
        visitId,
        gridId: gridId(),
        kind: 'floating',
        maskedName: '王*明',
        idMasked: '3502**********0036',
        idEnvelope: envelopeFor ? await envelopeFor(findingId) : null,
        followUp: 'open',
      },
      0,
    );
    const reply = await by.push([visit, finding]);
    expect(reply.status).toBe(200);
    return { visitId, findingId, reply: pushReplySchema.parse(reply.body) };
  }

  it('serves only the public key, to enrolled devices, the same after a restart', async () => {
    expect((await call(app, 'GET', '/api/v1/identity-key')).status).toBe(401);
    expect((await call(app, 'GET', '/api/v1/identity-key', { credential: 'x'.repeat(40) })).status).toBe(401);
    const reply = await call<Record<string, unknown>>(app, 'GET', '/api/v1/identity-key', {
      credential: client.credential,
    });
    expect(Object.keys(reply.body).sort()).toEqual(['keyId', 'publicKey']);
    expect(Object.keys(reply.body.publicKey as object).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    const imported = await crypto.subtle.importKey(
      'jwk',
      identityPublicJwkSchema.parse(reply.body.publicKey),
      { name: 'ECDH', namedCurve: 'P-256' },
      true,
      [],
    );
    expect(await identityKeyId(imported)).toBe(key.keyId);
    const stored = await opened.db.query<{ private_jwk: { d?: string } }>(
      'SELECT private_jwk FROM identity_keys',
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]?.private_jwk.d).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(reply.body)).not.toContain(stored.rows[0]?.private_jwk.d ?? '');

    const again = await buildApp({ db: opened.db, now: () => SERVER_NOW });
    try {
      const second = await call(again, 'GET', '/api/v1/identity-key', { credential: client.credential });
      expect(identityKeyReplySchema.parse(second.body)).toEqual(key);
    } finally {
      await again.close();
    }
  });

  it('opens, matches and strips envelopes; idSeen syncs back to every finding of the person', async () => {
    const first = await visitWithFinding(client, (id) => sealResidentId(PERSON, id, key));
    expect(first.reply.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const a1 = await record(first.findingId);
    expect(a1?.data.idEnvelope).toBeNull();
    expect(a1?.data.idSeen).toEqual({ findings: 1, addresses: 1 });
    expect(JSON.stringify(a1?.data)).not.toContain(PERSON.slice(6, 14));

    const match = await opened.db.query<{ id_hmac: string; station_id: string }>(
      'SELECT id_hmac, station_id FROM resident_id_matches WHERE finding_id = $1',
      [first.findingId],
    );
    expect(match.rows[0]?.station_id).toBe(station.stationId);
    expect(match.rows[0]?.id_hmac).toMatch(/^[0-9a-f]{64}$/);
    expect(match.rows[0]?.id_hmac).not.toBe(createHash('sha256').update(PERSON).digest('hex'));

    // Another workstation finds the same person at another address.
    const other = await TestClient.enrol(app, station, 'ws-2');
    const cursor = (await other.pull()).body.nextCursor;
    const second = await visitWithFinding(other, (id) => sealResidentId(PERSON, id, key));
    const b = await record(second.findingId);
    expect(b?.data.idSeen).toEqual({ findings: 2, addresses: 2 });
    expect(b?.data.idEnvelope).toBeNull();
    const a2 = await record(first.findingId);
    expect(a2?.data.idSeen).toEqual({ findings: 2, addresses: 2 });
    expect(a2?.version).toBe((a1?.version ?? 0) + 1);
    expect(a2?.change_seq).toBeGreaterThan(a1?.change_seq ?? 0);

    const pulled = (await other.pull(cursor)).body as PullReply;
    const findings = pulled.changes.filter((c) => c.entity === 'findings');
    expect(findings.map((c) => c.id).sort()).toEqual([first.findingId, second.findingId].sort());
    for (const c of findings) {
      expect(c.row.idSeen).toEqual({ findings: 2, addresses: 2 });
      expect(c.row.idEnvelope).toBeNull();
    }

    // The same person again at the first address: three findings, still two addresses.
    const firstHousehold = String((await record(first.visitId))?.data.householdId);
    const third = await visitWithFinding(client, (id) => sealResidentId(PERSON, id, key), firstHousehold);
    expect((await record(third.findingId))?.data.idSeen).toEqual({ findings: 3, addresses: 2 });
    expect((await record(second.findingId))?.data.idSeen).toEqual({ findings: 3, addresses: 2 });

    // A deleted finding leaves the group: the others are recounted and sync back.
    const deleted = await client.push([client.mutation('findings', third.findingId, { deleted: true }, 1)]);
    expect(pushReplySchema.parse(deleted.body).results[0]?.status).toBe('applied');
    expect((await record(first.findingId))?.data.idSeen).toEqual({ findings: 2, addresses: 2 });
    expect((await record(second.findingId))?.data.idSeen).toEqual({ findings: 2, addresses: 2 });

    // Someone else: a group of one; the person's findings are not touched.
    const before = await record(first.findingId);
    const stranger = await visitWithFinding(client, (id) => sealResidentId(OTHER, id, key));
    expect((await record(stranger.findingId))?.data.idSeen).toEqual({ findings: 1, addresses: 1 });
    expect((await record(first.findingId))?.change_seq).toBe(before?.change_seq);
  });

  it('matches nothing for an envelope copied onto another finding or sealed to another key', async () => {
    const sealedForOther = await sealResidentId(PERSON, randomUUID(), key);
    const copied = await visitWithFinding(client, () => Promise.resolve(sealedForOther));
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const foreign = {
      keyId: await identityKeyId(pair.publicKey),
      publicKey: identityPublicJwkSchema.parse({ kty, crv, x, y }),
    };
    const wrongKey = await visitWithFinding(client, (id) => sealResidentId(PERSON, id, foreign));
    for (const f of [copied, wrongKey]) {
      const row = await record(f.findingId);
      expect(row?.data.idEnvelope).toBeNull();
      expect(row?.data.idSeen ?? null).toBeNull();
      const m = await opened.db.query('SELECT 1 FROM resident_id_matches WHERE finding_id = $1', [
        f.findingId,
      ]);
      expect(m.rows).toHaveLength(0);
    }
    const noKey = await visitWithFinding(client, null);
    expect((await record(noKey.findingId))?.data.idSeen ?? null).toBeNull();
  });

  it('writes neither the private key nor an ID to the logs, even at trace level', async () => {
    const lines: string[] = [];
    const logged = await buildApp({
      db: opened.db,
      now: () => SERVER_NOW,
      logger: { level: 'trace', stream: { write: (line: string) => void lines.push(line) } },
    });
    try {
      const device = await TestClient.enrol(logged, station, 'ws-log');
      await call(logged, 'GET', '/api/v1/identity-key', { credential: device.credential });
      const findingId = randomUUID();
      const reply = await device.push([
        device.mutation(
          'findings',
          findingId,
          {
            visitId: randomUUID(),
            gridId: gridId(),
            kind: 'floating',
            maskedName: '周*',
            idMasked: '3502**********0036',
            idEnvelope: await sealResidentId(PERSON, findingId, key),
            followUp: 'open',
          },
          0,
        ),
      ]);
      expect(reply.status).toBe(200);
      expect((await record(findingId))?.data.idSeen).toBeTruthy();
    } finally {
      await logged.close();
    }
    const d = (await opened.db.query<{ private_jwk: { d: string } }>('SELECT private_jwk FROM identity_keys'))
      .rows[0]?.private_jwk.d;
    const text = lines.join('');
    expect(lines.length).toBeGreaterThan(3);
    expect(text).not.toContain(d ?? 'no key');
    expect(text).not.toContain(PERSON);
    expect(text).not.toContain(PERSON.slice(6, 14));
  });

  it('refuses a patch that sets idSeen (server-owned for findings)', async () => {
    const f = await visitWithFinding(client, null);
    const forged = await client.push([
      client.mutation('findings', f.findingId, { idSeen: { findings: 9, addresses: 9 } }, 1),
    ]);
    expect(forged.status).toBe(400);
    expect(JSON.stringify(forged.body)).toContain('idSeen');
    expect((await record(f.findingId))?.data.idSeen ?? null).toBeNull();
  });

  it('migration 004 drops old hashes and old masks of stored findings, with new change seqs', async () => {
    const db = opened.db;
    const id = randomUUID();
    const old = {
      id,
      stationId: station.stationId,
      version: 1,
      updatedAt: 1,
      updatedBy: 'system',
      deleted: false,
      visitId: randomUUID(),
      gridId: gridId(),
      kind: 'unregistered',
      maskedName: '李*',
      idHash: 'a'.repeat(64),
      idMasked: '350203********123X',
      followUp: 'open',
    };
    await db.exec(
      'DROP TABLE resident_id_matches; DROP TABLE identity_hmac_secret; DROP TABLE identity_keys; DELETE FROM schema_migrations WHERE version = 4;',
    );
    await db.query(
      `INSERT INTO records (entity, id, station_id, version, change_seq, data, deleted, updated_at)
       VALUES ('findings', $1, $2, 1, nextval('change_seq'), $3, false, 1)`,
      [id, station.stationId, JSON.stringify(old)],
    );
    const seqBefore = (await record(id))?.change_seq ?? 0;
    expect(await migrate(db)).toEqual([4]);
    const after = await record(id);
    expect(after?.data).not.toHaveProperty('idHash');
    expect(after?.data.idMasked).toBe('3502**********123X');
    expect(after?.change_seq).toBeGreaterThan(seqBefore);
    const leftovers = await db.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM records WHERE entity = 'findings' AND (data ? 'idHash' OR data->>'idMasked' ~ '^[0-9]{6}[*]')`,
    );
    expect(leftovers.rows[0]?.n).toBe(0);
  });
});
