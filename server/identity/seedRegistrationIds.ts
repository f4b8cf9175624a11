/**
 * The demo seed's matching for pass registrations, the sibling of seedResidentIds: when the
 * generator hands the seed (and only the seed) a registration's raw demo ID — in the same
 * `residentIds` map as the findings', keyed by the registration's id — the centre records its
 * HMAC in `pass_id_matches` with the claimed address key and status, as if it had arrived with
 * an envelope, and writes every seeded registration's `idPasses`. Runs once, right after
 * seedStation, before anything syncs. Registrations without a raw ID are left unmatched.
 */
import type { DemoDataset } from '#common/demo';
import { householdKey } from '#common/domain/addressKey';
import type { Database } from '../db/database';
import { ensureIdentitySecrets, readHmacSecret } from './identitySecrets';
import { residentIdHmac } from './openEnvelope';
import { idPassesByRegistration, upsertPassMatches, type PassMatchRow } from './passIdMatches';

export async function seedRegistrationIds(
  db: Database,
  dataset: DemoDataset,
  rawIds: ReadonlyMap<string, string>,
  now: number,
): Promise<{ registrations: number }> {
  const stationId = dataset.station.id;
  const seeded = dataset.passRegistrations.filter((r) => !r.deleted && rawIds.has(r.id));
  if (seeded.length === 0) return { registrations: 0 };
  return db.transaction(async (tx) => {
    await ensureIdentitySecrets(tx, now);
    const secret = await readHmacSecret(tx);
    const matches: PassMatchRow[] = seeded.map((r) => ({
      registrationId: r.id,
      hmac: residentIdHmac(rawIds.get(r.id) ?? '', secret),
      addressKey: householdKey(r.claimedAddress),
      status: r.status,
    }));
    await upsertPassMatches(tx, stationId, matches, now);
    const passes = await idPassesByRegistration(tx, stationId, [...new Set(matches.map((m) => m.hmac))]);
    const rows = [...passes].map(([id, idPasses]) => ({ id, idPasses }));
    await tx.query(
      `UPDATE records r SET data = r.data || jsonb_build_object('idPasses', s."idPasses")
         FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, "idPasses" jsonb)
        WHERE r.entity = 'passRegistrations' AND r.id = s.id AND r.station_id = $2`,
      [JSON.stringify(rows), stationId],
    );
    return { registrations: matches.length };
  });
}
