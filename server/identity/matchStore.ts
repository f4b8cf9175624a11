/**
 * The centre's match table (migration 004): one row per finding whose ID the centre has seen,
 * with the HMAC of the ID, the station and the household (address) of the finding's visit.
 * Matching never leaves a station: every query is scoped by station_id.
 */
import type { Queryable } from '../db/database';
import type { IdSeen } from '#common/schemas/sweep';

export interface MatchRow {
  findingId: string;
  hmac: string;
  householdId: string | null;
}

/** The HMAC each of these findings had before (to recount a group a finding leaves). */
export async function previousHmacs(tx: Queryable, findingIds: readonly string[]): Promise<string[]> {
  if (findingIds.length === 0) return [];
  const { rows } = await tx.query<{ id_hmac: string }>(
    'SELECT DISTINCT id_hmac FROM resident_id_matches WHERE finding_id = ANY($1::uuid[])',
    [findingIds],
  );
  return rows.map((r) => r.id_hmac);
}

/** Forgets deleted findings; returns the HMAC groups they left (to recount). */
export async function deleteMatches(
  tx: Queryable,
  stationId: string,
  findingIds: readonly string[],
): Promise<string[]> {
  if (findingIds.length === 0) return [];
  const { rows } = await tx.query<{ id_hmac: string }>(
    'DELETE FROM resident_id_matches WHERE station_id = $1 AND finding_id = ANY($2::uuid[]) RETURNING id_hmac',
    [stationId, findingIds],
  );
  return [...new Set(rows.map((r) => r.id_hmac))];
}

export async function upsertMatches(
  tx: Queryable,
  stationId: string,
  rows: readonly MatchRow[],
  now: number,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO resident_id_matches (finding_id, station_id, id_hmac, household_id, created_at)
     SELECT f, $1, h, hh, $5 FROM unnest($2::uuid[], $3::text[], $4::uuid[]) AS t(f, h, hh)
     ON CONFLICT (finding_id) DO UPDATE SET id_hmac = EXCLUDED.id_hmac, household_id = EXCLUDED.household_id
     WHERE resident_id_matches.station_id = EXCLUDED.station_id`,
    [stationId, rows.map((r) => r.findingId), rows.map((r) => r.hmac), rows.map((r) => r.householdId), now],
  );
}

/** Every finding of the station in the given HMAC groups, with its group's `idSeen`. */
export async function seenByFinding(
  tx: Queryable,
  stationId: string,
  hmacs: readonly string[],
): Promise<Map<string, IdSeen>> {
  const seen = new Map<string, IdSeen>();
  if (hmacs.length === 0) return seen;
  const { rows } = await tx.query<{ finding_id: string; findings: number; addresses: number }>(
    `SELECT finding_id,
            COUNT(*) OVER (PARTITION BY id_hmac)::int AS findings,
            (SELECT COUNT(DISTINCT household_id) FROM resident_id_matches o
              WHERE o.station_id = m.station_id AND o.id_hmac = m.id_hmac)::int AS addresses
       FROM resident_id_matches m
      WHERE station_id = $1 AND id_hmac = ANY($2::text[])`,
    [stationId, hmacs],
  );
  for (const r of rows) seen.set(r.finding_id, { findings: r.findings, addresses: r.addresses });
  return seen;
}
