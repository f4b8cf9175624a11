/**
 * Pull: station-scoped pages in change order with a cursor that resumes exactly where the
 * last page ended (every record once from 0, a changed record moves to the end), limit
 * bounds, and tombstones — purged after the retention period, after which a cursor below the
 * station's horizon gets 410 resync-required with the oldest servable cursor.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorReplySchema, pullReplySchema, type PullReply, type PushReply } from '#common/sync/protocol';
import { buildApp } from '#server/app';
import { purgeTombstones } from '#server/sync/tombstones';
import { TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

const DAY = 86_400_000;

async function pullAll(client: TestClient, after: number, limit: number): Promise<PullReply[]> {
  const pages: PullReply[] = [];
  let cursor = after;
  for (;;) {
    const r = await client.pull(cursor, limit);
    expect(r.status).toBe(200);
    const page = pullReplySchema.parse(r.body);
    pages.push(page);
    cursor = page.nextCursor;
    if (!page.hasMore) return pages;
  }
}

describe.each(backends)('pull ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  let clock = Date.UTC(2022, 9, 1);

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({ db: opened.db, now: () => clock });
    station = await createStation(opened.db);
    await createStation(opened.db, '别的派出所');
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  const total = () =>
    1 +
    station.dataset.officers.length +
    station.dataset.grids.length +
    station.dataset.controlLevels.length +
    station.dataset.incidents.length;

  it('pages the snapshot in change order, every record once, cursor continuous', async () => {
    const client = await TestClient.enrol(app, station);
    const pages = await pullAll(client, 0, 4);
    const changes = pages.flatMap((p) => p.changes);
    expect(changes.length).toBe(total());
    expect(new Set(changes.map((c) => c.id)).size).toBe(total());
    const seqs = changes.map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(pages.slice(0, -1).every((p) => p.changes.length === 4 && p.hasMore)).toBe(true);
    const last = pages.at(-1)!;
    expect(last.nextCursor).toBe(last.watermark);
    expect(
      changes.every(
        (c) => c.row.stationId === station.stationId && c.row.id === c.id && c.row.version === c.version,
      ),
    ).toBe(true);

    const empty = await client.pull(last.nextCursor);
    expect(empty.body).toEqual({
      changes: [],
      nextCursor: last.nextCursor,
      hasMore: false,
      watermark: last.watermark,
    });

    const incident = station.dataset.incidents[0]!;
    const pushed = await client.push([
      client.mutation('incidents', incident.id, { description: '拉取测试' }, 1),
    ]);
    const { serverSeq } = pushed.body as PushReply;
    const next = await client.pull(last.nextCursor);
    expect(next.body.changes.map((c) => [c.id, c.version, c.seq])).toEqual([[incident.id, 2, serverSeq]]);
    expect(next.body.watermark).toBe(serverSeq);
    // From 0 the record now appears once, at its latest change.
    const again = (await pullAll(client, 0, 1000)).flatMap((p) => p.changes);
    expect(again.filter((c) => c.id === incident.id).map((c) => c.version)).toEqual([2]);
    expect(again.at(-1)?.id).toBe(incident.id);
  });

  it('bounds the limit', async () => {
    const client = await TestClient.enrol(app, station);
    expect((await client.pull(0, 5001)).status).toBe(400);
    expect((await client.pull(0, 1)).body.changes).toHaveLength(1);
    const bad = await app.inject({
      method: 'GET',
      url: '/api/v1/pull?after=-1',
      headers: { 'x-gridroom-api': '1', authorization: `Bearer ${client.credential}` },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('purges old tombstones and answers a cursor below the horizon with 410 resync-required', async () => {
    const client = await TestClient.enrol(app, station);
    const { nextCursor: before } = (await client.pull(0, 5000)).body;
    const victim = station.dataset.incidents[3]!;
    const keep = station.dataset.incidents[4]!;
    clock = Date.UTC(2022, 9, 2);
    await client.push([client.mutation('incidents', victim.id, { deleted: true }, 1)]);
    const { rows } = await opened.db.query<{ change_seq: number }>(
      'SELECT change_seq FROM records WHERE id = $1',
      [victim.id],
    );
    const tombstoneSeq = rows[0]!.change_seq;
    clock = Date.UTC(2022, 9, 20);
    await client.push([client.mutation('incidents', keep.id, { deleted: true }, 1)]);

    // Nothing is old enough yet.
    expect(await purgeTombstones(opened.db, Date.UTC(2022, 9, 25))).toEqual([]);
    const reports = await purgeTombstones(opened.db, Date.UTC(2022, 9, 2) + 31 * DAY);
    expect(reports).toEqual([{ stationId: station.stationId, purged: 1, horizon: tombstoneSeq }]);
    expect((await opened.db.query('SELECT 1 FROM records WHERE id = $1', [victim.id])).rows).toHaveLength(0);
    expect((await opened.db.query('SELECT 1 FROM records WHERE id = $1', [keep.id])).rows).toHaveLength(1);

    const stale = await client.pull(before);
    expect(stale.status).toBe(410);
    expect(errorReplySchema.parse(stale.body)).toMatchObject({
      error: 'resync-required',
      oldestCursor: tombstoneSeq,
    });
    expect((await client.pull(tombstoneSeq)).status).toBe(200);
    const snapshot = (await pullAll(client, 0, 1000)).flatMap((p) => p.changes);
    expect(snapshot.some((c) => c.id === victim.id)).toBe(false);
    expect(snapshot.find((c) => c.id === keep.id)?.row.deleted).toBe(true);
  });

  it('keeps the watermark at the horizon when the newest change was a purged tombstone', async () => {
    const other = await createStation(opened.db, '第三派出所');
    const client = await TestClient.enrol(app, other);
    clock = Date.UTC(2023, 0, 1);
    const id = randomUUID();
    const {
      id: _i,
      stationId: _s,
      version: _v,
      updatedAt: _u,
      updatedBy: _b,
      ...fields
    } = other.dataset.incidents[0]!;
    await client.push([
      client.mutation('incidents', id, fields, 0),
      client.mutation('incidents', id, { deleted: true }, 1),
    ]);
    const top = (await client.pull(0, 5000)).body.watermark;
    await purgeTombstones(opened.db, Date.UTC(2023, 3, 1));
    const after = await client.pull(top);
    expect(after.status).toBe(200);
    expect(after.body.watermark).toBe(top);
  });
});
