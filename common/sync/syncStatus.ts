/**
 * Sync status as a discriminated union of events, and the snapshot the UI shows, derived from
 * them by a pure reducer. The runner emits events; every window folds them into the same
 * snapshot (and the runner persists it), so "last synced / pending / conflicts / error" reads
 * the same everywhere.
 */
import type { SyncErrorKind } from './syncErrors';

export type SyncPhase = 'push' | 'pull' | 'initial';
export type SyncMode = 'online' | 'offline' | 'paused';

export type SyncEvent =
  | { type: 'idle'; pending: number; conflicts: number }
  | { type: 'mode'; mode: SyncMode }
  | { type: 'started'; at: number }
  | { type: 'progress'; phase: SyncPhase; done: number; total?: number }
  | { type: 'succeeded'; at: number; pulled: number; pushed: number }
  | { type: 'failed'; reason: SyncErrorKind; message: string; at: number; retryInMs: number | null };

export interface SyncSnapshot {
  mode: SyncMode;
  /** True while a cycle runs. */
  running: boolean;
  progress: { phase: SyncPhase; done: number; total?: number } | null;
  lastSyncedAt: number | null;
  /** Outbox entries not yet confirmed by the server. */
  pending: number;
  /** Open conflicts of the station. */
  conflicts: number;
  lastError: { reason: SyncErrorKind; message: string; at: number; retryInMs: number | null } | null;
  /** An unauthorised reply turns the workstation read-only until it enrols again. */
  readOnly: boolean;
}

export const initialSnapshot: SyncSnapshot = {
  mode: 'paused',
  running: false,
  progress: null,
  lastSyncedAt: null,
  pending: 0,
  conflicts: 0,
  lastError: null,
  readOnly: false,
};

export function reduceStatus(s: SyncSnapshot, e: SyncEvent): SyncSnapshot {
  switch (e.type) {
    case 'idle':
      return { ...s, running: false, progress: null, pending: e.pending, conflicts: e.conflicts };
    case 'mode':
      return { ...s, mode: e.mode };
    case 'started':
      return { ...s, running: true, progress: null };
    case 'progress':
      return { ...s, progress: { phase: e.phase, done: e.done, total: e.total } };
    case 'succeeded':
      // A cycle got through: a workstation shown offline because of the network is online again.
      return {
        ...s,
        running: false,
        progress: null,
        lastSyncedAt: e.at,
        lastError: null,
        readOnly: false,
        mode: s.mode === 'offline' ? 'online' : s.mode,
      };
    case 'failed':
      return {
        ...s,
        running: false,
        progress: null,
        lastError: { reason: e.reason, message: e.message, at: e.at, retryInMs: e.retryInMs },
        readOnly: s.readOnly || e.reason === 'unauthorised',
        mode: e.reason === 'network' && s.mode === 'online' ? 'offline' : s.mode,
      };
  }
}
