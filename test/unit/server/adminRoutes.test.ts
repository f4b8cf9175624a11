/**
 * The chief's routes (PGlite and PostgreSQL, real routes): enrolment codes are random (no
 * station name), shown once, single-use or N uses, expire and can be revoked — and the last use
 * cannot be taken twice by concurrent enrolments (PostgreSQL, two pools); devices are listed with
 * kind, last seen, last push and who is signed in, and a revoked device gets 401 on every
 * request with its sessions ended; the audit trail is filtered and keyset-paged; a duty officer
 * gets 403 and a request without a session 401 on every chief route.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createdEnrolmentCodeReplySchema,
  devicesReplySchema,
  enrolmentCodesReplySchema,
  serverAuditReplySchema,
} from '#common/auth/protocol';
import { buildApp } from '#server/app';
import { consumeEnrolmentCode, createEnrolmentCode } from '#server/auth/enrolmentCodes';
import { call, enrol, TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

const T0 = Date.UTC(2022, 9, 1, 0, 0);
const HOUR = 3_600_000;
const enrolStatus = async (app: FastifyInstance, code: string) =>
  (await call(app, 'POST', '/api/v1/enrol', { body: { enrolmentCode: code, workstation: 'x' } })).status;

describe.each(backends)('chief routes ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  let chief: TestClient;
  let duty: TestClient;
  let now = T0;

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
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  const newCode = async (body: {
    kind: 'workstation' | 'display';
    maxUses: number;
    expiresInHours: number;
    label?: string;
  }) => {
    const r = await chief.asOfficer('POST', '/api/v1/enrolment-codes', body);
    expect(r.status).toBe(200);
    return createdEnrolmentCodeReplySchema.parse(r.body);
  };

  it('creates random codes naming no station, single-use or N uses, expiring, revocable', async () => {
    now = T0;
    const single = await newCode({ kind: 'workstation', maxUses: 1, expiresInHours: 24 });
    expect(single.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(single.enrolmentCode).toMatchObject({
      kind: 'workstation',
      maxUses: 1,
      uses: 0,
      revoked: false,
      createdBy: chief.officerId,
    });
    expect(single.enrolmentCode.expiresAt).toBe(T0 + 24 * HOUR);
    const stored = await opened.db.query<{ code_hash: string }>(
      'SELECT code_hash FROM enrolment_codes WHERE id = $1',
      [single.enrolmentCode.id],
    );
    expect(stored.rows[0]?.code_hash).not.toContain(single.code.replace(/-/g, ''));
    // Typed in lower case without hyphens, it still works — once.
    expect(await enrolStatus(app, single.code.replace(/-/g, '').toLowerCase())).toBe(200);
    expect(await enrolStatus(app, single.code)).toBe(401);

    const three = await newCode({ kind: 'display', maxUses: 3, expiresInHours: 1 });
    for (let i = 0; i < 3; i++) expect((await enrol(app, three.code)).kind).toBe('display');
    expect(await enrolStatus(app, three.code)).toBe(401);

    const expiring = await newCode({ kind: 'workstation', maxUses: 5, expiresInHours: 1 });
    now = T0 + HOUR;
    expect(await enrolStatus(app, expiring.code)).toBe(401);
    now = T0;
    expect(await enrolStatus(app, expiring.code)).toBe(200);

    const revoked = await newCode({ kind: 'workstation', maxUses: 5, expiresInHours: 1 });
    expect(
      (await chief.asOfficer('POST', `/api/v1/enrolment-codes/${revoked.enrolmentCode.id}/revoke`)).status,
    ).toBe(200);
    expect(await enrolStatus(app, revoked.code)).toBe(401);

    const list = enrolmentCodesReplySchema.parse(
      (await chief.asOfficer('GET', '/api/v1/enrolment-codes')).body,
    );
    const byId = new Map(list.codes.map((c) => [c.id, c]));
    expect(byId.get(single.enrolmentCode.id)).toMatchObject({ uses: 1 });
    expect(byId.get(three.enrolmentCode.id)).toMatchObject({ uses: 3, kind: 'display' });
    expect(byId.get(revoked.enrolmentCode.id)).toMatchObject({ revoked: true });
    expect(JSON.stringify(list)).not.toContain(single.code);
  });

  it('lets no duty officer and no one without a session use a chief route', async () => {
    const routes: Array<['GET' | 'POST', string, unknown?]> = [
      ['GET', '/api/v1/enrolment-codes'],
      ['POST', '/api/v1/enrolment-codes', { kind: 'workstation', maxUses: 1, expiresInHours: 1 }],
      ['POST', `/api/v1/enrolment-codes/${chief.id}/revoke`],
      ['GET', '/api/v1/devices'],
      ['POST', `/api/v1/devices/${chief.id}/revoke`],
      ['GET', '/api/v1/audit'],
    ];
    for (const [method, url, body] of routes) {
      const asDuty = await duty.asOfficer(method, url, body);
      expect([url, asDuty.status, (asDuty.body as { error: string }).error]).toEqual([url, 403, 'forbidden']);
      const anonymous = await call(app, method, url, {
        credential: duty.credential,
        ...(body ? { body } : {}),
      });
      expect([url, anonymous.status]).toEqual([url, 401]);
    }
  });

  it('lists devices with kind, last seen, last push and who is signed in; revoking one locks it out', async () => {
    now = T0 + 2 * HOUR;
    const lost = await TestClient.enrol(app, station, 'lost-laptop', 2);
    await lost.push([lost.mutation('incidents', station.dataset.incidents[0]!.id, { severity: 'low' }, 1)]);
    const list = devicesReplySchema.parse((await chief.asOfficer('GET', '/api/v1/devices')).body);
    const entry = list.devices.find((d) => d.id === lost.id);
    expect(entry).toMatchObject({
      workstation: 'lost-laptop',
      kind: 'workstation',
      lastSeenAt: T0 + 2 * HOUR,
      lastPushAt: T0 + 2 * HOUR,
      revoked: false,
      signedIn: { id: station.dataset.officers[2]!.id, access: 'duty-officer' },
    });
    // last_seen_at is written at most once a minute.
    now += 30_000;
    await lost.pull();
    const seen = await opened.db.query<{ last_seen_at: number }>(
      'SELECT last_seen_at FROM devices WHERE id = $1',
      [lost.id],
    );
    expect(seen.rows[0]?.last_seen_at).toBe(T0 + 2 * HOUR);

    expect((await chief.asOfficer('POST', `/api/v1/devices/${lost.id}/revoke`)).status).toBe(200);
    expect((await lost.pull()).status).toBe(401);
    expect(
      (
        await lost.push([
          lost.mutation('incidents', station.dataset.incidents[1]!.id, { severity: 'low' }, 1),
        ])
      ).status,
    ).toBe(401);
    expect((await lost.asOfficer('POST', '/api/v1/auth/signout')).status).toBe(401);
    const sessions = await opened.db.query<{ end_reason: string }>(
      'SELECT end_reason FROM officer_sessions WHERE device_id = $1',
      [lost.id],
    );
    expect(sessions.rows.map((r) => r.end_reason)).toEqual(['device-revoked']);
    const after = devicesReplySchema.parse((await chief.asOfficer('GET', '/api/v1/devices')).body);
    expect(after.devices.find((d) => d.id === lost.id)).toMatchObject({ revoked: true, signedIn: null });
    // Another station's device cannot be revoked from here.
    const other = await createStation(opened.db, '别所');
    const foreign = await TestClient.enrol(app, other.code, 'foreign', null);
    expect((await chief.asOfficer('POST', `/api/v1/devices/${foreign.id}/revoke`)).status).toBe(404);
    expect((await foreign.pull()).status).toBe(200);
  });

  it('serves the audit trail to the chief, filtered and keyset-paged', async () => {
    now = T0 + 3 * HOUR;
    const incident = station.dataset.incidents[2]!;
    for (const severity of ['low', 'high', 'medium'])
      await duty.push([
        duty.mutation('incidents', incident.id, { severity }, 0 + (await version(incident.id))),
      ]);
    const page1 = serverAuditReplySchema.parse(
      (
        await chief.asOfficer(
          'GET',
          `/api/v1/audit?entity=incidents&officerId=${duty.officerId}&action=change&limit=2`,
        )
      ).body,
    );
    expect(page1.entries).toHaveLength(2);
    expect(page1.entries[0]).toMatchObject({
      action: 'change',
      officerId: duty.officerId,
      officerName: station.dataset.officers[1]!.name,
      deviceId: duty.id,
      workstation: 'duty',
      entity: 'incidents',
      entityId: incident.id,
      changes: { severity: { before: 'high', after: 'medium' } },
    });
    expect(page1.next).toBe(page1.entries[1]!.id);
    const page2 = serverAuditReplySchema.parse(
      (
        await chief.asOfficer(
          'GET',
          `/api/v1/audit?entity=incidents&officerId=${duty.officerId}&action=change&limit=2&before=${page1.next}`,
        )
      ).body,
    );
    expect(page2.entries[0]?.changes).toMatchObject({ severity: { after: 'low' } });
    const signins = serverAuditReplySchema.parse(
      (await chief.asOfficer('GET', `/api/v1/audit?action=signin&from=${T0}&to=${T0}`)).body,
    );
    expect(signins.entries.length).toBeGreaterThanOrEqual(2);
    expect(signins.entries.every((e) => e.action === 'signin' && e.at === T0)).toBe(true);
  });

  const version = async (id: string) =>
    (
      await opened.db.query<{ version: number }>(
        "SELECT version FROM records WHERE entity = 'incidents' AND id = $1",
        [id],
      )
    ).rows[0]?.version ?? 0;

  it.runIf(backend.name === 'postgres')(
    'never gives the last use of a code to two concurrent enrolments',
    async () => {
      const otherPool = await opened.openAnother();
      for (let round = 0; round < 5; round++) {
        const { code } = await createEnrolmentCode(opened.db, {
          stationId: station.stationId,
          request: { kind: 'workstation', maxUses: 2, expiresInHours: 1, label: '' },
          createdBy: 'test',
          now: T0,
        });
        const takers = await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            (i % 2 ? otherPool : opened.db).transaction((tx) => consumeEnrolmentCode(tx, code, T0)),
          ),
        );
        expect(takers.filter((t) => t !== null)).toHaveLength(2);
      }
    },
  );
});
