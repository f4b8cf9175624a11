/**
 * An in-memory LocalStore with the same semantics as the Dexie one (rows rebased under the
 * outbox, server copies of pending records, cursor written with its page), used where a
 * workstation's durable store must survive its runner being killed: the convergence test
 * keeps this object and throws the runner away. Each method changes state only after every
 * check has passed, so a rejected step leaves it untouched.
 */
import type { EntityName } from '#common/schemas/entities';
import { settleRecord, type ConfirmedMutation } from '#common/sync/applyPushResults';
import { localChange, type LocalChange } from '#common/sync/localChange';
import type { LocalStore } from '#common/sync/localStore';
import type { Mutation } from '#common/sync/mutation';
import type { Change } from '#common/sync/protocol';
import { pendingByRecord, rebase, recordKey, type SyncRow } from '#common/sync/rebase';
import { validateChanges } from '#common/sync/validateChanges';
import { nextBatch } from '#common/sync/nextBatch';

export interface MemoryStore extends LocalStore {
  readonly rows: Map<string, SyncRow>;
  readonly outbox: Mutation[];
  /** Every confirmation the store accepted, in order: (seq, status). */
  readonly confirmedLog: { seq: number; status: string }[];
  write(entity: EntityName, id: string, patch: Record<string, unknown>, now: number): LocalChange | null;
  nextSeq(): number;
}

export function memoryStore(clientId: string, stationId: string, madeBy: string): MemoryStore {
  const rows = new Map<string, SyncRow>();
  const bases = new Map<string, SyncRow | null>();
  const outbox: Mutation[] = [];
  const confirmedLog: { seq: number; status: string }[] = [];
  let cursor = 0;
  let next = 1;

  return {
    rows,
    outbox,
    confirmedLog,
    nextSeq: () => next,
    write(entity, id, patch, now) {
      const key = recordKey(entity, id);
      const current = rows.get(key) ?? null;
      const made = localChange({ entity, id, current, patch, clientId, seq: next, madeBy, now, stationId });
      if (!made) return null;
      if (!bases.has(key)) bases.set(key, current);
      rows.set(key, made.row);
      outbox.push(made.mutation);
      next += 1;
      return made;
    },
    pendingMutations: async (limit) => nextBatch(outbox, limit).map((m) => structuredClone(m)),
    pendingCount: async () => outbox.length,
    async confirm(confirmed: readonly ConfirmedMutation[]) {
      const pendingSeqs = new Set(outbox.map((m) => m.seq));
      const fresh = confirmed.filter((c) => pendingSeqs.has(c.mutation.seq));
      const done = new Set(fresh.map((c) => c.mutation.seq));
      const rest = outbox.filter((m) => !done.has(m.seq));
      const remaining = pendingByRecord(rest);
      for (const [key, list] of pendingByRecord(fresh.map((c) => ({ ...c.mutation, c })))) {
        const local = rows.get(key) ?? null;
        const base = bases.has(key) ? (bases.get(key) ?? null) : local;
        const left = remaining.get(key) ?? [];
        const settled = settleRecord(
          base,
          local,
          list.map((m) => m.c),
          left,
        );
        if (settled.row === null) rows.delete(key);
        else rows.set(key, settled.row);
        if (left.length === 0) bases.delete(key);
        else bases.set(key, settled.base);
      }
      outbox.splice(0, outbox.length, ...rest);
      for (const c of fresh) confirmedLog.push({ seq: c.mutation.seq, status: c.result.status });
    },
    async applyPage(changes: readonly Change[], nextCursor: number) {
      const valid = validateChanges(changes);
      const pending = pendingByRecord(outbox);
      for (const c of valid) {
        const key = recordKey(c.entity, c.id);
        const mine = pending.get(key);
        if (mine) bases.set(key, c.row);
        rows.set(key, mine ? rebase(c.row, mine) : c.row);
      }
      cursor = nextCursor;
    },
    cursor: async () => cursor,
    async resetForResync() {
      const pending = pendingByRecord(outbox);
      for (const key of [...rows.keys()]) if (!pending.has(key)) rows.delete(key);
      cursor = 0;
    },
  };
}
