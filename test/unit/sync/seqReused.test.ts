/**
 * A seq reused for a different change (an outbox restored from an old backup, or a second
 * install under one device credential), through the real central API (PGlite) and the real
 * HTTP transport: the push is answered 409 seq-reused, the sync cycle fails with the typed,
 * non-retryable SeqReusedError, nothing of it is applied, and the outbox keeps the change —
 * nothing is dropped silently. The first install, resending its own change, still gets its
 * stored result.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTransport } from '#common/sync/httpTransport';
import { runSyncCycle } from '#common/sync/syncCycle';
import { SeqReusedError } from '#common/sync/syncErrors';
import { buildApp } from '#server/app';
import type { Database } from '#server/db/database';
import { openDatabase } from '#server/db/openDatabase';
import { injectFetch } from './injectFetch';
import { memoryStore } from './memoryStore';
import { enrolSignedIn, signedInStation } from './signedInStation';

const API = 'http://central.test';
const NOW = Date.parse('2026-11-20T02:00:00Z');
let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  db = await openDatabase({});
  app = await buildApp({ db });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const household = (address: string): Record<string, unknown> => ({
  gridId: '22222222-2222-4222-8222-222222222222',
  address,
  building: '1',
  unit: '1',
  room: '101',
  point: [118.15, 24.5],
  registeredResidents: 2,
});

describe('a seq reused for a different change', () => {
  it('fails the cycle with SeqReusedError, applies nothing and keeps the outbox', async () => {
    const station = await signedInStation(db, '序号测试派出所');
    const { stationId } = station;
    const fetchApp = injectFetch(app);
    // The station's chief signed in at the workstation: both installs' changes are made by the chief.
    const { enrolment: enrolled, officerId } = await enrolSignedIn(API, fetchApp, station, 'ws');
    const transport = httpTransport(API, enrolled.credential, fetchApp);

    const first = memoryStore(enrolled.deviceId, stationId, officerId);
    first.write('households', randomUUID(), household('湖里区 1 号'), NOW);
    const sent = structuredClone(first.outbox);
    await runSyncCycle({ store: first, transport, clientId: enrolled.deviceId });
    expect(first.outbox).toEqual([]);

    // A second install under the same credential numbers its own first change 1 again.
    const second = memoryStore(enrolled.deviceId, stationId, officerId);
    const otherId = randomUUID();
    second.write('households', otherId, household('湖里区 2 号'), NOW);
    const error = await runSyncCycle({ store: second, transport, clientId: enrolled.deviceId }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeqReusedError);
    expect(error).toMatchObject({ kind: 'seq-reused', retryable: false });
    expect(second.outbox).toHaveLength(1);
    expect(second.rows.has(`households:${otherId}`)).toBe(true);
    const { rows } = await db.query('SELECT 1 FROM records WHERE id = $1', [otherId]);
    expect(rows).toEqual([]);

    // The first install's true resend is still answered with its stored result.
    const again = await transport.push({ clientId: enrolled.deviceId, mutations: sent });
    expect(again.results.map((r) => r.status)).toEqual(['applied']);
  });
});
