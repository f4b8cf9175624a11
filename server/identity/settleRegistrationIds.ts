/**
 * The push's resident-ID step for pass registrations, the sibling of settleResidentIds (which
 * does findings). Called once by server/sync/applyPush.ts inside its transaction, under the
 * station's change lock, after the merge and before change seqs are drawn:
 * - every changed registration carrying an envelope (a workstation's file import seals the ID
 *   to the centre's key, bound to the registration's id) is opened, its ID's HMAC recorded in
 *   `pass_id_matches` with the claimed address key and status, and the envelope stripped —
 *   stored and synced rows never hold one. An envelope that does not open matches nothing.
 * - every other changed registration the centre has matched before updates its status and
 *   address there; a deleted one leaves the table.
 * - then every registration in an affected HMAC group gets a fresh `idPasses`: an approval or
 *   revocation recounts its group. Registrations not changed by the batch whose `idPasses`
 *   moved are loaded, bumped to a new version and added to `changed`, so they are written with
 *   new change seqs and sync back to every workstation.
 * Nothing about an ID is logged or returned.
 */
import { householdKey } from '#common/domain/addressKey';
import { claimedAddressSchema, passStatusSchema, type PassStatus } from '#common/schemas/pass';
import type { Queryable } from '../db/database';
import { jsonEqual } from '../sync/jsonEqual';
import { loadRecordsForUpdate } from '../sync/recordStore';
import { recordKey, type StoredRecord } from '../sync/storedRecord';
import {
  deletePassMatches,
  idPassesByRegistration,
  passMatchesOf,
  upsertPassMatches,
  type PassMatchRow,
} from './passIdMatches';
import { sealedIdHmac, type SecretsByKid } from './sealedIdHmac';

const ENTITY = 'passRegistrations';

/** The claimed address's standard-address key ('' when the row has none: it matches no household). */
function addressKeyOf(data: Record<string, unknown>): string {
  const claim = claimedAddressSchema.safeParse(data.claimedAddress);
  return claim.success ? householdKey(claim.data) : '';
}

function statusOf(data: Record<string, unknown>): PassStatus {
  const status = passStatusSchema.safeParse(data.status);
  return status.success ? status.data : 'pending';
}

export async function settleRegistrationIds(
  tx: Queryable,
  stationId: string,
  changed: Map<string, StoredRecord>,
  now: number,
): Promise<void> {
  const registrations = [...changed.values()].filter((r) => r.entity === ENTITY);
  if (registrations.length === 0) return;

  const secrets: SecretsByKid = new Map();
  const opened = new Map<string, PassMatchRow>();
  for (const record of registrations) {
    if (record.data.idEnvelope === null || record.data.idEnvelope === undefined) continue;
    changed.set(recordKey(ENTITY, record.id), { ...record, data: { ...record.data, idEnvelope: null } });
    const hmac = await sealedIdHmac(tx, secrets, record.data.idEnvelope, record.id);
    if (hmac === null) continue;
    opened.set(record.id, {
      registrationId: record.id,
      hmac,
      addressKey: addressKeyOf(record.data),
      status: statusOf(record.data),
    });
  }

  const previous = await passMatchesOf(
    tx,
    stationId,
    registrations.map((r) => r.id),
  );
  if (opened.size === 0 && previous.size === 0) return;

  const gone = registrations.filter((r) => r.deleted).map((r) => r.id);
  const goneSet = new Set(gone);
  const upserts: PassMatchRow[] = [];
  for (const record of registrations) {
    if (goneSet.has(record.id)) continue;
    const fresh = opened.get(record.id);
    const before = previous.get(record.id);
    if (fresh) upserts.push(fresh);
    else if (before)
      upserts.push({ ...before, addressKey: addressKeyOf(record.data), status: statusOf(record.data) });
  }
  const groups = new Set([
    ...[...previous.values()].map((m) => m.hmac),
    ...[...opened.values()].map((m) => m.hmac),
  ]);
  await deletePassMatches(tx, stationId, gone);
  await upsertPassMatches(tx, stationId, upserts, now);
  const passes = await idPassesByRegistration(tx, stationId, [...groups]);

  const others: Array<{ entity: string; id: string }> = [];
  for (const [registrationId, idPasses] of passes) {
    const key = recordKey(ENTITY, registrationId);
    const mine = changed.get(key);
    if (mine) changed.set(key, { ...mine, data: { ...mine.data, idPasses } });
    else others.push({ entity: ENTITY, id: registrationId });
  }
  for (const record of await loadRecordsForUpdate(tx, others)) {
    const idPasses = passes.get(record.id);
    if (
      record.stationId !== stationId ||
      record.deleted ||
      !idPasses ||
      jsonEqual(record.data.idPasses, idPasses)
    )
      continue;
    const version = record.version + 1;
    changed.set(recordKey(ENTITY, record.id), {
      ...record,
      version,
      data: { ...record.data, idPasses, version, updatedAt: now },
      fieldVersions: { ...record.fieldVersions, idPasses: version },
    });
  }
}
