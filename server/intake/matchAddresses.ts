/**
 * Finds the households a batch's claimed addresses name, in every station, by standard-address
 * key — one indexed query (migration 007's `records_household_address_key`; the expression is
 * server/intake/addressKeySql.ts, the same text as the index's). The caller decides: a key held
 * in its own station matches; one held only in another station's base refuses the row.
 */
import type { Queryable } from '../db/database';
import { householdKeySql } from './addressKeySql';

export interface KeyedHousehold {
  key: string;
  id: string;
  stationId: string;
  gridId: string | null;
}

const KEY = householdKeySql('data');

/** Every live household, of any station, whose key is one of `keys`; ordered by id. */
export async function householdsByKey(q: Queryable, keys: readonly string[]): Promise<KeyedHousehold[]> {
  if (keys.length === 0) return [];
  const { rows } = await q.query<{ key: string; id: string; station_id: string; grid_id: string | null }>(
    `SELECT ${KEY} AS key, id, station_id, data->>'gridId' AS grid_id
       FROM records
      WHERE entity = 'households' AND NOT deleted AND ${KEY} = ANY($1::text[])
      ORDER BY id`,
    [[...new Set(keys)]],
  );
  return rows.map((r) => ({ key: r.key, id: r.id, stationId: r.station_id, gridId: r.grid_id }));
}

/** The ids of those grids that are live grids of the station. */
export async function liveGrids(
  q: Queryable,
  stationId: string,
  gridIds: readonly string[],
): Promise<Set<string>> {
  const ids = [...new Set(gridIds)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (ids.length === 0) return new Set();
  const { rows } = await q.query<{ id: string }>(
    `SELECT id FROM records WHERE entity = 'grids' AND station_id = $1 AND NOT deleted AND id = ANY($2::uuid[])`,
    [stationId, ids],
  );
  return new Set(rows.map((r) => r.id));
}
