/**
 * Pokes: "station S changed, up to seq N". Sent with NOTIFY inside the changing transaction,
 * so PostgreSQL delivers it only once the change is committed — to every process listening,
 * which keeps API processes stateless (PGlite delivers its own NOTIFY the same way). A PokeHub
 * holds one LISTEN per process and fans pokes out to that station's SSE streams.
 */
import { z } from 'zod';
import type { Database, Queryable } from '../db/database';
import type { Statement } from '../db/writeBatch';
import { WATERMARK_SQL } from './changeSeq';

export const POKE_CHANNEL = 'gridroom_poke';

const pokePayloadSchema = z.object({ stationId: z.string(), seq: z.number().int().nonnegative() });

export async function notifyPoke(tx: Queryable, stationId: string, seq: number): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [POKE_CHANNEL, JSON.stringify({ stationId, seq })]);
}

/**
 * Reads the station's watermark (sync/changeSeq readWatermark) and pokes it, in one statement —
 * the end of a push that changed something.
 */
export async function notifyWatermark(tx: Queryable, stationId: string): Promise<number> {
  const { rows } = await tx.query<{ watermark: number }>(
    `WITH w AS (${WATERMARK_SQL})
     SELECT watermark, pg_notify($2, jsonb_build_object('stationId', $1::text, 'seq', watermark)::text) FROM w`,
    [stationId, POKE_CHANNEL],
  );
  return rows[0]?.watermark ?? 0;
}

/**
 * The closing SELECT of a push's one write statement (db/writeBatch FinalSelect): the station's
 * watermark — the larger of what the statement's snapshot sees and the largest change seq the
 * writes returned (`seqCtes`: CTEs returning `change_seq`) — poked when `poke` is true.
 * Replaces reading the watermark in a round trip of its own after the writes.
 */
export function watermarkPokeSelect(stationId: string, seqCtes: readonly string[], poke: boolean): Statement {
  const written = seqCtes.map((cte) => `(SELECT MAX(change_seq) FROM ${cte})`);
  return {
    sql: `SELECT w.watermark,
       CASE WHEN $3::boolean THEN pg_notify($2, jsonb_build_object('stationId', $1::text, 'seq', w.watermark)::text) END
       FROM (SELECT GREATEST((${WATERMARK_SQL}), ${[...written, '0'].join(', ')})::int8 AS watermark) w`,
    params: [stationId, POKE_CHANNEL, poke],
  };
}

export type PokeListener = (seq: number) => void;

export interface PokeHub {
  subscribe(stationId: string, listener: PokeListener): () => void;
  close(): Promise<void>;
}

export async function createPokeHub(
  db: Database,
  onError: (error: unknown) => void = () => undefined,
): Promise<PokeHub> {
  const listeners = new Map<string, Set<PokeListener>>();
  const unlisten = await db.listen(POKE_CHANNEL, (payload) => {
    try {
      const poke = pokePayloadSchema.parse(JSON.parse(payload));
      for (const fn of listeners.get(poke.stationId) ?? []) fn(poke.seq);
    } catch (error) {
      onError(error);
    }
  });
  return {
    subscribe(stationId, listener) {
      let set = listeners.get(stationId);
      if (!set) listeners.set(stationId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(stationId);
      };
    },
    close: () => unlisten(),
  };
}
