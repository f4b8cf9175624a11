/**
 * The page side of sync: starts this window's sync worker, sends commands to whichever worker
 * runs (over the shared BroadcastChannel, so any window can pause or sync now), and hands
 * every status snapshot to subscribers — every window sees the same status. The first
 * snapshot comes from meta (`syncStatus`), so a new window shows the last known state at once.
 */
import { initialSnapshot, type SyncMode, type SyncSnapshot } from '#common/sync/syncStatus';
import type { GridroomDb } from '#renderer/db/database';
import { credentialFromStorage, credentialForStorage } from './credentialVault';
import {
  syncChannelName,
  type SyncChannelMessage,
  type SyncCommand,
  type SyncWorkerMessage,
  type SyncWorkerRequest,
} from './syncChannel';
import { isWorkerLogMessage, receiveWorkerLogs, type WorkerLogMessage } from '#renderer/log/workerLog';

/** The enrolment's credential, opened (sealed ones by the keychain); null if none or unopenable. */
async function openStoredCredential(db: GridroomDb): Promise<string | null> {
  const row = await db.meta.get('syncConfig');
  if (row?.key !== 'syncConfig') return null;
  return credentialFromStorage(row.value.credential).catch(() => null);
}

/**
 * Keeps a credential the worker rotated in the enrolment's place, sealed like the first one.
 * Resolves false (the worker keeps the old credential, which the centre still accepts for a
 * while, and retries) when there is no enrolment or the store fails.
 */
export async function storeRotatedCredential(
  db: GridroomDb,
  credential: string,
  issuedAt: number,
): Promise<boolean> {
  try {
    const stored = await credentialForStorage(credential);
    return await db.transaction('rw', db.meta, async () => {
      const row = await db.meta.get('syncConfig');
      if (row?.key !== 'syncConfig') return false;
      await db.meta.put({
        key: 'syncConfig',
        value: { ...row.value, credential: stored, credentialIssuedAt: issuedAt },
      });
      return true;
    });
  } catch {
    return false;
  }
}

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
      w.onmessage = (event: MessageEvent<SyncWorkerMessage | WorkerLogMessage>) => {
        const m = event.data;
        if (isWorkerLogMessage(m)) receiveWorkerLogs(m);
        else if (m.type === 'store-credential')
          void storeRotatedCredential(db, m.credential, m.issuedAt).then((ok) =>
            w.postMessage({ type: 'credential-stored', id: m.id, ok } satisfies SyncWorkerRequest),
          );
        else
          void openStoredCredential(db).then((credential) =>
            w.postMessage({ type: 'credential-opened', id: m.id, credential } satisfies SyncWorkerRequest),
          );
      };
      void openStoredCredential(db).then((credential) =>
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
