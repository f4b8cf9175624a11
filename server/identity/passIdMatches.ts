/**
 * The registrations' side of the centre's match table (migration 007, `pass_id_matches`): one
 * row per pass registration whose resident ID the centre has seen, with the ID's HMAC (never
 * the ID), the claimed standard-address key and the registration's status. From it come
 * `idPasses` (the other approved passes of the same ID in the station, and at how many
 * addresses) and intake's `duplicate` flag (the same ID already pending at the same address).
 * Every query is scoped by station: matching never crosses stations. Nothing here is logged.
 */
import type { IdPasses, PassStatus } from '#common/schemas/pass';
import type { Queryable } from '../db/database';

export interface PassMatchRow {
  registrationId: string;
  hmac: string;
  addressKey: string;
  status: PassStatus;
}

/** The match rows these registrations of the station have now. */
export async function passMatchesOf(
  tx: Queryable,
  stationId: string,
  registrationIds: readonly string[],
): Promise<Map<string, PassMatchRow>> {
  const found = new Map<string, PassMatchRow>();
  if (registrationIds.length === 0) return found;
  const { rows } = await tx.query<{
    registration_id: string;
    id_hmac: string;
    address_key: string;
    status: PassStatus;
  }>(
    `SELECT registration_id, id_hmac, address_key, status FROM pass_id_matches
      WHERE station_id = $1 AND registration_id = ANY($2::uuid[])`,
    [stationId, registrationIds],
  );
  for (const r of rows)
    found.set(r.registration_id, {
      registrationId: r.registration_id,
      hmac: r.id_hmac,
      addressKey: r.address_key,
      status: r.status,
    });
  return found;
}

export async function upsertPassMatches(
  tx: Queryable,
  stationId: string,
  rows: readonly PassMatchRow[],
  now: number,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO pass_id_matches (registration_id, station_id, id_hmac, address_key, status, created_at)
     SELECT r, $1, h, a, s, $6 FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) AS t(r, h, a, s)
     ON CONFLICT (registration_id) DO UPDATE
       SET id_hmac = EXCLUDED.id_hmac, address_key = EXCLUDED.address_key, status = EXCLUDED.status
     WHERE pass_id_matches.station_id = EXCLUDED.station_id`,
    [
      stationId,
      rows.map((r) => r.registrationId),
      rows.map((r) => r.hmac),
      rows.map((r) => r.addressKey),
      rows.map((r) => r.status),
      now,
    ],
  );
}

/** Forgets deleted registrations. */
export async function deletePassMatches(
  tx: Queryable,
  stationId: string,
  registrationIds: readonly string[],
): Promise<void> {
  if (registrationIds.length === 0) return;
  await tx.query('DELETE FROM pass_id_matches WHERE station_id = $1 AND registration_id = ANY($2::uuid[])', [
    stationId,
    registrationIds,
  ]);
}

/**
 * Every registration of the station in the given HMAC groups, with its `idPasses`: how many
 * OTHER registrations of the same ID are approved, and at how many distinct addresses.
 */
export async function idPassesByRegistration(
  tx: Queryable,
  stationId: string,
  hmacs: readonly string[],
): Promise<Map<string, IdPasses>> {
  const passes = new Map<string, IdPasses>();
  if (hmacs.length === 0) return passes;
  const { rows } = await tx.query<{ registration_id: string; approved: number; addresses: number }>(
    `SELECT m.registration_id,
            COUNT(*) FILTER (WHERE o.status = 'approved' AND o.registration_id <> m.registration_id)::int AS approved,
            COUNT(DISTINCT o.address_key)
              FILTER (WHERE o.status = 'approved' AND o.registration_id <> m.registration_id)::int AS addresses
       FROM pass_id_matches m
       JOIN pass_id_matches o ON o.station_id = m.station_id AND o.id_hmac = m.id_hmac
      WHERE m.station_id = $1 AND m.id_hmac = ANY($2::text[])
      GROUP BY m.registration_id`,
    [stationId, hmacs],
  );
  for (const r of rows) passes.set(r.registration_id, { approved: r.approved, addresses: r.addresses });
  return passes;
}

/** Per HMAC group: the approved registrations it holds now, and at how many addresses. */
export async function approvedByHmac(
  tx: Queryable,
  stationId: string,
  hmacs: readonly string[],
): Promise<Map<string, IdPasses>> {
  const counts = new Map<string, IdPasses>();
  if (hmacs.length === 0) return counts;
  const { rows } = await tx.query<{ id_hmac: string; approved: number; addresses: number }>(
    `SELECT id_hmac, COUNT(*)::int AS approved, COUNT(DISTINCT address_key)::int AS addresses
       FROM pass_id_matches
      WHERE station_id = $1 AND id_hmac = ANY($2::text[]) AND status = 'approved'
      GROUP BY id_hmac`,
    [stationId, hmacs],
  );
  for (const r of rows) counts.set(r.id_hmac, { approved: r.approved, addresses: r.addresses });
  return counts;
}

/** `hmac|addressKey` of each given pair that already has a pending registration in the station. */
export async function pendingPairs(
  tx: Queryable,
  stationId: string,
  pairs: ReadonlyArray<{ hmac: string; addressKey: string }>,
): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const { rows } = await tx.query<{ id_hmac: string; address_key: string }>(
    `SELECT DISTINCT m.id_hmac, m.address_key
       FROM pass_id_matches m
       JOIN unnest($2::text[], $3::text[]) AS p(h, a) ON m.id_hmac = p.h AND m.address_key = p.a
      WHERE m.station_id = $1 AND m.status = 'pending'`,
    [stationId, pairs.map((p) => p.hmac), pairs.map((p) => p.addressKey)],
  );
  return new Set(rows.map((r) => `${r.id_hmac}|${r.address_key}`));
}
