/**
 * Tombstone purge: deleted records older than the retention period (longer than the longest
 * allowed offline period) are removed, station by station under the station's change lock, and
 * the station's horizon rises to the largest purged seq. A client whose cursor is below the
 * horizon may have missed a delete and is told to resync (pull answers 410).
 */
import type { Database } from '../db/database';
import { lockStation } from './changeSeq';

export const DEFAULT_TOMBSTONE_RETENTION_MS = 30 * 86_400_000;

export interface PurgeReport {
  stationId: string;
  purged: number;
  horizon: number;
}

export async function purgeTombstones(
  db: Database,
  now: number,
  retentionMs = DEFAULT_TOMBSTONE_RETENTION_MS,
): Promise<PurgeReport[]> {
  const cutoff = now - retentionMs;
  const { rows: stations } = await db.query<{ station_id: string }>(
    'SELECT DISTINCT station_id FROM records WHERE deleted AND updated_at < $1',
    [cutoff],
  );
  const reports: PurgeReport[] = [];
  for (const { station_id: stationId } of stations) {
    const report = await db.transaction(async (tx) => {
      await lockStation(tx, stationId);
      const { rows } = await tx.query<{ purged: number; horizon: number | null }>(
        `WITH gone AS (DELETE FROM records WHERE station_id = $1 AND deleted AND updated_at < $2 RETURNING change_seq)
         SELECT COUNT(*)::int8 AS purged, MAX(change_seq)::int8 AS horizon FROM gone`,
        [stationId, cutoff],
      );
      const purged = rows[0]?.purged ?? 0;
      const top = rows[0]?.horizon ?? 0;
      const { rows: h } = await tx.query<{ horizon_seq: number }>(
        `INSERT INTO tombstone_horizon (station_id, horizon_seq, purged_at) VALUES ($1, $2, $3)
         ON CONFLICT (station_id) DO UPDATE SET horizon_seq = GREATEST(tombstone_horizon.horizon_seq, EXCLUDED.horizon_seq),
           purged_at = EXCLUDED.purged_at
         RETURNING horizon_seq`,
        [stationId, top, now],
      );
      return { stationId, purged, horizon: h[0]?.horizon_seq ?? top };
    });
    if (report.purged > 0) reports.push(report);
  }
  return reports;
}
