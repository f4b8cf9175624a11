/**
 * Applies a validated push batch in ONE transaction (docs/architecture.md §3): lock the client's row;
 * answer already-applied seqs from their stored results (409 seq-reused, nothing applied, when
 * a resent payload differs from the applied one: clientState.ts); require the new ones to continue at
 * last+1; under the station's change lock load every touched record, refuse the whole batch if
 * one belongs to another station, merge each mutation field by field, draw change seqs, write
 * the changed records, conflicts, results and the client's last seq together as one statement,
 * and NOTIFY a poke that PostgreSQL delivers at commit. Call validateBatch first. With `hooks`, mutations
 * refused by who made them (auth/authorizeMutations) are `rejected` with their refusal and
 * skipped, and the applied and refused changes are recorded (audit/changeLog) — both in the
 * same transaction.
 */
import type { Database, Queryable } from '../db/database';
import { runStatementsReturning, type Statement } from '../db/writeBatch';
import { settleRegistrationIds } from '../identity/settleRegistrationIds';
import { settleResidentIds } from '../identity/settleResidentIds';
import { settlePassCodes } from '../epass/settlePassCodes';
import type { Mutation } from '#common/sync/mutation';
import type { MutationResult, PushReply } from '#common/sync/protocol';
import { readWatermark } from './changeSeq';
import {
  lockClientAndStation,
  payloadHashes,
  saveResultsStatements,
  storedResults,
  type PayloadHashes,
} from './clientState';
import { insertConflictsStatement, type NewConflict } from './conflictStore';
import { mergeMutation } from './mergeMutation';
import { handoverRefusal } from './handoverRule';
import { watermarkPokeSelect } from './pokes';
import { loadRecordsUnderStationLock, writeRecordsStatements } from './recordStore';
import { recordKey, type StoredRecord } from './storedRecord';
import type { AppliedChange, RefusedChange } from '../audit/changeLog';
import type { Refusal } from '../auth/authorizeMutations';

export interface PushHooks {
  /** Before merging: seq → why a fresh mutation is refused (it is then skipped). */
  authorize(tx: Queryable, fresh: readonly Mutation[]): Promise<ReadonlyMap<number, Refusal>>;
  /** After merging: statements recording the changes applied and the mutations refused. */
  record(applied: readonly AppliedChange[], refused: readonly RefusedChange[]): (Statement | null)[];
}

export interface PushInput {
  clientId: string;
  stationId: string;
  mutations: readonly Mutation[];
  now: number;
  hooks?: PushHooks;
}

export type PushOutcome =
  | { kind: 'ok'; reply: PushReply }
  | { kind: 'out-of-order'; expected: number; got: number }
  | { kind: 'forbidden'; index: number; entity: string; id: string; ownerStationId: string };

/** Thrown inside the transaction to roll it back; turned into an outcome outside. */
class ScopeViolation extends Error {
  constructor(readonly outcome: Extract<PushOutcome, { kind: 'forbidden' }>) {
    super('scope violation');
  }
}

export async function applyPush(db: Database, input: PushInput): Promise<PushOutcome> {
  // Pure work that needs no lock is done before the transaction, which holds the station lock.
  const hashes = payloadHashes(input.mutations);
  try {
    return await db.transaction((tx) => applyInTransaction(tx, input, hashes));
  } catch (error) {
    if (error instanceof ScopeViolation) return error.outcome;
    throw error;
  }
}

async function applyInTransaction(
  tx: Queryable,
  input: PushInput,
  hashes: PayloadHashes,
): Promise<PushOutcome> {
  const { clientId, stationId, mutations, now } = input;
  // The station's change lock comes with the client's row (one round trip): held to commit.
  const lastSeq = await lockClientAndStation(tx, clientId, stationId, now);
  const fresh = mutations.filter((m) => m.seq > lastSeq);
  const replayed = await storedResults(
    tx,
    clientId,
    mutations.filter((m) => m.seq <= lastSeq),
    hashes,
  );
  const first = fresh[0];
  if (first && first.seq !== lastSeq + 1)
    return { kind: 'out-of-order', expected: lastSeq + 1, got: first.seq };

  const results = new Map<number, MutationResult>(replayed);
  let serverSeq: number;
  if (fresh.length > 0) {
    const refusals = input.hooks ? await input.hooks.authorize(tx, fresh) : new Map<number, Refusal>();
    const applied: AppliedChange[] = [];
    const refused: RefusedChange[] = [];
    const current = new Map<string, StoredRecord>();
    const keys = [
      ...new Map(fresh.map((m) => [recordKey(m.entity, m.id), { entity: m.entity, id: m.id }])).values(),
    ];
    // Read without row locks: we hold the station's change lock, which every writer of the
    // station's records takes (recordStore loadRecordsUnderStationLock).
    for (const r of await loadRecordsUnderStationLock(tx, keys)) current.set(recordKey(r.entity, r.id), r);
    const loaded: ReadonlyMap<string, StoredRecord> = new Map(current);
    for (const m of fresh) {
      const owner = current.get(recordKey(m.entity, m.id));
      if (owner && owner.stationId !== stationId)
        throw new ScopeViolation({
          kind: 'forbidden',
          index: mutations.indexOf(m),
          entity: m.entity,
          id: m.id,
          ownerStationId: owner.stationId,
        });
    }

    // Merge in seq order; a record changed twice in the batch is written once, at its last change.
    const changed = new Map<string, StoredRecord>();
    const conflicts: NewConflict[] = [];
    const freshResults: MutationResult[] = [];
    for (const m of fresh) {
      const key = recordKey(m.entity, m.id);
      const refusal = refusals.get(m.seq);
      if (refusal) {
        refused.push({ mutation: m, ...refusal });
        freshResults.push({
          seq: m.seq,
          status: 'rejected',
          version: current.get(key)?.version ?? 0,
          conflictFields: [],
          ...refusal,
        });
        continue;
      }
      const before = current.get(key) ?? null;
      // The route ran validateBatch: each patch value passed its field schema already.
      const outcome = mergeMutation(before, m, { stationId, now, patchChecked: true });
      if (outcome.status === 'rejected') {
        freshResults.push({
          seq: m.seq,
          status: 'rejected',
          version: outcome.version,
          conflictFields: [],
          reason: outcome.reason,
          refusal: 'invalid',
        });
        continue;
      }
      const ruled = handoverRefusal(m, before, outcome.next, outcome.conflicts.length > 0);
      if (ruled !== null) {
        refused.push({ mutation: m, refusal: 'invalid', reason: ruled });
        freshResults.push({
          seq: m.seq,
          status: 'rejected',
          version: before?.version ?? 0,
          conflictFields: [],
          reason: ruled,
          refusal: 'invalid',
        });
        continue;
      }
      if (outcome.next) {
        applied.push({ mutation: m, status: outcome.status, before, after: outcome.next });
        current.set(key, outcome.next);
        changed.delete(key);
        changed.set(key, outcome.next);
      }
      for (const c of outcome.conflicts)
        conflicts.push({
          ...c,
          entity: m.entity,
          recordId: m.id,
          baseVersion: m.baseVersion,
          clientId,
          madeBy: m.madeBy,
        });
      freshResults.push({
        seq: m.seq,
        status: outcome.status,
        version: outcome.version,
        conflictFields: outcome.conflicts.map((c) => c.field),
      });
    }

    // Residents' IDs: envelopes opened, matched and stripped; matched findings join `changed`.
    await settleResidentIds(tx, stationId, changed, now);
    await settleRegistrationIds(tx, stationId, changed, now);
    // Pass codes: signed on approval, cleared otherwise (centre-only field).
    await settlePassCodes(tx, changed, now);
    // Every write of the push travels as one statement (db/writeBatch): they touch different
    // tables and none reads another's rows. The records draw their change seqs in the write
    // (we hold the station's change lock), and the statement ends by reading the watermark and
    // poking it: the whole push's writing is one round trip.
    const recordWrites = writeRecordsStatements([...changed.values()], now, loaded, 'drawn');
    const [closing] = await runStatementsReturning<{ watermark: number }>(
      tx,
      [
        ...recordWrites,
        insertConflictsStatement(stationId, conflicts, now),
        ...saveResultsStatements(clientId, freshResults, now, fresh, hashes),
        ...(input.hooks?.record(applied, refused) ?? []),
      ],
      (cteOf) =>
        watermarkPokeSelect(
          stationId,
          recordWrites.map(cteOf).filter((name): name is string => name !== null),
          changed.size > 0 || conflicts.length > 0,
        ),
      // Its text depends only on which kinds of write the push has: a handful of texts, each
      // parsed and planned once per connection.
      { prepare: true },
    );
    for (const r of freshResults) results.set(r.seq, r);
    serverSeq = Number(closing?.watermark ?? 0);
  } else {
    serverSeq = await readWatermark(tx, stationId);
  }

  const ordered = mutations.map((m) => {
    const r = results.get(m.seq);
    if (!r) throw new Error(`no result for ${clientId} seq ${m.seq}`);
    return r;
  });
  return { kind: 'ok', reply: { results: ordered, serverSeq } };
}
