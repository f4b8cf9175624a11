/**
 * Pull: a station's changes after a cursor, in change-seq order, up to the watermark, read in
 * one snapshot (REPEATABLE READ) so horizon, watermark and page agree. Rows leave the database
 * as jsonb text and are spliced into the reply unparsed — the reply of a 5000-row page is
 * built without parsing and re-serialising every row. A cursor older than the station's
 * tombstone horizon (deletes since purged) cannot be served: the client must resync from 0.
 * Nor can a cursor beyond the watermark (the server was restored to an earlier state): the
 * watermark never goes down otherwise, so such a cursor is answered resync from 0 too.
 */
import type { Database } from '../db/database';

export interface PulledChange {
  entity: string;
  id: string;
  seq: number;
  version: number;
  /** The row as JSON text. */
  rowJson: string;
}

export type PullOutcome =
  | { kind: 'page'; changes: PulledChange[]; nextCursor: number; hasMore: boolean; watermark: number }
  | { kind: 'resync'; oldestCursor: number };

export async function pullChanges(
  db: Database,
  stationId: string,
  after: number,
  limit: number,
): Promise<PullOutcome> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const { rows: marks } = await tx.query<{ horizon: number; top: number }>(
      `SELECT COALESCE((SELECT horizon_seq FROM tombstone_horizon WHERE station_id = $1), 0)::int8 AS horizon,
              COALESCE((SELECT MAX(change_seq) FROM records WHERE station_id = $1), 0)::int8 AS top`,
      [stationId],
    );
    const horizon = marks[0]?.horizon ?? 0;
    const watermark = Math.max(horizon, marks[0]?.top ?? 0);
    if (after > 0 && after < horizon) return { kind: 'resync', oldestCursor: horizon };
    // A cursor the station never reached (the database was restored from an older backup):
    // waiting for changes above it would miss every change made after the restore.
    if (after > watermark) return { kind: 'resync', oldestCursor: 0 };
    const { rows } = await tx.query<{
      entity: string;
      id: string;
      seq: number;
      version: number;
      row: string;
    }>(
      `SELECT entity, id, change_seq AS seq, version, data::text AS row FROM records
        WHERE station_id = $1 AND change_seq > $2 AND change_seq <= $3
        ORDER BY change_seq LIMIT $4`,
      [stationId, after, watermark, limit + 1],
    );
    const hasMore = rows.length > limit;
    const page = hasMore ? rows.slice(0, limit) : rows;
    const changes = page.map((r) => ({
      entity: r.entity,
      id: r.id,
      seq: r.seq,
      version: r.version,
      rowJson: r.row,
    }));
    return { kind: 'page', changes, nextCursor: changes.at(-1)?.seq ?? after, hasMore, watermark };
  });
}

/** The PullReply JSON text (common/sync/protocol.ts pullReplySchema) of a page. */
export function pullReplyJson(page: Extract<PullOutcome, { kind: 'page' }>): string {
  const parts = page.changes.map(
    (c) =>
      `{"entity":${JSON.stringify(c.entity)},"id":${JSON.stringify(c.id)},"seq":${c.seq},"version":${c.version},"row":${c.rowJson}}`,
  );
  return `{"changes":[${parts.join(',')}],"nextCursor":${page.nextCursor},"hasMore":${page.hasMore},"watermark":${page.watermark}}`;
}
