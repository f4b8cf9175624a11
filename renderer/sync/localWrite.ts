/**
 * A change made at this workstation (ARCHITECTURE §2, §5): the optimistic row, its outbox
 * entry and an audit entry (who, when, before/after) are written in ONE Dexie transaction,
 * together with the next seq and — for households and visits — the grid's aggregates. Either
 * all of it is in the cache or none of it. The first pending change of a record also saves the
 * record's server copy (`syncBase:`), so a rejected or conflicting change can be undone later.
 * After the commit the sync runner is told (BroadcastChannel) so it pushes promptly.
 * A write that names a role the policy refuses (features/roles/rolePolicy.ts) throws
 * RoleForbiddenError before anything is written.
 */
import type { EntityName } from '../../common/schemas/entities';
import { localChange, type LocalChange } from '../../common/sync/localChange';
import type { SyncRow } from '../../common/sync/rebase';
import type { GridroomDb } from '../db/database';
import { syncBaseKey } from '../db/localRows';
import { mayWrite, RoleForbiddenError, type Role } from '../features/roles/rolePolicy';
import {
  addVisitToAggregates,
  aggregateTables,
  noTouchedGrids,
  recomputeGridAggregates,
  touchGrids,
} from './gridAggregates';
import type { SweepVisit } from '../../common/schemas';
import { syncChannelName, type SyncChannelMessage } from './syncChannel';

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
  const table = db.table<SyncRow, string>(w.entity);
  const now = w.now ?? Date.now();
  const change = await db.transaction(
    'rw',
    [table, db.outbox, db.audit, db.meta, db.stations, ...aggregateTables(db)],
    async () => {
      const [config, seqRow, baseRow] = await db.meta.bulkGet([
        'syncConfig',
        'syncSeq',
        syncBaseKey(w.entity, w.id),
      ]);
      const current = ((await table.get(w.id)) as SyncRow | undefined) ?? null;
      const seq = seqRow?.key === 'syncSeq' ? seqRow.value : { next: 1, clientId: crypto.randomUUID() };
      const clientId = config?.key === 'syncConfig' ? config.value.clientId : seq.clientId;
      const stationId =
        config?.key === 'syncConfig'
          ? config.value.stationId
          : typeof current?.stationId === 'string'
            ? current.stationId
            : ((await db.stations.toCollection().first())?.id ?? '00000000-0000-4000-8000-000000000000');
      const made = localChange({
        entity: w.entity,
        id: w.id,
        current,
        patch: w.patch,
        clientId,
        seq: seq.next,
        madeBy: w.madeBy,
        now,
        stationId,
      });
      if (made === null) return null;
      if (!baseRow) await db.meta.put({ key: syncBaseKey(w.entity, w.id), value: { row: current } });
      await table.put(made.row);
      await db.outbox.add(made.mutation);
      await db.meta.put({ key: 'syncSeq', value: { next: seq.next + 1, clientId: seq.clientId } });
      await db.audit.add({
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
      });
      const touched = noTouchedGrids();
      const added =
        w.entity === 'visits' && current === null && (await addVisitToAggregates(db, made.row as SweepVisit));
      if (!added) {
        touchGrids(touched, w.entity, current, made.row);
        await recomputeGridAggregates(db, touched);
      }
      return made;
    },
  );
  if (change !== null && typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(syncChannelName(db.name));
    channel.postMessage({ type: 'local-write' } satisfies SyncChannelMessage);
    channel.close();
  }
  return change;
}
