/**
 * Exactly-once bookkeeping per client: the last applied seq (row-locked for the whole push, so
 * two pushes of one client never interleave) and the stored result of every applied mutation,
 * returned again when the client resends it.
 */
import type { Queryable } from '../db/database';
import type { MutationResult } from '../../common/sync/protocol';

/** Locks the client's row (creating it at 0) and returns its last applied seq. */
export async function lockClientState(
  tx: Queryable,
  clientId: string,
  stationId: string,
  now: number,
): Promise<number> {
  await tx.query(
    'INSERT INTO client_state (client_id, station_id, last_seq, updated_at) VALUES ($1, $2, 0, $3) ON CONFLICT (client_id) DO NOTHING',
    [clientId, stationId, now],
  );
  const { rows } = await tx.query<{ last_seq: number; station_id: string }>(
    'SELECT last_seq, station_id FROM client_state WHERE client_id = $1 FOR UPDATE',
    [clientId],
  );
  const row = rows[0];
  if (!row || row.station_id !== stationId)
    throw new Error(`client ${clientId} is not of station ${stationId}`);
  return row.last_seq;
}

export async function storedResults(
  tx: Queryable,
  clientId: string,
  seqs: readonly number[],
): Promise<Map<number, MutationResult>> {
  if (seqs.length === 0) return new Map();
  const { rows } = await tx.query<{ seq: number; result: MutationResult }>(
    'SELECT seq, result FROM mutation_results WHERE client_id = $1 AND seq = ANY($2::int8[])',
    [clientId, [...seqs]],
  );
  return new Map(rows.map((r) => [r.seq, r.result]));
}

export async function saveResults(
  tx: Queryable,
  clientId: string,
  results: readonly MutationResult[],
  now: number,
): Promise<void> {
  if (results.length === 0) return;
  await tx.query(
    `INSERT INTO mutation_results (client_id, seq, result)
     SELECT $1, (r->>'seq')::int8, r FROM jsonb_array_elements($2::jsonb) AS r`,
    [clientId, JSON.stringify(results)],
  );
  const last = Math.max(...results.map((r) => r.seq));
  await tx.query('UPDATE client_state SET last_seq = $2, updated_at = $3 WHERE client_id = $1', [
    clientId,
    last,
    now,
  ]);
}
