/**
 * The page side of sync: starts this window's sync worker, sends commands to whichever worker
 * runs (over the shared BroadcastChannel, so any window can pause or sync now), and hands
 * every status snapshot to subscribers — every window sees the same status. The first
 * snapshot comes from meta (`syncStatus`), so a new window shows the last known state at once.
 */
import { initialSnapshot, type SyncMode, type SyncSnapshot } from '../../common/sync/syncStatus';
import type { GridroomDb } from '../db/database';
import { credentialFromStorage } from './credentialVault';
import {
  syncChannelName,
  type SyncChannelMessage,
  type SyncCommand,
  type SyncWorkerRequest,
} from './syncChannel';

export interface SyncClient {
  start(mode?: SyncMode): void;
  stop(): void;
  syncNow(): void;
  pause(): void;
  resume(): void;
  goOffline(): void;
  snapshot(): SyncSnapshot;
  subscribe(listener: (s: SyncSnapshot) => void): () => void;
}

const defaultWorker = (): Worker =>
  new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module', name: 'gridroom-sync' });

export function createSyncClient(db: GridroomDb, createWorker: () => Worker = defaultWorker): SyncClient {
  const channel = new BroadcastChannel(syncChannelName(db.name));
  const listeners = new Set<(s: SyncSnapshot) => void>();
  let current: SyncSnapshot = initialSnapshot;
  let worker: Worker | null = null;
  let live = false;

  const emit = (s: SyncSnapshot) => {
    live = true;
    current = s;
    for (const l of listeners) l(s);
  };
  channel.onmessage = (event: MessageEvent<SyncChannelMessage>) => {
    if (event.data.type === 'status') emit(event.data.snapshot);
  };
  void db.meta.get('syncStatus').then((row) => {
    if (!live && row?.key === 'syncStatus') emit({ ...row.value, running: false, progress: null });
  });
  const command = (c: SyncCommand) =>
    channel.postMessage({ type: 'command', command: c } satisfies SyncChannelMessage);

  return {
    start(mode = 'online') {
      if (worker) return;
      const w = createWorker();
      worker = w;
      void db.meta
        .get('syncConfig')
        .then((row) => (row?.key === 'syncConfig' ? credentialFromStorage(row.value.credential) : null))
        .catch(() => null)
        .then((credential) =>
          w.postMessage({ type: 'start', dbName: db.name, mode, credential } satisfies SyncWorkerRequest),
        );
    },
    stop() {
      worker?.postMessage({ type: 'stop' } satisfies SyncWorkerRequest);
      worker = null;
      channel.close();
    },
    syncNow: () => command({ type: 'sync-now' }),
    pause: () => command({ type: 'mode', mode: 'paused' }),
    resume: () => command({ type: 'mode', mode: 'online' }),
    goOffline: () => command({ type: 'mode', mode: 'offline' }),
    snapshot: () => current,
    subscribe(listener) {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
  };
}
