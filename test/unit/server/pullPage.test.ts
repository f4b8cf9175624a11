/**
 * The pull page as the database builds it (server/sync/pull.ts): rows whose JSON is unusual —
 * quotes, backslashes, control characters, U+2028, astral-plane characters, nested arrays,
 * awkward keys and numbers — arrive in a reply that parses and equals the rows written; and
 * hasMore/nextCursor/watermark at a page that ends exactly at the station's last change, also
 * when the watermark is a tombstone horizon above it (a pull from 0).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullReplySchema, type PullReply } from '#common/sync/protocol';
import { buildApp } from '#server/app';
import type { Database } from '#server/db/database';
import { lockStation, nextChangeSeqs } from '#server/sync/changeSeq';
import { pullChanges } from '#server/sync/pull';
import { TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, type TestStation } from './fixtures';

/** Writes rows as new incidents records, each at its own change seq, as a push would. */
async function writeRows(db: Database, stationId: string, rows: readonly Record<string, unknown>[]) {
  return db.transaction(async (tx) => {
    await lockStation(tx, stationId);
    const seqs = await nextChangeSeqs(tx, rows.length);
    for (const [i, row] of rows.entries())
      await tx.query(
        `INSERT INTO records (entity, id, station_id, version, change_seq, data, deleted, updated_at)
         VALUES ('incidents', $1, $2, 1, $3, $4::jsonb, false, 0)`,
        [row.id, stationId, seqs[i], JSON.stringify(row)],
      );
    return seqs;
  });
}

describe.each(backends)('pull page text ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  let client: TestClient;

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({ db: opened.db });
    station = await createStation(opened.db);
    client = await TestClient.enrol(app, station);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  it('splices rows with unusual JSON into a reply that parses and equals them', async () => {
    const start = (await client.pull(0, 5000)).body.watermark;
    const row = (extra: Record<string, unknown>) => ({ id: randomUUID(), stationId: station.stationId, version: 1, ...extra });
    const rows = [
      row({ text: '引号 "quoted" \\ back\\slash / slash', emoji: '🚓👮‍♀️ 𠮷', controls: '\u0001\u001f\t\n\r\b\f' }),
      row({ separators: '\u2028\u2029', nested: [[1, [2, [3, []]]], { a: [{ b: null }] }, []], empty: {} }),
      row({ 'k"ey\\': 'v', 'ключ': 'значение', '': 'empty key', numbers: [0.30000000000000004, -12.5e-7, 9007199254740991, 0] }),
      row({ deleted: false, bools: [true, false, null], long: 'x'.repeat(70_000) }),
    ];
    const seqs = await writeRows(opened.db, station.stationId, rows);
    const r = await client.pull(start, 5000);
    expect(r.status).toBe(200);
    const reply = pullReplySchema.parse(r.body);
    expect(reply.changes.map((c) => c.row)).toEqual(rows);
    expect(reply.changes.map((c) => [c.entity, c.id, c.seq, c.version])).toEqual(
      rows.map((x, i) => ['incidents', x.id, seqs[i], 1]),
    );
    expect(reply).toMatchObject({ nextCursor: seqs.at(-1), hasMore: false, watermark: seqs.at(-1) });
    // The parsed form (tests, tools) is the same reply.
    expect(await pullChanges(opened.db, station.stationId, start, 5000)).toEqual({ kind: 'page', ...reply });
  });

  it('ends a full page at the last change with hasMore false, also below a tombstone horizon', async () => {
    const top = (await client.pull(0, 5000)).body.watermark;
    const page = async (after: number, limit: number): Promise<PullReply> =>
      pullReplySchema.parse((await client.pull(after, limit)).body);
    expect(await page(top - 3, 2)).toMatchObject({ hasMore: true, nextCursor: top - 1, watermark: top });
    expect(await page(top - 3, 3)).toMatchObject({ hasMore: false, nextCursor: top, watermark: top });
    expect(await page(top - 3, 4)).toMatchObject({ hasMore: false, nextCursor: top, watermark: top });
    // The newest changes were purged tombstones: the horizon, and so the watermark, is above
    // the last record; a cursor below the horizon must resync, but a pull from 0 is served.
    await opened.db.query(
      'INSERT INTO tombstone_horizon (station_id, horizon_seq, purged_at) VALUES ($1, $2, 0)',
      [station.stationId, top + 10],
    );
    const { rows } = await opened.db.query<{ n: number }>(
      'SELECT COUNT(*)::int4 AS n FROM records WHERE station_id = $1',
      [station.stationId],
    );
    const n = rows[0]?.n ?? 0;
    expect(await page(0, n)).toMatchObject({ hasMore: false, nextCursor: top, watermark: top + 10 });
    expect(await page(0, n - 1)).toMatchObject({ hasMore: true, nextCursor: top - 1, watermark: top + 10 });
    expect(await page(top + 10, 5)).toEqual({
      changes: [],
      nextCursor: top + 10,
      hasMore: false,
      watermark: top + 10,
    });
  });
});
