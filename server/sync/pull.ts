/**
 * Pull: a station's changes after a cursor, in change-seq order, up to the watermark, read in
 * one snapshot (REPEATABLE READ) so horizon, watermark and page agree. The database builds the
 * page's `changes` array as one text value (string_agg of each change's JSON, the row spliced
 * from jsonb text unparsed): the driver converts one value instead of 5,000 rows × 5 columns,
 * and Node never parses or re-serialises a row. A cursor older than the station's tombstone
 * horizon (deletes since purged) cannot be served: the client must resync from 0. Nor can a
 * cursor beyond the watermark (the server was restored to an earlier state): the watermark
 * never goes down otherwise, so such a cursor is answered resync from 0 too.
 *
 * The page must be read along records_station_seq, stopping after `limit` rows. Without
 * statistics (PGlite runs no autovacuum, so a table filled since the last ANALYZE has none)
 * the planner guesses a handful of rows and instead bitmap-scans every row after the cursor
 * and sorts them — 64,000 rows and a 30 MB on-disk sort for one page of a 100k station. The
 * transaction therefore turns bitmap scans and sorts off (set_config(…, true): this
 * transaction only), leaving the index scan as the plan whatever the statistics say.
 */
import type { PullReply } from '#common/sync/protocol';
import type { Database } from '../db/database';

export type PullOutcome =
  | {
      kind: 'page';
      /** The PullReply's `changes` array as JSON text. */
      changesJson: string;
      count: number;
      nextCursor: number;
      hasMore: boolean;
      watermark: number;
    }
  | { kind: 'resync'; oldestCursor: number };

export async function pullPage(
  db: Database,
  stationId: string,
  after: number,
  limit: number,
): Promise<PullOutcome> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const { rows: marks } = await tx.query<{ horizon: number; top: number }>(
      `SELECT COALESCE((SELECT horizon_seq FROM tombstone_horizon WHERE station_id = $1), 0)::int8 AS horizon,
              COALESCE((SELECT MAX(change_seq) FROM records WHERE station_id = $1), 0)::int8 AS top,
              set_config('enable_bitmapscan', 'off', true), set_config('enable_sort', 'off', true)`,
      [stationId],
    );
    const horizon = marks[0]?.horizon ?? 0;
    const top = marks[0]?.top ?? 0;
    const watermark = Math.max(horizon, top);
    if (after > 0 && after < horizon) return { kind: 'resync', oldestCursor: horizon };
    // A cursor the station never reached (the database was restored from an older backup):
    // waiting for changes above it would miss every change made after the restore.
    if (after > watermark) return { kind: 'resync', oldestCursor: 0 };
    const { rows } = await tx.query<{ n: number; last: number | null; changes: string | null }>(
      `SELECT count(*)::int4 AS n, MAX(change_seq)::int8 AS last,
              string_agg(concat('{"entity":', to_json(entity), ',"id":', to_json(id), ',"seq":', change_seq,
                                ',"version":', version, ',"row":', data, '}'), ',' ORDER BY change_seq) AS changes
         FROM (SELECT entity, id, change_seq, version, data FROM records
                WHERE station_id = $1 AND change_seq > $2 AND change_seq <= $3
                ORDER BY change_seq LIMIT $4) AS page`,
      [stationId, after, watermark, limit],
    );
    const count = rows[0]?.n ?? 0;
    const last = rows[0]?.last ?? after;
    // Every row of the snapshot has seq ≤ top ≤ watermark, and the row at `top` exists: a full
    // page ending below it has more after it; one ending at it, or a short page, has not.
    const hasMore = count === limit && last < top;
    return { kind: 'page', changesJson: rows[0]?.changes ?? '', count, nextCursor: last, hasMore, watermark };
  });
}

/** The PullReply JSON text (common/sync/protocol.ts pullReplySchema) of a page. */
export function pullReplyJson(page: Extract<PullOutcome, { kind: 'page' }>): string {
  return `{"changes":[${page.changesJson}],"nextCursor":${page.nextCursor},"hasMore":${page.hasMore},"watermark":${page.watermark}}`;
}

/**
 * The same JSON as UTF-8 bytes, for the wire. Encoding the page once here, from the flat string
 * the driver decoded, spares Fastify measuring a joined string's byte length and the socket
 * encoding it again — each a pass over a few MB.
 */
export function pullReplyBytes(page: Extract<PullOutcome, { kind: 'page' }>): Buffer {
  return Buffer.concat([
    Buffer.from('{"changes":['),
    Buffer.from(page.changesJson),
    Buffer.from(`],"nextCursor":${page.nextCursor},"hasMore":${page.hasMore},"watermark":${page.watermark}}`),
  ]);
}

/** The same page parsed (tests, tools): what a client receives. */
export async function pullChanges(
  db: Database,
  stationId: string,
  after: number,
  limit: number,
): Promise<(PullReply & { kind: 'page' }) | { kind: 'resync'; oldestCursor: number }> {
  const outcome = await pullPage(db, stationId, after, limit);
  if (outcome.kind === 'resync') return outcome;
  return { kind: 'page', ...(JSON.parse(pullReplyJson(outcome)) as PullReply) };
}
