/**
 * The demo seed's pass codes: every approved registration the demo generator made for a
 * station is signed with the centre's own key (never the demo key), as if each had been
 * approved through a push. Runs once, right after seedStation, before anything syncs (the
 * rows keep their seed change seqs). A station without registrations costs one query.
 */
import { buildPassCode } from '#common/epass/passCode';
import { passPayloadOf } from '#common/epass/passPayload';
import { passRegistrationSchema } from '#common/schemas/pass';
import type { Database } from '../db/database';
import { readPassSigning } from './passKeys';

export async function seedPassCodes(db: Database, stationId: string, now: number): Promise<number> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ data: unknown }>(
      `SELECT data FROM records WHERE entity = 'passRegistrations' AND station_id = $1 AND NOT deleted
          AND data->>'status' = 'approved'`,
      [stationId],
    );
    if (rows.length === 0) return 0;
    const signing = await readPassSigning(tx, now);
    const codes: Array<{ id: string; passCode: string }> = [];
    for (const row of rows) {
      const parsed = passRegistrationSchema.safeParse(row.data);
      const payload = parsed.success ? passPayloadOf(parsed.data, now) : null;
      if (parsed.success && payload)
        codes.push({ id: parsed.data.id, passCode: await buildPassCode(payload, signing.sign) });
    }
    if (codes.length > 0)
      await tx.query(
        `UPDATE records r SET data = r.data || jsonb_build_object('passCode', s."passCode")
           FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, "passCode" text)
          WHERE r.entity = 'passRegistrations' AND r.id = s.id AND r.station_id = $2`,
        [JSON.stringify(codes), stationId],
      );
    return codes.length;
  });
}
