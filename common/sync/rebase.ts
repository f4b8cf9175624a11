/**
 * Field-wise patches over synced rows, and the rebase of a pulled server row under the
 * workstation's pending (unconfirmed) mutations: result = server row with the pending patches
 * re-applied in seq order. Pending edits win on the fields they set; the server wins on every
 * other field, server-owned ones (version, updatedAt…) included, since patches never carry
 * them. Rebasing twice with the same pending list changes nothing (patches are field sets).
 */
import type { Mutation } from './mutation';

/** A synced row as the sync engine handles it: validated at the edges, opaque in between. */
export type SyncRow = Record<string, unknown>;

export function applyPatch(row: SyncRow, patch: Readonly<Record<string, unknown>>): SyncRow {
  return { ...row, ...patch };
}

export function rebase(server: SyncRow, pending: readonly Pick<Mutation, 'patch'>[]): SyncRow {
  let row = server;
  for (const m of pending) row = applyPatch(row, m.patch);
  return row;
}

/** A record's key across entities, for maps of pending mutations. */
export const recordKey = (entity: string, id: string): string => `${entity}:${id}`;

/** Pending mutations grouped by record, each list in seq order. */
export function pendingByRecord<M extends Pick<Mutation, 'entity' | 'id' | 'seq'>>(
  pending: readonly M[],
): Map<string, M[]> {
  const byRecord = new Map<string, M[]>();
  for (const m of [...pending].sort((a, b) => a.seq - b.seq)) {
    const key = recordKey(m.entity, m.id);
    const list = byRecord.get(key);
    if (list) list.push(m);
    else byRecord.set(key, [m]);
  }
  return byRecord;
}
