/**
 * The push's resident-ID step (called once by server/sync/applyPush.ts, inside its transaction,
 * under the station's change lock, after the merge and before change seqs are drawn): every
 * changed finding that carries an envelope is opened, its ID's HMAC recorded in the match
 * table, and the envelope stripped (stored and synced rows never hold one). Then every finding
 * of the station in an affected HMAC group gets a fresh `idSeen`; findings not changed by the
 * batch are loaded, bumped to a new version and added to `changed`, so they are written with
 * new change seqs and sync back to every workstation.
 * A finding deleted by the batch leaves its group, and the rest of the group is recounted.
 * An envelope that does not open (unknown key, tampering, copied from another finding) is
 * stripped and matches nothing. Nothing about an ID is logged or returned.
 */
import type { Queryable } from '../db/database';
import { jsonEqual } from '../sync/jsonEqual';
import { loadRecord, loadRecordsForUpdate } from '../sync/recordStore';
import { recordKey, type StoredRecord } from '../sync/storedRecord';
import { deleteMatches, previousHmacs, seenByFinding, upsertMatches, type MatchRow } from './matchStore';
import { sealedIdHmac, type SecretsByKid } from './sealedIdHmac';

async function householdOf(
  tx: Queryable,
  changed: ReadonlyMap<string, StoredRecord>,
  visitId: unknown,
): Promise<string | null> {
  if (typeof visitId !== 'string') return null;
  const visit = changed.get(recordKey('visits', visitId)) ?? (await loadRecord(tx, 'visits', visitId, false));
  const household = visit?.data.householdId;
  return typeof household === 'string' ? household : null;
}

export async function settleResidentIds(
  tx: Queryable,
  stationId: string,
  changed: Map<string, StoredRecord>,
  now: number,
): Promise<void> {
  const findings = [...changed.values()].filter((r) => r.entity === 'findings');
  const sealed = findings.filter((r) => r.data.idEnvelope !== null && r.data.idEnvelope !== undefined);
  const deleted = new Set(findings.filter((r) => r.deleted).map((r) => r.id));
  if (sealed.length === 0 && deleted.size === 0) return;

  const secrets: SecretsByKid = new Map();
  const matches: MatchRow[] = [];
  for (const record of sealed) {
    changed.set(recordKey(record.entity, record.id), {
      ...record,
      data: { ...record.data, idEnvelope: null },
    });
    const hmac = await sealedIdHmac(tx, secrets, record.data.idEnvelope, record.id);
    if (hmac === null) continue;
    matches.push({
      findingId: record.id,
      hmac,
      householdId: await householdOf(tx, changed, record.data.visitId),
    });
  }
  const live = matches.filter((m) => !deleted.has(m.findingId));
  const groups = new Set([
    ...(await previousHmacs(
      tx,
      live.map((m) => m.findingId),
    )),
    ...live.map((m) => m.hmac),
    ...(await deleteMatches(tx, stationId, [...deleted])),
  ]);
  if (groups.size === 0) return;
  await upsertMatches(tx, stationId, live, now);
  const seen = await seenByFinding(tx, stationId, [...groups]);

  const others: Array<{ entity: string; id: string }> = [];
  for (const [findingId, idSeen] of seen) {
    const key = recordKey('findings', findingId);
    const mine = changed.get(key);
    if (mine) changed.set(key, { ...mine, data: { ...mine.data, idSeen } });
    else others.push({ entity: 'findings', id: findingId });
  }
  for (const record of await loadRecordsForUpdate(tx, others)) {
    const idSeen = seen.get(record.id);
    if (record.stationId !== stationId || !idSeen || jsonEqual(record.data.idSeen, idSeen)) continue;
    const version = record.version + 1;
    changed.set(recordKey(record.entity, record.id), {
      ...record,
      version,
      data: { ...record.data, idSeen, version },
      fieldVersions: { ...record.fieldVersions, idSeen: version },
    });
  }
}
