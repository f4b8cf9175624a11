/**
 * Many local changes at once — a file import of up to a few hundred thousand rows — with the
 * guarantees of writeLocalChange (localWrite.ts) for each row, in ONE Dexie transaction: every
 * row, its outbox mutation (seq numbers continuous from the workstation's next seq), its
 * `syncBase:` record, the grids' aggregates and the audit entry commit together, or nothing
 * does. A failure (a row its schema refuses, a quota error) or a cancel (`signal`) aborts the
 * transaction and leaves the cache exactly as it was.
 *
 * Per row it uses the same pure building block as the single write (common/sync/localChange:
 * row, mutation, action), but reads and writes in chunks with bulkGet/bulkPut/bulkAdd (a
 * record the caller marks `isNew` — an id just minted for this batch — is not read at all), and
 * brings the aggregates up to date once, at the end, for every grid the batch touched: a
 * grid's household count moves by the batch's net change (every writer keeps gridStats exact
 * in its own transaction, so count + delta is exact, and re-reading 200,000 rows to count them
 * again would cost seconds); a grid without a stats row yet, and any visit aggregate, is
 * recomputed from its rows with gridAggregates.ts.
 *
 * Audit: ONE entry per batch (action `import`, `after` = what the caller says: file, counts),
 * not one per row. A 200,000-row import would otherwise add 200,000 audit rows holding each
 * row twice (before/after) — doubling the write and the cache for no reader's benefit: the
 * rows themselves carry `updatedBy`, and the outbox keeps every mutation until the server has
 * it, where it is recorded per change. The entry says who imported which file, when, and what
 * it changed in aggregate, which is what a station chief reviews.
 *
 * The role policy is asked for every write BEFORE the transaction opens: one refused row
 * refuses the whole batch (RoleForbiddenError) and nothing is written.
 *
 * The transaction never awaits anything but IndexedDB (an outside await would let it commit
 * early), so cancelling is checked between chunks: a worker's `abort` message is handled
 * between two IndexedDB round trips, and the next chunk throws.
 */
import type { EntityName } from '#common/schemas/entities';
import type { AuditEntry } from '#common/schemas';
import type { Mutation } from '#common/sync/mutation';
import type { SyncRow } from '#common/sync/rebase';
import type { GridroomDb } from '#renderer/db/database';
import { syncBaseKey, type GridStats, type MetaRow } from '#renderer/db/localRows';
import { rowStores, rowTable } from '#renderer/db/rowTables';
import { mayWrite, RoleForbiddenError, type Role } from '#common/domain/rolePolicy';
import {
  aggregateTables,
  noTouchedGrids,
  recomputeGridAggregates,
  touchGrids,
  type TouchedGrids,
} from './gridAggregates';
import { announceLocalWrite, localWriter, NO_STATION } from './localWriter';

export interface BatchWrite {
  entity: EntityName;
  id: string;
  /** As for writeLocalChange: changed fields, or every field of a new record. */
  patch: Readonly<Record<string, unknown>>;
  /** The id was minted for this batch: no stored row or server copy can exist, nothing is read. */
  isNew?: boolean;
}

export interface BatchActor {
  madeBy: string;
  workstation: string;
  /** When given, the role policy must allow every write (absent = allowed). */
  role?: Role;
}

export interface BatchAudit {
  /** What was imported, e.g. `households`; the entry's `entity`. */
  entity: string;
  /** e.g. the file's (display-safe) name; the entry's `entityId`. */
  entityId: string;
  /** The entry's `after`: file, counts… (before is null: the rows' own history is in the outbox). */
  after: unknown;
}

export interface BatchWriteOptions {
  actor: BatchActor;
  audit: BatchAudit;
  /** Called after each chunk with rows done so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting it cancels the batch: the transaction is aborted, nothing is written. */
  signal?: AbortSignal;
  /** Defaults to Date.now(). */
  now?: number;
  /** Rows per round trip (default 5,000). */
  chunkSize?: number;
}

export interface BatchWriteResult {
  created: number;
  updated: number;
  /** Writes whose patch changed nothing (nothing written for them). */
  unchanged: number;
  /** The seq range given to the batch's mutations; null when nothing changed. */
  seqs: { first: number; last: number } | null;
}

/** Thrown inside the transaction when the signal is aborted; the caller sees it as the rejection. */
export class BatchAbortedError extends Error {
  constructor() {
    super('the batch was cancelled');
    this.name = 'BatchAbortedError';
  }
}

/** Notes how a household change moves its grid's count (a delete or a move takes one away). */
function countHousehold(delta: Map<string, number>, before: SyncRow | null, after: SyncRow): void {
  const grid = (row: SyncRow | null) =>
    row && row.deleted !== true && typeof row.gridId === 'string' ? row.gridId : null;
  const was = grid(before);
  const is = grid(after);
  if (was === is) return;
  if (was !== null) delta.set(was, (delta.get(was) ?? 0) - 1);
  if (is !== null) delta.set(is, (delta.get(is) ?? 0) + 1);
}

/** Moves each grid's household count by the batch's delta; a grid with no stats row is left to a recompute. */
async function applyHouseholdDelta(
  db: GridroomDb,
  delta: ReadonlyMap<string, number>,
  touched: TouchedGrids,
): Promise<void> {
  const gridIds = [...delta.keys()];
  if (gridIds.length === 0) return;
  const stats = await db.gridStats.bulkGet(gridIds);
  const next: GridStats[] = [];
  gridIds.forEach((gridId, i) => {
    const row = stats[i];
    if (row) next.push({ gridId, households: Math.max(0, row.households + (delta.get(gridId) ?? 0)) });
    else touched.households.add(gridId);
  });
  await db.gridStats.bulkPut(next);
}

function tablesOf(db: GridroomDb, writes: readonly BatchWrite[]) {
  const entities = new Set(writes.map((w) => w.entity));
  const needsAggregates = entities.has('households') || entities.has('visits');
  return [
    ...rowStores(db, entities),
    db.outbox,
    db.audit,
    db.meta,
    db.stations,
    ...(needsAggregates ? aggregateTables(db) : []),
  ];
}

export async function writeLocalChanges(
  db: GridroomDb,
  writes: readonly BatchWrite[],
  options: BatchWriteOptions,
): Promise<BatchWriteResult> {
  const { actor, signal } = options;
  if (actor.role !== undefined) {
    const refused = writes.find((w) => !mayWrite(actor.role!, w.entity, w.patch));
    if (refused) throw new RoleForbiddenError(actor.role, refused.entity, Object.keys(refused.patch));
  }
  if (signal?.aborted) throw new BatchAbortedError();
  const now = options.now ?? Date.now();
  const chunkSize = Math.max(1, options.chunkSize ?? 5000);
  const total = writes.length;

  const result = await db.transaction('rw', tablesOf(db, writes), async () => {
    const [[config, seqRow], [firstStation]] = await Promise.all([
      db.meta.bulkGet(['syncConfig', 'syncSeq']),
      db.stations.toCollection().limit(1).primaryKeys(),
    ]);
    const writer = localWriter({ config, seq: seqRow }, firstStation ?? NO_STATION, {
      madeBy: actor.madeBy,
      now,
    });
    const { seq, stationId } = writer;
    let next = seq.next;
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const touched = noTouchedGrids();
    const householdDelta = new Map<string, number>();
    // rows this batch already wrote: a record named twice builds on its first change
    const written = new Map<string, SyncRow>();
    const based = new Set<string>();

    for (let start = 0; start < total; start += chunkSize) {
      if (signal?.aborted) throw new BatchAbortedError();
      const chunk = writes.slice(start, start + chunkSize);
      const toRead = chunk.filter((w) => !w.isNew);
      const ids = new Map<EntityName, string[]>();
      for (const w of toRead) {
        const list = ids.get(w.entity);
        if (list) list.push(w.id);
        else ids.set(w.entity, [w.id]);
      }
      const [baseRows, ...found] = await Promise.all([
        toRead.length > 0 ? db.meta.bulkGet(toRead.map((w) => syncBaseKey(w.entity, w.id))) : [],
        ...[...ids].map(([entity, list]) => rowTable(db, entity).bulkGet(list)),
      ]);
      const stored = new Map<string, SyncRow>();
      const hasBase = new Set<string>();
      toRead.forEach((w, i) => {
        if (baseRows[i]) hasBase.add(`${w.entity}:${w.id}`);
      });
      [...ids].forEach(([entity, list], i) =>
        list.forEach((id, j) => {
          const row = found[i]?.[j];
          if (row) stored.set(`${entity}:${id}`, row);
        }),
      );
      const rows = new Map<EntityName, SyncRow[]>();
      const mutations: Mutation[] = [];
      const meta: MetaRow[] = [];
      for (const w of chunk) {
        const key = `${w.entity}:${w.id}`;
        const current = written.get(key) ?? stored.get(key) ?? null;
        const made = writer.change(w, current, next);
        if (made === null) {
          counts.unchanged += 1;
          continue;
        }
        next += 1;
        if (made.action === 'create') counts.created += 1;
        else counts.updated += 1;
        written.set(key, made.row);
        const list = rows.get(w.entity);
        if (list) list.push(made.row);
        else rows.set(w.entity, [made.row]);
        mutations.push(made.mutation);
        if (!hasBase.has(key) && !based.has(key)) {
          meta.push({ key: syncBaseKey(w.entity, w.id), value: { row: current } });
          based.add(key);
        }
        if (w.entity === 'households') countHousehold(householdDelta, current, made.row);
        else touchGrids(touched, w.entity, current, made.row);
      }
      await Promise.all([
        ...[...rows].map(([entity, list]) => rowTable(db, entity).bulkPut(list)),
        mutations.length > 0 ? db.outbox.bulkAdd(mutations) : null,
        meta.length > 0 ? db.meta.bulkPut(meta) : null,
      ]);
      options.onProgress?.(Math.min(total, start + chunk.length), total);
    }

    if (signal?.aborted) throw new BatchAbortedError();
    const entry: AuditEntry = {
      id: crypto.randomUUID(),
      stationId,
      at: now,
      who: actor.madeBy,
      workstation: actor.workstation,
      action: 'import',
      entity: options.audit.entity,
      entityId: options.audit.entityId,
      before: null,
      after: options.audit.after,
    };
    await Promise.all([
      db.meta.put({ key: 'syncSeq', value: { next, clientId: seq.clientId } }),
      db.audit.add(entry),
      applyHouseholdDelta(db, householdDelta, touched).then(() => recomputeGridAggregates(db, touched)),
    ]);
    // the last chance to cancel: an abort that came in during the final writes still undoes them
    if (signal?.aborted) throw new BatchAbortedError();
    return {
      ...counts,
      seqs: next > seq.next ? { first: seq.next, last: next - 1 } : null,
    };
  });

  if (result.seqs !== null) announceLocalWrite(db.name);
  return result;
}
