/**
 * Officers as the centre knows them: the synced `officers` record (name, badge, access,
 * active) read from `records`, plus the server-only PIN hash (officer_pins). Only live (not
 * deleted) officers of the given station are found; an officer row without `access` or
 * `active` reads as an active duty officer, as the schema's defaults say.
 */
import { isUuid } from './uuid';
import type { Queryable } from '../db/database';
import type { OfficerAccess } from '#common/schemas/station';
import type { SignedInOfficer } from '#common/auth/protocol';

export interface CentreOfficer extends SignedInOfficer {
  stationId: string;
  active: boolean;
}

interface OfficerRow {
  id: string;
  station_id: string;
  data: { name?: unknown; badgeNo?: unknown; access?: unknown; active?: unknown };
}

function fromRow(row: OfficerRow): CentreOfficer {
  const access: OfficerAccess = row.data.access === 'station-chief' ? 'station-chief' : 'duty-officer';
  return {
    id: row.id,
    stationId: row.station_id,
    name: typeof row.data.name === 'string' ? row.data.name : '',
    badgeNo: typeof row.data.badgeNo === 'string' ? row.data.badgeNo : '',
    access,
    active: row.data.active !== false,
  };
}

export async function officerByBadge(
  q: Queryable,
  stationId: string,
  badgeNo: string,
): Promise<CentreOfficer | null> {
  const { rows } = await q.query<OfficerRow>(
    `SELECT id, station_id, data FROM records
      WHERE entity = 'officers' AND station_id = $1 AND data->>'badgeNo' = $2 AND NOT deleted`,
    [stationId, badgeNo],
  );
  return rows[0] ? fromRow(rows[0]) : null;
}

export async function officerById(
  q: Queryable,
  stationId: string,
  id: string,
): Promise<CentreOfficer | null> {
  if (!isUuid(id)) return null;
  const { rows } = await q.query<OfficerRow>(
    `SELECT id, station_id, data FROM records
      WHERE entity = 'officers' AND id = $1 AND station_id = $2 AND NOT deleted`,
    [id, stationId],
  );
  return rows[0] ? fromRow(rows[0]) : null;
}

export function signedIn(o: CentreOfficer): SignedInOfficer {
  return { id: o.id, name: o.name, badgeNo: o.badgeNo, access: o.access };
}

export async function pinHashOf(q: Queryable, officerId: string): Promise<string | null> {
  const { rows } = await q.query<{ pin_hash: string }>(
    'SELECT pin_hash FROM officer_pins WHERE officer_id = $1',
    [officerId],
  );
  return rows[0]?.pin_hash ?? null;
}

export async function setPinHash(
  q: Queryable,
  officerId: string,
  stationId: string,
  pinHash: string,
  now: number,
): Promise<void> {
  await q.query(
    `INSERT INTO officer_pins (officer_id, station_id, pin_hash, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (officer_id) DO UPDATE SET pin_hash = EXCLUDED.pin_hash, updated_at = EXCLUDED.updated_at`,
    [officerId, stationId, pinHash, now],
  );
}
