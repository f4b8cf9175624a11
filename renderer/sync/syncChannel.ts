/**
 * The BroadcastChannel every window and the sync worker of one database share: the runner
 * posts its status snapshot; writers post `local-write` so the runner pushes promptly; any
 * window posts commands, which the one worker holding the database's Web Lock carries out.
 * The lock has the channel's name.
 */
import type { SyncMode, SyncSnapshot } from '#common/sync/syncStatus';

export const syncChannelName = (dbName: string): string => `gridroom-sync:${dbName}`;
export const syncLockName = syncChannelName;

export type SyncCommand = { type: 'sync-now' } | { type: 'mode'; mode: SyncMode };

export type SyncChannelMessage =
  | { type: 'status'; snapshot: SyncSnapshot }
  | { type: 'local-write' }
  | { type: 'command'; command: SyncCommand };

/** What a page says to its own worker. */
export type SyncWorkerRequest =
  /** `credential`: opened by the page (the keychain is reachable from windows only), or null to use the stored one. */
  | { type: 'start'; dbName: string; mode: SyncMode; credential: string | null }
  | { type: 'stop' }
  /** The answer to a `store-credential`: stored (sealed where the keychain can) or not. */
  | { type: 'credential-stored'; id: number; ok: boolean }
  /** The answer to an `open-credential`: the stored credential, opened, or null. */
  | { type: 'credential-opened'; id: number; credential: string | null };

/**
 * What a worker asks its own page: to keep a rotated credential (sealing needs the keychain,
 * reachable from windows only) in the enrolment's place, before the worker starts using it.
 */
export type SyncWorkerMessage =
  | { type: 'store-credential'; id: number; credential: string; issuedAt: number }
  /** Asked when the worker takes the lock: another window's worker may have rotated meanwhile. */
  | { type: 'open-credential'; id: number };
