/**
 * The demo seed's matching: the generator hands the seed (and only the seed) each finding's
 * raw demo ID, so the centre records the HMACs directly — as if every finding had arrived with
 * an envelope — and writes each seeded finding's `idSeen`, so the demo shows people found at
 * several addresses from the start. Runs once, right after seedStation, before anything syncs
 * (the rows keep their seed change seqs). The raw IDs are dropped when this returns.
 */
import type { DemoDataset } from '#common/demo';
import type { IdSeen } from '#common/schemas/sweep';
import type { Database } from '../db/database';
import { ensureIdentitySecrets, readHmacSecret } from './identitySecrets';
import { upsertMatches, type MatchRow } from './matchStore';
import { residentIdHmac } from './openEnvelope';

export async function seedResidentIds(
  db: Database,
  dataset: DemoDataset,
  rawIds: ReadonlyMap<string, string>,
  now: number,
): Promise<{ findings: number; seenMoreThanOnce: number }> {
  const stationId = dataset.station.id;
  const householdOfVisit = new Map(dataset.visits.map((v) => [v.id, v.householdId]));
  return db.transaction(async (tx) => {
    await ensureIdentitySecrets(tx, now);
    const secret = await readHmacSecret(tx);
    const matches: MatchRow[] = [];
    for (const f of dataset.findings) {
      const raw = rawIds.get(f.id);
      if (raw === undefined) continue;
      matches.push({
        findingId: f.id,
        hmac: residentIdHmac(raw, secret),
        householdId: householdOfVisit.get(f.visitId) ?? null,
      });
    }
    await upsertMatches(tx, stationId, matches, now);
    const groups = new Map<string, MatchRow[]>();
    for (const m of matches) groups.set(m.hmac, [...(groups.get(m.hmac) ?? []), m]);
    const seen: Array<{ id: string; idSeen: IdSeen }> = [];
    for (const group of groups.values()) {
      const idSeen = { findings: group.length, addresses: new Set(group.map((m) => m.householdId)).size };
      for (const m of group) seen.push({ id: m.findingId, idSeen });
    }
    if (seen.length > 0)
      await tx.query(
        `UPDATE records r SET data = r.data || jsonb_build_object('idSeen', s."idSeen")
           FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, "idSeen" jsonb)
          WHERE r.entity = 'findings' AND r.id = s.id AND r.station_id = $2`,
        [JSON.stringify(seen), stationId],
      );
    return { findings: matches.length, seenMoreThanOnce: seen.filter((s) => s.idSeen.findings > 1).length };
  });
}
