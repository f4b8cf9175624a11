/**
 * Exactly-once bookkeeping per client: the last applied seq (row-locked for the whole push, so
 * two pushes of one client never interleave) and the stored result of every applied mutation,
 * returned again when the client resends it. Each stored result keeps a hash of the mutation's
 * payload (canonical JSON of entity, id, patch, baseVersion and madeBy; madeAt is display
 * only): a resend with the same payload gets its stored result, a (clientId, seq) reused for a
 * different payload is refused whole with 409 seq-reused — never answered "applied" while its
 * payload is dropped. Results stored before migration 003 have no hash and are answered as
 * before.
 */
import { hash } from 'node:crypto';
import type { Queryable } from '../db/database';
import type { Statement } from '../db/writeBatch';
import type { Mutation } from '#common/sync/mutation';
import type { MutationResult } from '#common/sync/protocol';
import { ApiError } from '../http/apiError';
import { stationLockSql } from './changeSeq';
import { canonicalJson } from './jsonEqual';

/** 409 seq-reused: thrown inside the push transaction (nothing of the batch is applied). */
export class SeqReusedError extends ApiError {
  constructor(readonly seq: number) {
    super(
      409,
      'seq-reused',
      `同一序号的修改内容不一致，已拒绝 / seq ${seq} was already applied with a different payload: a (clientId, seq) is never reused.`,
    );
  }
}

/** SHA-256 (hex) of the canonical JSON of what a mutation changes and who made it. */
export function payloadHash(m: Pick<Mutation, 'entity' | 'id' | 'patch' | 'baseVersion' | 'madeBy'>): string {
  const payload = canonicalJson({
    entity: m.entity,
    id: m.id,
    patch: m.patch,
    baseVersion: m.baseVersion,
    madeBy: m.madeBy,
  });
  return hash('sha256', payload, 'hex'); // one-shot: no Hash object per mutation
}

/**
 * Locks the client's row (creating it at 0), then the station's change lock (sync/changeSeq),
 * and returns the client's last applied seq — one statement: the no-op DO UPDATE takes the row
 * lock, and RETURNING, which runs once the row is locked, reads it and takes the station lock
 * (the same order as taking them one by one, so no new deadlock). updated_at (the time of the
 * client's previous push, which auth/authorizeMutations reads) is left untouched.
 */
export async function lockClientAndStation(
  tx: Queryable,
  clientId: string,
  stationId: string,
  now: number,
): Promise<number> {
  const { rows } = await tx.query<{ last_seq: number; station_id: string }>(
    `INSERT INTO client_state (client_id, station_id, last_seq, updated_at) VALUES ($1, $2, 0, $3)
     ON CONFLICT (client_id) DO UPDATE SET client_id = EXCLUDED.client_id
     RETURNING last_seq, station_id, ${stationLockSql('$2')} AS station_locked`,
    [clientId, stationId, now],
    { prepare: true },
  );
  const row = rows[0];
  if (!row || row.station_id !== stationId)
    throw new Error(`client ${clientId} is not of station ${stationId}`);
  return row.last_seq;
}

/** seq → payloadHash of each mutation: computed before the push's transaction, not in it. */
export type PayloadHashes = ReadonlyMap<number, string>;

export const payloadHashes = (mutations: readonly Mutation[]): PayloadHashes =>
  new Map(mutations.map((m) => [m.seq, payloadHash(m)]));

/**
 * The stored results of resent mutations, by seq. Throws SeqReusedError when a resent
 * mutation's payload differs from the one applied under its seq.
 */
export async function storedResults(
  tx: Queryable,
  clientId: string,
  resent: readonly Mutation[],
  hashes: PayloadHashes = payloadHashes(resent),
): Promise<Map<number, MutationResult>> {
  if (resent.length === 0) return new Map();
  const { rows } = await tx.query<{ seq: number; result: MutationResult; payload_hash: string | null }>(
    'SELECT seq, result, payload_hash FROM mutation_results WHERE client_id = $1 AND seq = ANY($2::int8[])',
    [clientId, resent.map((m) => m.seq)],
  );
  const bySeq = new Map(rows.map((r) => [Number(r.seq), r]));
  const results = new Map<number, MutationResult>();
  for (const m of resent) {
    const row = bySeq.get(m.seq);
    if (!row) continue;
    if (row.payload_hash !== null && row.payload_hash !== (hashes.get(m.seq) ?? payloadHash(m)))
      throw new SeqReusedError(m.seq);
    results.set(m.seq, row.result);
  }
  return results;
}

/**
 * Stores the results of freshly applied mutations (with their payload hashes) and the last
 * seq, as statements to send with the push's other writes (db/writeBatch).
 */
export function saveResultsStatements(
  clientId: string,
  results: readonly MutationResult[],
  now: number,
  applied: readonly Mutation[],
  hashes: PayloadHashes = payloadHashes(applied),
): Statement[] {
  if (results.length === 0) return [];
  const rows = results.map((r) => ({ result: r, hash: hashes.get(r.seq) ?? null }));
  const last = Math.max(...results.map((r) => r.seq));
  return [
    {
      sql: `INSERT INTO mutation_results (client_id, seq, result, payload_hash)
     SELECT $1, (r->'result'->>'seq')::int8, r->'result', r->>'hash' FROM jsonb_array_elements($2::jsonb) AS r`,
      params: [clientId, JSON.stringify(rows)],
    },
    {
      sql: 'UPDATE client_state SET last_seq = $2, updated_at = $3 WHERE client_id = $1',
      params: [clientId, last, now],
    },
  ];
}
