/**
 * The sync cycle's LocalStore over the workstation's Dexie cache. Each method is one Dexie
 * transaction: a pulled page writes its rows (rebased under the pending outbox), the records'
 * server copies, the grids' aggregates and the cursor together; a confirmation removes outbox
 * entries and re-derives their rows together. Rows are validated before a transaction opens,
 * so a malformed page leaves the cache and the outbox as they were.
 */
import type { EntityName } from '#common/schemas/entities';
import { settleRecord, type ConfirmedMutation } from '#common/sync/applyPushResults';
import type { LocalStore } from '#common/sync/localStore';
import type { Mutation } from '#common/sync/mutation';
import type { Change } from '#common/sync/protocol';
import { pendingByRecord, rebase, recordKey, type SyncRow } from '#common/sync/rebase';
import { validateChanges } from '#common/sync/validateChanges';
import { nextBatch } from '#common/sync/nextBatch';
import type { GridroomDb, OutboxRow } from '#renderer/db/database';
import { syncBaseKey } from '#renderer/db/localRows';
import { refusedKey } from '#renderer/db/refusedChange';
import { rowStores, rowTable } from '#renderer/db/rowTables';
import { aggregateTables, noTouchedGrids, recomputeGridAggregates, touchGrids } from './gridAggregates';

function asMutation(row: OutboxRow): Mutation {
  if (row.seq === undefined) throw new Error('outbox entry without a seq');
  const { clientId, seq, entity, id, patch, baseVersion, madeBy, madeAt } = row;
  return { clientId, seq, entity, id, patch, baseVersion, madeBy, madeAt };
}

export function dexieLocalStore(db: GridroomDb): LocalStore {
  return {
    async pendingMutations(limit) {
      return nextBatch((await db.outbox.orderBy('seq').limit(limit).toArray()).map(asMutation), limit);
    },

    pendingCount: () => db.outbox.count(),

    async confirm(confirmed: readonly ConfirmedMutation[]) {
      if (confirmed.length === 0) return;
      const stores = rowStores(
        db,
        confirmed.map((c) => c.mutation.entity),
      );
      await db.transaction('rw', [...stores, db.outbox, db.meta, ...aggregateTables(db)], async () => {
        const outbox = (await db.outbox.toArray()).map(asMutation);
        const stillPending = new Set(outbox.map((m) => m.seq));
        const fresh = confirmed.filter((c) => stillPending.has(c.mutation.seq));
        if (fresh.length === 0) return;
        const done = new Set(fresh.map((c) => c.mutation.seq));
        await db.outbox.bulkDelete([...done]);
        // A refused change is reverted below; its record stays until the officer dismisses it.
        const refusedAt = Date.now();
        await db.meta.bulkPut(
          fresh
            .filter((c) => c.result.status === 'rejected')
            .map(({ mutation: m, result: r }) => ({
              key: refusedKey(m.clientId, m.seq),
              value: {
                entity: m.entity,
                recordId: m.id,
                patch: m.patch,
                madeBy: m.madeBy,
                madeAt: m.madeAt,
                refusedAt,
                seq: m.seq,
                ...(r.refusal ? { refusal: r.refusal } : {}),
                ...(r.reason ? { reason: r.reason } : {}),
              },
            })),
        );
        const remaining = pendingByRecord(outbox.filter((m) => !done.has(m.seq)));
        const touched = noTouchedGrids();
        for (const [key, list] of pendingByRecord(fresh.map((c) => ({ ...c.mutation, c })))) {
          const { entity, id } = list[0]!;
          const table = rowTable(db, entity);
          const baseRow = await db.meta.get(syncBaseKey(entity, id));
          const local = (await table.get(id)) ?? null;
          const base = baseRow && 'row' in baseRow.value ? baseRow.value.row : local;
          const rest = remaining.get(key) ?? [];
          const settled = settleRecord(
            base,
            local,
            list.map((m) => m.c),
            rest,
          );
          if (settled.row === null) await table.delete(id);
          else await table.put(settled.row);
          if (rest.length === 0) await db.meta.delete(syncBaseKey(entity, id));
          else await db.meta.put({ key: syncBaseKey(entity, id), value: { row: settled.base } });
          touchGrids(touched, entity, local, settled.row);
        }
        await recomputeGridAggregates(db, touched);
      });
    },

    async applyPage(changes: readonly Change[], nextCursor: number) {
      const valid = validateChanges(changes);
      const byEntity = new Map<EntityName, Change[]>();
      for (const c of valid) {
        const list = byEntity.get(c.entity);
        if (list) list.push(c);
        else byEntity.set(c.entity, [c]);
      }
      const stores = rowStores(db, byEntity.keys());
      await db.transaction('rw', [...stores, db.outbox, db.meta, ...aggregateTables(db)], async () => {
        const pending = pendingByRecord((await db.outbox.toArray()).map(asMutation));
        // During the first load from the centre the aggregates are rebuilt once at the end
        // (recomputeAllAggregates), not per page: far fewer reads on the 100k-row path.
        const state = await db.meta.get('cacheState');
        const deferAggregates = state?.key === 'cacheState' && state.value.status === 'loading';
        const touched = noTouchedGrids();
        for (const [entity, list] of byEntity) {
          const table = rowTable(db, entity);
          const aggregated = !deferAggregates && (entity === 'households' || entity === 'visits');
          const before = aggregated ? await table.bulkGet(list.map((c) => c.id)) : [];
          const rows = list.map((c) => {
            const mine = pending.get(recordKey(entity, c.id));
            return mine ? rebase(c.row, mine) : c.row;
          });
          await table.bulkPut(rows);
          const bases = list.filter((c) => pending.has(recordKey(entity, c.id)));
          if (bases.length > 0)
            await db.meta.bulkPut(
              bases.map((c) => ({ key: syncBaseKey(entity, c.id), value: { row: c.row } })),
            );
          if (aggregated) touchGrids(touched, entity, ...before, ...rows);
        }
        await recomputeGridAggregates(db, touched);
        await db.meta.put({ key: 'syncCursor', value: { cursor: nextCursor } });
      });
    },

    async cursor() {
      const row = await db.meta.get('syncCursor');
      return row?.key === 'syncCursor' ? row.value.cursor : 0;
    },

    async resetForResync() {
      const synced = db.tables.filter(
        (t) => !['outbox', 'audit', 'meta', 'gridStats', 'sweepStats'].includes(t.name),
      );
      await db.transaction('rw', [...synced, db.outbox, db.meta, db.gridStats, db.sweepStats], async () => {
        // Records with pending changes keep their rows: their outbox entries still apply to them.
        const pending = (await db.outbox.toArray()).map(asMutation);
        const keep = new Map<EntityName, SyncRow[]>();
        for (const m of pending) {
          const row = await rowTable(db, m.entity).get(m.id);
          if (row) keep.set(m.entity, [...(keep.get(m.entity) ?? []), row]);
        }
        await Promise.all([...synced, db.gridStats, db.sweepStats].map((t) => t.clear()));
        for (const [entity, rows] of keep) await rowTable(db, entity).bulkPut(rows);
        await db.meta.put({ key: 'syncCursor', value: { cursor: 0 } });
      });
    },
  };
}
