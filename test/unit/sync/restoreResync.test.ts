/**
 * A centre restored from an older backup (issue 12, cursor beyond the watermark): the
 * workstation's cursor now lies beyond every change the station has, and the changes made
 * after the restore are drawn from the restored, lower change sequence. The real central API
 * (PGlite) through the real HTTP transport: the pull answers 410 resync-required, and one
 * sync cycle resyncs from 0 — the workstation ends with exactly the server's rows, including
 * the change made after the restore, and without the records the restore took away.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '#common/demo';
import { httpTransport } from '#common/sync/httpTransport';
import { recordKey, type SyncRow } from '#common/sync/rebase';
import { runSyncCycle } from '#common/sync/syncCycle';
import { ResyncRequiredError } from '#common/sync/syncErrors';
import { validateChanges } from '#common/sync/validateChanges';
import { buildApp } from '#server/app';
import type { Database } from '#server/db/database';
import { openDatabase } from '#server/db/openDatabase';
import { injectFetch } from './injectFetch';
import { memoryStore } from './memoryStore';
import { enrolSignedIn, signedInStation } from './signedInStation';

const API = 'http://central.test';
const NOW = Date.parse('2026-11-20T02:00:00Z');
/** Records the station has before any workstation writes: its own row and its chief's. */
const SEEDED = 2;
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

const incident = (gridId: string, n: number): Record<string, unknown> => ({
  gridId,
  type: 'dispute',
  severity: 'low',
  status: 'new',
  point: [118.15, 24.5],
  description: `警情 ${n}`,
  reportedAt: NOW,
  assignedAt: null,
  resolvedAt: null,
  assigneeId: null,
  timeline: [],
});

describe('a workstation whose cursor is beyond a restored centre’s watermark', () => {
  it('gets resync-required and resyncs from 0 to exactly the server’s rows', async () => {
    const station = await signedInStation(db, '恢复测试派出所');
    const { stationId } = station;
    const fetchApp = injectFetch(app);
    // Each workstation has the station's chief signed in: its changes are made by the chief.
    const enrol = async (name: string) => {
      const { enrolment: reply, officerId } = await enrolSignedIn(API, fetchApp, station, name);
      return {
        reply,
        store: memoryStore(reply.deviceId, stationId, officerId),
        transport: httpTransport(API, reply.credential, fetchApp),
      };
    };
    const sync = (c: Awaited<ReturnType<typeof enrol>>) =>
      runSyncCycle({ store: c.store, transport: c.transport, clientId: c.reply.deviceId });
    const rng = createRng(7);
    const grid = rng.uuid();

    const writer = await enrol('writer');
    for (let n = 0; n < 5; n++) writer.store.write('incidents', rng.uuid(), incident(grid, n), NOW);
    await sync(writer);
    const { rows: marks } = await db.query<{ top: number }>(
      'SELECT MAX(change_seq)::int8 AS top FROM records WHERE station_id = $1',
      [stationId],
    );
    const backupSeq = Number(marks[0]?.top);
    for (let n = 5; n < 10; n++) writer.store.write('incidents', rng.uuid(), incident(grid, n), NOW);
    await sync(writer);

    const ws = await enrol('workstation');
    await sync(ws);
    const cursorBefore = await ws.store.cursor();
    expect(ws.store.rows.size).toBe(SEEDED + 10);

    // The restore: the five later incidents are gone and the change sequence is back at the backup.
    await db.query('DELETE FROM records WHERE station_id = $1 AND change_seq > $2', [stationId, backupSeq]);
    await db.query("SELECT setval('change_seq', $1)", [backupSeq]);
    const after = await enrol('after-restore');
    const newId = rng.uuid();
    after.store.write('incidents', newId, incident(grid, 99), NOW);
    await sync(after);
    const { rows: fresh } = await db.query<{ seq: number }>(
      'SELECT change_seq::int8 AS seq FROM records WHERE id = $1',
      [newId],
    );
    expect(
      Number(fresh[0]?.seq),
      'the change after the restore lies below the old cursor',
    ).toBeLessThanOrEqual(cursorBefore);

    await expect(ws.transport.pull(cursorBefore, 100)).rejects.toBeInstanceOf(ResyncRequiredError);
    const result = await sync(ws);
    expect(result.resynced).toBe(true);

    const server = new Map<string, SyncRow>();
    const page = await ws.transport.pull(0, 5000);
    for (const ch of validateChanges(page.changes)) server.set(recordKey(ch.entity, ch.id), ch.row);
    expect(server.size).toBe(SEEDED + 6);
    expect(server.has(recordKey('incidents', newId))).toBe(true);
    expect(Object.fromEntries(ws.store.rows)).toEqual(Object.fromEntries(server));
    expect(await ws.store.cursor()).toBe(page.nextCursor);
  });
});
