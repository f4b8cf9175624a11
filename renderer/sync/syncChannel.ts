/**
 * The BroadcastChannel every window and the sync worker of one database share: the runner
 * posts its status snapshot; writers post `local-write` so the runner pushes promptly. The
 * Web Lock that elects the one runner per database has the same name.
 */
import type { SyncSnapshot } from '../../common/sync/syncStatus';

export const syncChannelName = (dbName: string): string => `gridroom-sync:${dbName}`;
export const syncLockName = syncChannelName;

export type SyncChannelMessage = { type: 'status'; snapshot: SyncSnapshot } | { type: 'local-write' };
