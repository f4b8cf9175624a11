/**
 * A change made at this workstation (docs/architecture.md §2): the optimistic row, its outbox
 * entry and an audit entry (who, when, before/after) are written in ONE Dexie transaction,
 * together with the next seq and — for households and visits — the grid's aggregates. Either
 * all of it is in the cache or none of it. The first pending change of a record also saves the
 * record's server copy (`syncBase:`), so a rejected or conflicting change can be undone later.
 * After the commit the sync runner is told (BroadcastChannel) so it pushes promptly.
 * A write that names a role the policy refuses (common/domain/rolePolicy.ts) throws
 * RoleForbiddenError before anything is written.
 *
 * It is on the hot path of fast data entry (a visit a second, under one frame), so the
 * transaction makes two round trips to IndexedDB, not one per request: every read is in
 * flight at once (meta, the row, a new visit's aggregate cell, the station), then every write
 * is (only a grid recompute — households, visits entered out of order — reads again). Its
 * scope is the tables this entity needs, so it does not wait for reads of unrelated tables.
 */
import type { EntityName } from '#common/schemas/entities';
import type { LocalChange } from '#common/sync/localChange';
import type { GridroomDb } from '#renderer/db/database';
import { syncBaseKey, type MetaRow } from '#renderer/db/localRows';
import { rowTable } from '#renderer/db/rowTables';
import { mayWrite, RoleForbiddenError, type Role } from '#common/domain/rolePolicy';
import {
  aggregateTablesFor,
  cellWithVisit,
  noTouchedGrids,
  readVisitCell,
  recomputeGridAggregates,
  touchGrids,
  visitCellKeyOf,
} from './gridAggregates';
import type { SweepVisit } from '#common/schemas';
import { announceLocalWrite, localWriter, NO_STATION } from './localWriter';

export interface LocalWrite {
  entity: EntityName;
  id: string;
  /** Changed fields; `{ deleted: true }` deletes; for a new record, every field but the server's. */
  patch: Readonly<Record<string, unknown>>;
  /** Officer id (or the workstation while sign-in is pending): `madeBy`, `updatedBy`, audit `who`. */
  madeBy: string;
  workstation: string;
  /** Defaults to Date.now(). */
  now?: number;
  /** The writer's role; when given, the role policy must allow the change (absent = allowed). */
  role?: Role;
}

/** Writes the change; resolves to null when the patch changes nothing (nothing is written). */
export async function writeLocalChange(db: GridroomDb, w: LocalWrite): Promise<LocalChange | null> {
  if (w.role !== undefined && !mayWrite(w.role, w.entity, w.patch)) {
    throw new RoleForbiddenError(w.role, w.entity, Object.keys(w.patch));
  }
  const table = rowTable(db, w.entity);
  const now = w.now ?? Date.now();
  const change = await db.transaction(
    'rw',
    [...table.stores, db.outbox, db.audit, db.meta, db.stations, ...aggregateTablesFor(db, w.entity)],
    async () => {
      // A new visit's cell is read with the rest (its key is in the create's patch).
      const cellKey = w.entity === 'visits' ? visitCellKeyOf(w.patch) : null;
      // The cached station is read too, for a create before enrolment: a later round trip costs more.
      const [[config, seqRow, baseRow], found, cellRead, [cachedStation]] = await Promise.all([
        db.meta.bulkGet(['syncConfig', 'syncSeq', syncBaseKey(w.entity, w.id)]),
        table.get(w.id),
        cellKey ? readVisitCell(db, cellKey) : null,
        db.stations.toCollection().limit(1).primaryKeys(),
      ]);
      const current = found ?? null;
      const writer = localWriter(
        { config, seq: seqRow },
        typeof current?.stationId === 'string' ? current.stationId : (cachedStation ?? NO_STATION),
        { madeBy: w.madeBy, now },
      );
      const { seq, stationId } = writer;
      const made = writer.change(w, current, seq.next);
      if (made === null) return null;
      const meta: MetaRow[] = [{ key: 'syncSeq', value: { next: seq.next + 1, clientId: seq.clientId } }];
      if (!baseRow) meta.push({ key: syncBaseKey(w.entity, w.id), value: { row: current } });
      const cell = current === null && cellRead ? cellWithVisit(made.row as SweepVisit, cellRead) : null;
      const touched = noTouchedGrids();
      if (!cell) touchGrids(touched, w.entity, current, made.row);
      // Issued in this order, executed by IndexedDB in this order: a recompute's reads come
      // after the row's put and see it.
      await Promise.all([
        table.put(made.row),
        db.outbox.add(made.mutation),
        db.meta.bulkPut(meta),
        db.audit.add({
          id: crypto.randomUUID(),
          stationId,
          at: now,
          who: w.madeBy,
          workstation: w.workstation,
          action: made.action,
          entity: w.entity,
          entityId: w.id,
          before: current,
          after: made.row,
        }),
        cell ? db.sweepStats.put(cell) : recomputeGridAggregates(db, touched),
      ]);
      return made;
    },
  );
  if (change !== null) announceLocalWrite(db.name);
  return change;
}
