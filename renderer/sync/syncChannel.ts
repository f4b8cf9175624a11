/**
 * The BroadcastChannel every window and the sync worker of one database share: the runner
 * posts its status snapshot; writers post `local-write` so the runner pushes promptly; any
 * window posts commands, which the one worker holding the database's Web Lock carries out.
 * The lock has the channel's name.
 */
import type { SyncMode, SyncSnapshot } from '../../common/sync/syncStatus';

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
  { type: 'start'; dbName: string; mode: SyncMode; credential: string | null } | { type: 'stop' };
