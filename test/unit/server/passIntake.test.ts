/**
 * The city registration system's intake (issue 15), on PGlite and real PostgreSQL, through
 * the real routes: the chief creates and revokes the city-system credential; the credential
 * is checked before the body is read (a 30 MB post without one is 401, not 413) and opens
 * nothing else, nor does a workstation credential open the intake; a batch is refused whole,
 * every bad row named with its index (malformed rows, another station's address, an envelope
 * that does not open), oversize batches are refused; replays are answered with the first
 * registration and stored once; accepted rows carry their flags, match households by the
 * standard-address key whatever the spacing, and reach a workstation's pull masked; the whole
 * database — records, match table, audit — never holds a full name or ID number.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createdIntakeCredentialReplySchema,
  intakeCredentialsReplySchema,
} from '#common/auth/intakeCredentials';
import { residentIdCheckChar } from '#common/domain/residentId';
import { identityKeyReplySchema, type IdentityKey } from '#common/identity/envelopeFormat';
import { sealResidentId } from '#common/identity/sealResidentId';
import { passRegistrationSchema } from '#common/schemas/pass';
import {
  INTAKE_MAX_ROWS,
  INTAKE_ROUTE,
  intakeRefusalReplySchema,
  intakeReplySchema,
} from '#common/sync/intakeProtocol';
import { buildApp } from '#server/app';
import type { Database } from '#server/db/database';
import { seedStation } from '#server/seed/seedStation';
import { call, TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { NOW, smallDataset, type TestStation } from './fixtures';

const SERVER_NOW = Date.UTC(2022, 9, 1, 4, 0);
const SUBMITTED = SERVER_NOW - 2 * 3_600_000;
const idNumber = (first17: string) => first17 + residentIdCheckChar(first17);
const PERSON = idNumber('35020319880712003');
const SECOND = idNumber('35020519910203104');
const THIRD = idNumber('35021119750330207');
/** PERSON with a wrong check character. */
const BAD_CHECK = PERSON.slice(0, 17) + (PERSON.endsWith('1') ? '2' : '1');
const NAMES = ['王小明', '陈丽华', '林志强', '欧阳春生'];

/** A station with a few standard addresses (households) in its first grid. */
async function stationWithAddresses(
  db: Database,
  name: string,
  addresses: ReadonlyArray<[string, string, string, string]>,
): Promise<TestStation> {
  const dataset = await smallDataset(name);
  const grid = dataset.grids[0];
  if (!grid) throw new Error('fixture has no grid');
  dataset.households = addresses.map(([address, building, unit, room]) => ({
    id: randomUUID(),
    stationId: dataset.station.id,
    version: 1,
    updatedAt: NOW,
    updatedBy: 'system',
    deleted: false,
    gridId: grid.id,
    address,
    building,
    unit,
    room,
    point: [118.12, 24.5],
    registeredResidents: 3,
  }));
  const code = `TEST-${randomUUID().slice(0, 8).toUpperCase()}`;
  await seedStation(db, dataset, code, NOW);
  return { dataset, stationId: dataset.station.id, code };
}

const A1 = { address: '金尚路123号 3栋 2单元 501', building: '3', unit: '2', room: '501' };
const A2 = { address: '金尚路125号', building: '', unit: '', room: '' };
const A3 = { address: '禾山路8号 1栋 1单元 101', building: '1', unit: '1', room: '101' };
const B1 = { address: '开元路99号 2栋 1单元 302', building: '2', unit: '1', room: '302' };

let refs = 0;
const row = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  externalRef: `CITY-${++refs}`,
  fullName: NAMES[0],
  residentId: PERSON,
  phone: '13800138000',
  claimedAddress: A1,
  householdRole: 'head',
  healthCode: 'green',
  healthCodeAt: SUBMITTED - 60_000,
  submittedAt: SUBMITTED,
  ...over,
});

/** Every row of every table of the schema, as JSON text: what a database dump would show. */
async function dump(db: Database): Promise<string> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const { rows } = await db.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${name}" t`);
    parts.push(...rows.map((r) => r.j));
  }
  return parts.join('\n');
}

/** A POST of 30 MB over a real socket: the status and error the server answered with. */
function postHuge(port: number, authorization: string | null): Promise<{ status: number; error: string }> {
  const body = Buffer.alloc(30 * 1024 * 1024, 'a');
  body.write('{"rows":[],"padding":"');
  body.write('"}', body.length - 2);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: INTAKE_ROUTE,
      headers: {
        'content-type': 'application/json',
        'content-length': body.length,
        'x-gridroom-api': '1',
        ...(authorization ? { authorization } : {}),
      },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, error: (JSON.parse(text) as { error: string }).error });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    req.end(body);
  });
}

describe.each(backends)('pass registration intake ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let heshan: TestStation;
  let kaiyuan: TestStation;
  let chief: TestClient;
  let duty: TestClient;
  let city: string;
  let key: IdentityKey;

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({
      db: opened.db,
      now: () => SERVER_NOW,
      enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
    });
    heshan = await stationWithAddresses(opened.db, '禾山测试所', [
      [A1.address, A1.building, A1.unit, A1.room],
      [A2.address, A2.building, A2.unit, A2.room],
      [A3.address, A3.building, A3.unit, A3.room],
    ]);
    kaiyuan = await stationWithAddresses(opened.db, '开元测试所', [
      [B1.address, B1.building, B1.unit, B1.room],
    ]);
    chief = await TestClient.enrol(app, heshan, 'chief', 0);
    duty = await TestClient.enrol(app, heshan, 'duty', 1);
    const created = await chief.asOfficer('POST', '/api/v1/intake-credentials', {
      label: '市通行证登记系统',
    });
    expect(created.status).toBe(200);
    city = createdIntakeCredentialReplySchema.parse(created.body).credential;
    key = identityKeyReplySchema.parse(
      (await call(app, 'GET', '/api/v1/identity-key', { credential: chief.credential })).body,
    );
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  const post = (credential: string | undefined, rows: unknown[]) =>
    call(app, 'POST', INTAKE_ROUTE, { ...(credential ? { credential } : {}), body: { rows } });
  const registrations = async () =>
    (
      await opened.db.query<{ id: string; version: number; data: Record<string, unknown> }>(
        `SELECT id, version, data FROM records WHERE entity = 'passRegistrations' ORDER BY change_seq`,
      )
    ).rows;
  const record = async (id: string) => (await registrations()).find((r) => r.id === id);

  it('lets only the chief make, list and revoke city-system credentials; a credential opens only the intake', async () => {
    expect((await duty.asOfficer('POST', '/api/v1/intake-credentials', { label: 'x' })).status).toBe(403);
    expect(
      (
        await call(app, 'POST', '/api/v1/intake-credentials', {
          credential: chief.credential,
          body: { label: 'x' },
        })
      ).status,
    ).toBe(401);
    const made = createdIntakeCredentialReplySchema.parse(
      (await chief.asOfficer('POST', '/api/v1/intake-credentials', { label: '备用' })).body,
    );
    const listed = intakeCredentialsReplySchema.parse(
      (await chief.asOfficer('GET', '/api/v1/intake-credentials')).body,
    );
    expect(listed.credentials.map((c) => c.label)).toEqual(
      expect.arrayContaining(['市通行证登记系统', '备用']),
    );
    expect(JSON.stringify(listed)).not.toContain(made.credential.split('.')[1]);

    // A city credential is no device: push, pull and the identity key answer it 401.
    expect((await call(app, 'GET', '/api/v1/pull?after=0', { credential: made.credential })).status).toBe(
      401,
    );
    expect(
      (
        await call(app, 'POST', '/api/v1/push', {
          credential: made.credential,
          body: { clientId: 'x', mutations: [] },
        })
      ).status,
    ).toBe(401);
    expect((await call(app, 'GET', '/api/v1/identity-key', { credential: made.credential })).status).toBe(
      401,
    );
    // A device credential is no city credential; nor is nothing, or a forgery.
    expect((await post(chief.credential, [row()])).status).toBe(401);
    expect((await post(undefined, [row()])).status).toBe(401);
    expect((await post(`${made.intakeCredential.id}.${'A'.repeat(43)}`, [row()])).status).toBe(401);

    // The spare one works until the chief revokes it.
    expect((await post(made.credential, [row({ claimedAddress: A3, residentId: THIRD })])).status).toBe(200);
    expect(
      (await chief.asOfficer('POST', `/api/v1/intake-credentials/${made.intakeCredential.id}/revoke`)).status,
    ).toBe(200);
    expect((await post(made.credential, [row()])).status).toBe(401);
    expect(
      (await duty.asOfficer('POST', `/api/v1/intake-credentials/${made.intakeCredential.id}/revoke`)).status,
    ).toBe(403);
    expect((await chief.asOfficer('POST', `/api/v1/intake-credentials/${randomUUID()}/revoke`)).status).toBe(
      404,
    );
    const audit = await opened.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE action LIKE 'intake-key-%' ORDER BY id`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'intake-key-create',
      'intake-key-create',
      'intake-key-revoke',
    ]);
  });

  it('checks the credential before reading the body: 30 MB without one is 401, with one 413', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as AddressInfo).port;
    expect(await postHuge(port, null)).toEqual({ status: 401, error: 'unauthorised' });
    expect(await postHuge(port, `Bearer ${chief.credential}`)).toEqual({
      status: 401,
      error: 'unauthorised',
    });
    // Only an authenticated post gets as far as the body, and then meets the body limit.
    expect(await postHuge(port, `Bearer ${city}`)).toEqual({ status: 413, error: 'invalid-request' });
  });

  it('refuses oversize and shapeless batches', async () => {
    const many = Array.from({ length: INTAKE_MAX_ROWS + 1 }, () => row());
    const tooMany = await post(city, many);
    expect(tooMany.status).toBe(413);
    expect((await post(city, [])).status).toBe(400);
    const notRows = await call(app, 'POST', INTAKE_ROUTE, { credential: city, body: { registrations: [] } });
    expect(notRows.status).toBe(400);
    expect((await registrations()).filter((r) => r.data.externalRef === many[0]?.externalRef)).toHaveLength(
      0,
    );
  });

  it('refuses a batch with malformed rows whole, naming every bad row by index', async () => {
    const before = (await registrations()).length;
    const reply = await post(city, [
      row(),
      row({ residentId: '3502031988071200' }), // 16 digits
      row({ claimedAddress: A2 }),
      row({ phone: '010-12345678', householdRole: 'lodger' }),
      row({ residentId: undefined }), // no ID at all
      row({ shoeSize: 42 }),
    ]);
    expect(reply.status).toBe(400);
    const refusal = intakeRefusalReplySchema.parse(reply.body);
    expect(refusal.error).toBe('invalid-batch');
    expect(refusal.index).toBe(1);
    expect(refusal.rows.map((r) => [r.index, r.reason])).toEqual([
      [1, 'malformed'],
      [3, 'malformed'],
      [4, 'malformed'],
      [5, 'malformed'],
    ]);
    expect(refusal.rows[0]?.message).toMatch(/^residentId: /);
    expect(refusal.rows[1]?.message).toMatch(/phone/);
    expect(JSON.stringify(reply.body)).not.toContain(PERSON.slice(4, 14));
    expect(JSON.stringify(reply.body)).not.toContain(NAMES[0]);
    expect((await registrations()).length).toBe(before);
  });

  it('refuses rows of another station’s addresses, a repeated ref and an envelope that does not open', async () => {
    const before = (await registrations()).length;
    const repeated = row({ claimedAddress: A2, residentId: SECOND });
    const foreignId = randomUUID();
    const reply = await post(city, [
      row({ claimedAddress: A2, residentId: SECOND }),
      row({ claimedAddress: { ...B1, address: '开元路99号2栋1单元302' } }),
      repeated,
      { ...repeated },
      row({
        residentId: undefined,
        id: foreignId,
        idEnvelope: await sealResidentId(PERSON, randomUUID(), key),
      }),
    ]);
    expect(reply.status).toBe(400);
    const refusal = intakeRefusalReplySchema.parse(reply.body);
    expect(refusal.rows.map((r) => [r.index, r.reason])).toEqual([
      [1, 'other-station'],
      [3, 'ref-repeated'],
      [4, 'envelope'],
    ]);
    expect((await registrations()).length).toBe(before);
    const audited = await opened.db.query<{ detail: { refusals: Array<{ index: number; reason: string }> } }>(
      `SELECT detail FROM audit_log WHERE action = 'intake-refused' ORDER BY id DESC LIMIT 1`,
    );
    expect(audited.rows[0]?.detail.refusals).toEqual([
      { index: 1, reason: 'other-station' },
      { index: 3, reason: 'ref-repeated' },
      { index: 4, reason: 'envelope' },
    ]);
    // The same address posted with Kaiyuan's own credential is Kaiyuan's.
    const kChief = await TestClient.enrol(app, kaiyuan, 'k-chief', 0);
    const kCity = createdIntakeCredentialReplySchema.parse(
      (await kChief.asOfficer('POST', '/api/v1/intake-credentials', { label: '市系统' })).body,
    ).credential;
    const kaiyuanReply = intakeReplySchema.parse((await post(kCity, [row({ claimedAddress: B1 })])).body);
    expect(kaiyuanReply.results[0]?.flags).toEqual([]);
  });

  it('queues every well-formed row with its flags, answers replays, and syncs masked rows to workstations', async () => {
    const ws = await TestClient.enrol(app, heshan, 'ws-pull', 1);
    const cursor = (await ws.pull()).body.nextCursor;
    const envelopeId = randomUUID();
    const batch = [
      row({ fullName: NAMES[1], claimedAddress: { ...A1, address: '金尚路123号3栋\u30002单元  501' } }),
      row({
        fullName: NAMES[2],
        residentId: SECOND,
        claimedAddress: { address: '金尚路999号', building: '', unit: '', room: '' },
      }),
      row({
        fullName: NAMES[3],
        residentId: THIRD,
        claimedAddress: { address: '!!??', building: '', unit: '', room: '' },
      }),
      row({ residentId: BAD_CHECK, claimedAddress: A2 }),
      row({
        residentId: SECOND,
        claimedAddress: A3,
        submittedAt: SERVER_NOW + 3_600_000,
        healthCodeAt: SERVER_NOW,
      }),
      row({ residentId: SECOND, claimedAddress: A2, healthCodeAt: SUBMITTED + 3_600_000 }),
      row({ fullName: NAMES[1], claimedAddress: A1 }), // PERSON again at A1: a duplicate of row 0
      row({
        residentId: undefined,
        id: envelopeId,
        idEnvelope: await sealResidentId(THIRD, envelopeId, key),
        claimedAddress: A2,
      }),
    ];
    const reply = await post(city, batch);
    expect(reply.status).toBe(200);
    const body = intakeReplySchema.parse(reply.body);
    expect(body.queued).toBe(batch.length);
    expect(body.results.map((r) => [r.index, r.status, r.flags])).toEqual([
      [0, 'queued', []],
      [1, 'queued', ['address-unknown']],
      [2, 'queued', ['address-malformed']],
      [3, 'queued', ['id-check-digit']],
      [4, 'queued', ['date-impossible']],
      [5, 'queued', ['date-impossible']],
      [6, 'queued', ['duplicate']],
      [7, 'queued', []],
    ]);
    expect(body.results[7]?.id).toBe(envelopeId);

    const stored = new Map((await registrations()).map((r) => [r.id, r.data]));
    const first = stored.get(body.results[0]?.id ?? '');
    const household = heshan.dataset.households[0];
    expect(first).toMatchObject({
      source: 'city-system',
      status: 'pending',
      maskedName: '陈*华',
      idMasked: `${PERSON.slice(0, 4)}**********${PERSON.slice(14)}`,
      householdId: household?.id,
      gridId: household?.gridId,
      idEnvelope: null,
      idPasses: { approved: 0, addresses: 0 },
    });
    expect(stored.get(body.results[1]?.id ?? '')).toMatchObject({ householdId: null, gridId: null });
    expect(stored.get(body.results[2]?.id ?? '')?.maskedName).toBe('欧**生');

    // A replay of the whole batch stores nothing and names the first registrations.
    const again = intakeReplySchema.parse((await post(city, batch)).body);
    expect(again).toMatchObject({ queued: 0, replayed: batch.length });
    expect(again.results.map((r) => r.id)).toEqual(body.results.map((r) => r.id));
    expect(again.results.every((r) => r.status === 'replayed')).toBe(true);
    // A retried batch with one new row: the old ones replayed, the new one queued.
    const mixed = intakeReplySchema.parse((await post(city, [batch[0], row({ claimedAddress: A3 })])).body);
    expect(mixed.results.map((r) => r.status)).toEqual(['replayed', 'queued']);
    expect(mixed.results[0]?.id).toBe(body.results[0]?.id);
    const perRef = await opened.db.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM records WHERE entity = 'passRegistrations' AND data->>'externalRef' = $1`,
      [batch[0]?.externalRef],
    );
    expect(perRef.rows[0]?.n).toBe(1);

    // A duty officer's workstation pulls them: masked, valid rows; nothing personal in full.
    const pulled = (await ws.pull(cursor)).body;
    const rows = pulled.changes.filter((c) => c.entity === 'passRegistrations');
    expect(rows.map((c) => c.id)).toEqual(expect.arrayContaining(body.results.map((r) => r.id)));
    for (const c of rows) {
      expect(passRegistrationSchema.safeParse(c.row).success).toBe(true);
      expect(c.row.stationId).toBe(heshan.stationId);
    }
    const text = JSON.stringify(pulled);
    for (const name of NAMES) expect(text).not.toContain(name);
    for (const id of [PERSON, SECOND, THIRD, BAD_CHECK]) expect(text).not.toContain(id.slice(4, 14));

    const audit = await opened.db.query<{ device_id: string | null; detail: Record<string, unknown> }>(
      `SELECT device_id, detail FROM audit_log WHERE action = 'intake' AND station_id = $1 ORDER BY id`,
      [heshan.stationId],
    );
    expect(audit.rows.map((r) => [r.detail.queued, r.detail.replayed])).toContainEqual([batch.length, 0]);
    expect(audit.rows.map((r) => [r.detail.queued, r.detail.replayed])).toContainEqual([0, batch.length]);
  });

  it('recounts idPasses when registrations of one ID are approved or revoked', async () => {
    const posted = intakeReplySchema.parse(
      (
        await post(city, [
          row({ residentId: SECOND, claimedAddress: A1, fullName: NAMES[2] }),
          row({ residentId: SECOND, claimedAddress: A2, fullName: NAMES[2] }),
          row({ residentId: SECOND, claimedAddress: A3, fullName: NAMES[2] }),
        ])
      ).body,
    );
    const [r1, r2, r3] = posted.results.map((r) => r.id) as [string, string, string];
    const decide = async (id: string, status: 'approved' | 'revoked') => {
      const current = await record(id);
      const reply = await chief.push([
        chief.mutation(
          'passRegistrations',
          id,
          {
            status,
            reviewedBy: chief.officerId,
            reviewedAt: SERVER_NOW,
            reason: status === 'revoked' ? 'moved-out' : null,
          },
          current?.version ?? 0,
        ),
      ]);
      expect(reply.status).toBe(200);
      expect((reply.body as { results: Array<{ status: string }> }).results[0]?.status).toBe('applied');
    };
    const passes = async () => Promise.all([r1, r2, r3].map(async (id) => (await record(id))?.data.idPasses));

    // SECOND's earlier registrations (the intake test's rows 4 and 5) are pending: nothing approved yet.
    expect(await passes()).toEqual([
      { approved: 0, addresses: 0 },
      { approved: 0, addresses: 0 },
      { approved: 0, addresses: 0 },
    ]);
    const ws = await TestClient.enrol(app, heshan, 'ws-passes', 1);
    const cursor = (await ws.pull()).body.nextCursor;
    await decide(r1, 'approved');
    expect(await passes()).toEqual([
      { approved: 0, addresses: 0 },
      { approved: 1, addresses: 1 },
      { approved: 1, addresses: 1 },
    ]);
    // The recount syncs back: the workstation pulls the other two with their new idPasses.
    // (SECOND's pending registrations of the earlier test are recounted too.)
    const mine = new Set([r1, r2, r3]);
    const pulled = (await ws.pull(cursor)).body.changes.filter((c) => mine.has(c.id));
    expect(new Map(pulled.map((c) => [c.id, c.row.idPasses]))).toEqual(
      new Map([
        [r1, { approved: 0, addresses: 0 }],
        [r2, { approved: 1, addresses: 1 }],
        [r3, { approved: 1, addresses: 1 }],
      ]),
    );
    await decide(r2, 'approved');
    expect(await passes()).toEqual([
      { approved: 1, addresses: 1 },
      { approved: 1, addresses: 1 },
      { approved: 2, addresses: 2 },
    ]);
    // A new registration of the same ID arrives knowing the two approved passes.
    const late = intakeReplySchema.parse(
      (await post(city, [row({ residentId: SECOND, claimedAddress: A3 })])).body,
    );
    expect((await record(late.results[0]?.id ?? ''))?.data.idPasses).toEqual({ approved: 2, addresses: 2 });
    await decide(r1, 'revoked');
    expect(await passes()).toEqual([
      { approved: 1, addresses: 1 },
      { approved: 0, addresses: 0 },
      { approved: 1, addresses: 1 },
    ]);
  });

  it('opens, matches and strips an envelope pushed on a workstation’s registration', async () => {
    const intake = intakeReplySchema.parse(
      (await post(city, [row({ residentId: THIRD, claimedAddress: A1 })])).body,
    );
    const cityRegistration = intake.results[0]?.id ?? '';
    const current = await record(cityRegistration);
    await chief.push([
      chief.mutation(
        'passRegistrations',
        cityRegistration,
        { status: 'approved', reviewedBy: chief.officerId, reviewedAt: SERVER_NOW },
        current?.version ?? 0,
      ),
    ]);
    const id = randomUUID();
    const household = heshan.dataset.households[1];
    const reply = await chief.push([
      chief.mutation(
        'passRegistrations',
        id,
        {
          source: 'file-import',
          externalRef: `FILE-${id.slice(0, 8)}`,
          maskedName: '林*强',
          idMasked: `${THIRD.slice(0, 4)}**********${THIRD.slice(14)}`,
          idEnvelope: await sealResidentId(THIRD, id, key),
          phone: '13900139000',
          claimedAddress: A2,
          householdId: household?.id,
          gridId: household?.gridId,
          householdRole: 'member',
          healthCode: 'green',
          healthCodeAt: SUBMITTED,
          submittedAt: SUBMITTED,
          status: 'pending',
          reviewedBy: null,
          reviewedAt: null,
          reason: null,
          reasonNote: '',
          validFrom: SUBMITTED,
          validUntil: SUBMITTED + 7 * 86_400_000,
          flags: [],
        },
        0,
      ),
    ]);
    expect(reply.status).toBe(200);
    expect((reply.body as { results: Array<{ status: string }> }).results[0]?.status).toBe('applied');
    const stored = await record(id);
    expect(stored?.data.idEnvelope).toBeNull();
    // THIRD already holds one approved pass (the city's, at A1).
    expect(stored?.data.idPasses).toEqual({ approved: 1, addresses: 1 });
    const match = await opened.db.query<{ id_hmac: string; status: string }>(
      'SELECT id_hmac, status FROM pass_id_matches WHERE registration_id = $1',
      [id],
    );
    expect(match.rows[0]?.status).toBe('pending');
    expect(match.rows[0]?.id_hmac).toMatch(/^[0-9a-f]{64}$/);
    // Approving it recounts the city's registration too.
    await chief.push([
      chief.mutation(
        'passRegistrations',
        id,
        { status: 'approved', reviewedBy: chief.officerId, reviewedAt: SERVER_NOW },
        stored?.version ?? 0,
      ),
    ]);
    expect((await record(cityRegistration))?.data.idPasses).toEqual({ approved: 1, addresses: 1 });
    // A deleted registration leaves its group.
    const approvedCopy = await record(id);
    await chief.push([
      chief.mutation('passRegistrations', id, { deleted: true }, approvedCopy?.version ?? 0),
    ]);
    expect((await record(cityRegistration))?.data.idPasses).toEqual({ approved: 0, addresses: 0 });
  });

  it('is documented in the OpenAPI document, with its body and the city credential', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, { post?: { security?: unknown; requestBody?: unknown } }>;
    };
    const post = doc.paths[INTAKE_ROUTE]?.post;
    expect(post?.security).toEqual([{ cityIntake: [] }]);
    for (const field of ['externalRef', 'residentId', 'idEnvelope', 'claimedAddress', 'healthCodeAt'])
      expect(JSON.stringify(post?.requestBody)).toContain(field);
  });

  it('never stores a full name or ID number: not in records, matches, audit or anywhere else', async () => {
    const text = await dump(opened.db);
    expect(text).toContain('陈*华'); // the dump does hold the registrations, masked
    for (const name of NAMES) expect(text).not.toContain(name);
    for (const id of [PERSON, SECOND, THIRD, BAD_CHECK]) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(id.slice(4, 14));
    }
  });
});
