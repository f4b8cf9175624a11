/**
 * The port through which a sync cycle reads and writes the workstation's durable state (the
 * Dexie cache in the app; an in-memory map in the convergence test). Each method is one
 * atomic step: when it resolves, its effect is durable; when it rejects, nothing of it is.
 */
import type { Mutation } from './mutation';
import type { Change } from './protocol';
import type { ConfirmedMutation } from './applyPushResults';

export interface LocalStore {
  /** The oldest unconfirmed mutations, in seq order, at most `limit`. */
  pendingMutations(limit: number): Promise<Mutation[]>;
  pendingCount(): Promise<number>;
  /**
   * Removes confirmed mutations from the outbox and re-derives their records' rows (a rejected
   * or conflicting change must not linger in the cache). Unknown seqs are ignored: a stale
   * reply may confirm what an earlier one already did.
   */
  confirm(confirmed: readonly ConfirmedMutation[]): Promise<void>;
  /** Writes pulled rows (rebased under pending mutations) and the new cursor, together. */
  applyPage(changes: readonly Change[], nextCursor: number): Promise<void>;
  cursor(): Promise<number>;
  /** 410: forget every synced row and the cursor (keeping the outbox) before a pull from 0. */
  resetForResync(): Promise<void>;
}
