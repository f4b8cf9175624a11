/**
 * Applies a checked intake batch from the city registration system (docs/architecture.md §9)
 * in ONE transaction, under the station's change lock (so replays and pushes are serialised):
 *
 * 1. rows whose `externalRef` the station already holds are replays: answered with the
 *    registration they made, stored again never;
 * 2. every other row's claimed address is matched to the station's households by the
 *    standard-address key (common/domain/addressKey.ts, in SQL by index); an address only
 *    another station's base holds refuses the row; an `id` already used refuses it; an
 *    envelope that does not open refuses it. Any refusal rolls the whole batch back;
 * 3. each row becomes a pending registration — masked name, the ID's mask, the ID's HMAC in
 *    `pass_id_matches` (never the ID), the household and grid it matched, flags (unknown or
 *    malformed address, unknown grid, check digit, impossible dates, the same ID already
 *    pending at the same address) and `idPasses` (approved passes of the ID elsewhere);
 * 4. the rows get change seqs and are written as synced records, one audit row describes the
 *    batch (counts only: no name, ID or phone), and a poke goes out at commit.
 * The full name and ID number live only in this call's memory.
 */
import { randomUUID } from 'node:crypto';
import { householdKey } from '#common/domain/addressKey';
import { orderFlags, rowIntakeFlags } from '#common/domain/passIntake';
import { maskPersonName, maskResidentId } from '#common/domain/residentId';
import { DEFAULT_PASS_DAYS } from '#common/domain/passRules';
import { passRegistrationSchema, type IdPasses, type IntakeFlag } from '#common/schemas/pass';
import type { IntakeReply, IntakeRow, IntakeRowRefusal, IntakeRowResult } from '#common/sync/intakeProtocol';
import { writeAudit } from '../audit/writeAudit';
import type { Database, Queryable } from '../db/database';
import { runStatements } from '../db/writeBatch';
import { readHmacSecret, readIdentitySecrets, type IdentitySecrets } from '../identity/identitySecrets';
import { openEnvelope, residentIdHmac } from '../identity/openEnvelope';
import {
  approvedByHmac,
  pendingPairs,
  upsertPassMatches,
  type PassMatchRow,
} from '../identity/passIdMatches';
import { lockStation, nextChangeSeqs, readWatermark } from '../sync/changeSeq';
import { notifyWatermark } from '../sync/pokes';
import { writeRecordsStatements } from '../sync/recordStore';
import type { StoredRecord } from '../sync/storedRecord';
import { householdsByKey, liveGrids } from './matchAddresses';
import type { IndexedRow } from './parseIntakeBatch';

const ENTITY = 'passRegistrations';
const DAY_MS = 86_400_000;

export interface IntakeInput {
  stationId: string;
  credentialId: string;
  /** The chief's label of the credential (audited). */
  label: string;
  /** The batch's well-formed rows, with their indexes (intake/parseIntakeBatch.ts). */
  rows: readonly IndexedRow[];
  /** Rows refused before (malformed…): the batch is refused, with these and any found here. */
  refusals: readonly IntakeRowRefusal[];
  /** How many rows the batch had. */
  total: number;
  now: number;
}

export type IntakeOutcome =
  { kind: 'ok'; reply: IntakeReply } | { kind: 'refused'; refusals: IntakeRowRefusal[] };

/** Thrown inside the transaction to roll it back; turned into an outcome outside. */
class IntakeRefused extends Error {
  constructor(readonly refusals: IntakeRowRefusal[]) {
    super('intake refused');
  }
}

export async function applyIntake(db: Database, input: IntakeInput): Promise<IntakeOutcome> {
  try {
    return { kind: 'ok', reply: await db.transaction((tx) => intakeInTransaction(tx, input)) };
  } catch (error) {
    if (error instanceof IntakeRefused) return { kind: 'refused', refusals: error.refusals };
    throw error;
  }
}

interface FreshRow {
  index: number;
  row: IntakeRow;
  id: string;
  key: string;
  household: { id: string; gridId: string | null } | null;
  /** The normalised ID number (memory only). */
  residentId: string;
  hmac: string;
}

async function replays(
  tx: Queryable,
  stationId: string,
  refs: readonly string[],
): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ ref: string; id: string }>(
    `SELECT data->>'externalRef' AS ref, id FROM records
      WHERE station_id = $1 AND entity = '${ENTITY}' AND data->>'externalRef' = ANY($2::text[])
      ORDER BY id`,
    [stationId, refs],
  );
  const byRef = new Map<string, string>();
  for (const r of rows) if (!byRef.has(r.ref)) byRef.set(r.ref, r.id);
  return byRef;
}

async function takenIds(tx: Queryable, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await tx.query<{ id: string }>(
    `SELECT id FROM records WHERE entity = '${ENTITY}' AND id = ANY($1::uuid[])`,
    [ids],
  );
  return new Set(rows.map((r) => r.id));
}

/** Opens each row's envelope, or hashes its plain ID; a refusal for an envelope that does not open. */
async function residentIds(
  tx: Queryable,
  rows: ReadonlyArray<{ index: number; row: IntakeRow; id: string }>,
  refusals: IntakeRowRefusal[],
): Promise<Map<number, { residentId: string; hmac: string }>> {
  const out = new Map<number, { residentId: string; hmac: string }>();
  let hmacSecret: Buffer | null = null;
  const secrets = new Map<string, IdentitySecrets | null>();
  for (const { index, row, id } of rows) {
    let residentId: string | null = null;
    if (row.residentId !== undefined) residentId = row.residentId.toUpperCase();
    else if (row.idEnvelope !== undefined) {
      const kid = row.idEnvelope.kid;
      if (!secrets.has(kid)) secrets.set(kid, await readIdentitySecrets(tx, kid));
      const keys = secrets.get(kid);
      residentId = keys ? await openEnvelope(row.idEnvelope, id, keys) : null;
      if (residentId === null) {
        refusals.push({
          index,
          externalRef: row.externalRef,
          reason: 'envelope',
          message:
            'idEnvelope: does not open with the centre’s key (sealed to another key or another id, or altered)',
        });
        continue;
      }
    }
    if (residentId === null) continue;
    hmacSecret ??= await readHmacSecret(tx);
    out.set(index, { residentId, hmac: residentIdHmac(residentId, hmacSecret) });
  }
  return out;
}

async function intakeInTransaction(tx: Queryable, input: IntakeInput): Promise<IntakeReply> {
  const { stationId, rows, now, total } = input;
  await lockStation(tx, stationId);
  const replayOf = await replays(
    tx,
    stationId,
    rows.map((r) => r.row.externalRef),
  );
  const results = new Map<number, IntakeRowResult>();
  const candidates: Array<{ index: number; row: IntakeRow; id: string; key: string }> = [];
  for (const { index, row } of rows) {
    const earlier = replayOf.get(row.externalRef);
    if (earlier !== undefined)
      results.set(index, { index, externalRef: row.externalRef, id: earlier, status: 'replayed', flags: [] });
    else candidates.push({ index, row, id: row.id ?? randomUUID(), key: householdKey(row.claimedAddress) });
  }

  const refusals: IntakeRowRefusal[] = [...input.refusals];
  const taken = await takenIds(
    tx,
    candidates.filter((c) => c.row.id !== undefined).map((c) => c.id),
  );
  const households = await householdsByKey(
    tx,
    candidates.map((c) => c.key),
  );
  const own = new Map<string, { id: string; gridId: string | null }>();
  const elsewhere = new Set<string>();
  for (const h of households) {
    if (h.stationId === stationId) {
      if (!own.has(h.key)) own.set(h.key, { id: h.id, gridId: h.gridId });
    } else elsewhere.add(h.key);
  }
  for (const c of candidates) {
    if (taken.has(c.id))
      refusals.push({
        index: c.index,
        externalRef: c.row.externalRef,
        reason: 'id-taken',
        message: 'id: a registration with this id exists already (under another externalRef)',
      });
    else if (!own.has(c.key) && elsewhere.has(c.key))
      refusals.push({
        index: c.index,
        externalRef: c.row.externalRef,
        reason: 'other-station',
        message: 'claimedAddress: a standard address of another station; post it to that station',
      });
  }
  const ids = await residentIds(tx, candidates, refusals);
  if (refusals.length > 0) throw new IntakeRefused(refusals.sort((a, b) => a.index - b.index));

  const fresh: FreshRow[] = candidates.map((c) => {
    const idOf = ids.get(c.index);
    if (!idOf) throw new Error(`row ${c.index} has no ID number`);
    return { ...c, household: own.get(c.key) ?? null, ...idOf };
  });
  const grids = await liveGrids(
    tx,
    stationId,
    fresh.flatMap((f) => (f.household?.gridId ? [f.household.gridId] : [])),
  );
  const pendingBefore = await pendingPairs(
    tx,
    stationId,
    fresh.map((f) => ({ hmac: f.hmac, addressKey: f.key })),
  );
  const approved = await approvedByHmac(
    tx,
    stationId,
    fresh.map((f) => f.hmac),
  );

  const seqs = await nextChangeSeqs(tx, fresh.length);
  const records: StoredRecord[] = [];
  const matches: PassMatchRow[] = [];
  const flagCounts: Partial<Record<IntakeFlag, number>> = {};
  const pendingNow = new Set(pendingBefore);
  for (const [n, f] of fresh.entries()) {
    const pair = `${f.hmac}|${f.key}`;
    const flags = new Set<IntakeFlag>(
      rowIntakeFlags(
        {
          claimedAddress: f.row.claimedAddress,
          residentId: f.residentId,
          submittedAt: f.row.submittedAt,
          healthCodeAt: f.row.healthCodeAt,
        },
        now,
      ),
    );
    // An address that matched a household is a standard address, however it was typed; an
    // unmatched one is unknown — or malformed, when it cannot be an address as typed.
    if (f.household) flags.delete('address-malformed');
    else if (!flags.has('address-malformed')) flags.add('address-unknown');
    if (f.household && (!f.household.gridId || !grids.has(f.household.gridId))) flags.add('grid-unknown');
    if (pendingNow.has(pair)) flags.add('duplicate');
    pendingNow.add(pair);
    const ordered = orderFlags(flags);
    for (const flag of ordered) flagCounts[flag] = (flagCounts[flag] ?? 0) + 1;

    const idPasses: IdPasses = approved.get(f.hmac) ?? { approved: 0, addresses: 0 };
    const matched = f.household?.gridId ? f.household : null;
    const data = {
      id: f.id,
      stationId,
      version: 1,
      updatedAt: now,
      updatedBy: 'system',
      deleted: false,
      source: 'city-system',
      externalRef: f.row.externalRef,
      maskedName: maskPersonName(f.row.fullName),
      idMasked: maskResidentId(f.residentId),
      idEnvelope: null,
      phone: f.row.phone,
      claimedAddress: f.row.claimedAddress,
      householdId: matched?.id ?? null,
      gridId: matched?.gridId ?? null,
      householdRole: f.row.householdRole,
      healthCode: f.row.healthCode,
      healthCodeAt: f.row.healthCodeAt,
      submittedAt: f.row.submittedAt,
      status: 'pending',
      reviewedBy: null,
      reviewedAt: null,
      reason: null,
      reasonNote: '',
      validFrom: f.row.submittedAt,
      validUntil: f.row.submittedAt + DEFAULT_PASS_DAYS * DAY_MS,
      flags: ordered,
      idPasses,
    };
    // Our own row must pass the entity's schema (workstations parse every pulled row with it).
    const parsed = passRegistrationSchema.safeParse(data);
    if (!parsed.success)
      throw new Error(`intake built an invalid registration: ${parsed.error.issues[0]?.path.join('.')}`);
    records.push({
      entity: ENTITY,
      id: f.id,
      stationId,
      version: 1,
      changeSeq: seqs[n] ?? 0,
      data,
      fieldVersions: {},
      fieldClients: {},
      deleted: false,
    });
    matches.push({ registrationId: f.id, hmac: f.hmac, addressKey: f.key, status: 'pending' });
    results.set(f.index, {
      index: f.index,
      externalRef: f.row.externalRef,
      id: f.id,
      status: 'queued',
      flags: ordered,
    });
  }

  await runStatements(tx, writeRecordsStatements(records, now, new Map()));
  await upsertPassMatches(tx, stationId, matches, now);
  await writeAudit(tx, {
    stationId,
    deviceId: null,
    at: now,
    action: 'intake',
    entity: ENTITY,
    detail: {
      credentialId: input.credentialId,
      label: input.label,
      rows: total,
      queued: records.length,
      replayed: total - records.length,
      flags: flagCounts,
    },
  });
  const serverSeq =
    records.length > 0 ? await notifyWatermark(tx, stationId) : await readWatermark(tx, stationId);
  const ordered = Array.from({ length: total }, (_, index) => {
    const r = results.get(index);
    if (!r) throw new Error(`no result for intake row ${index}`);
    return r;
  });
  return { queued: records.length, replayed: total - records.length, results: ordered, serverSeq };
}
