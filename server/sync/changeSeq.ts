/**
 * The change sequence, the pull cursor (docs/architecture.md §3). Chosen scheme: one PostgreSQL
 * SEQUENCE, drawn only while holding a transaction-level advisory lock per station, which is
 * held until commit. So within a station, transactions that change records commit in the order
 * of the seqs they drew: when a reader can see seq N of a station, every smaller seq of that
 * station is either committed and visible or was rolled back — never still in flight. A pull
 * `WHERE station_id = $1 AND change_seq > $cursor` therefore never skips a late commit, and
 * the watermark is simply the largest change_seq the reader's snapshot sees.
 * The price is that writers of one station take turns between drawing a seq and committing —
 * fine at a station's write rate; stations never wait for each other. (The alternative,
 * `pg_current_xact_id()` + `pg_snapshot_xmin`, lets writers overlap but needs a second
 * column and a stricter reader.) Sequence values are global, so a station's seqs have gaps.
 */
import type { Queryable } from '../db/database';
import { STATION_LOCK_NAMESPACE } from '../db/lockKeys';

/** The SQL expression taking the station's change lock; `stationParam` names the station id, e.g. `$2`. */
export const stationLockSql = (stationParam: string): string =>
  `pg_advisory_xact_lock(${STATION_LOCK_NAMESPACE}, hashtext(${stationParam}::text))`;

/** Takes the station's change lock for the rest of the transaction (waits for other writers). */
export async function lockStation(tx: Queryable, stationId: string): Promise<void> {
  await tx.query(`SELECT ${stationLockSql('$1')}`, [stationId]);
}

/** Draws `count` seqs, ascending. Call only under lockStation in the same transaction. */
export async function nextChangeSeqs(tx: Queryable, count: number): Promise<number[]> {
  if (count === 0) return [];
  const { rows } = await tx.query<{ seq: number }>(
    "SELECT nextval('change_seq') AS seq FROM generate_series(1, $1::int)",
    [count],
  );
  return rows.map((r) => r.seq).sort((a, b) => a - b);
}

/** The watermark query: station id is $1; one row, column `watermark`. */
export const WATERMARK_SQL = `SELECT GREATEST(
       COALESCE((SELECT MAX(change_seq) FROM records WHERE station_id = $1), 0),
       COALESCE((SELECT horizon_seq FROM tombstone_horizon WHERE station_id = $1), 0)
     )::int8 AS watermark`;

/** The station's watermark: the largest change seq visible (or the purge horizon, if larger). */
export async function readWatermark(q: Queryable, stationId: string): Promise<number> {
  const { rows } = await q.query<{ watermark: number }>(WATERMARK_SQL, [stationId]);
  return rows[0]?.watermark ?? 0;
}
