/**
 * Dedicated worker hosting the sync runner of one database, so the window never blocks on
 * sync. Every window starts one; only the worker holding the Web Lock `gridroom-sync:<db>`
 * runs (the others wait for it, and take over when its window closes). Commands and local-write
 * nudges arrive on the shared BroadcastChannel; status snapshots leave on it and are persisted
 * in meta (`syncStatus`) so a new window shows the last state at once.
 */
import { httpTransport } from '../../common/sync/httpTransport';
import {
  initialSnapshot,
  reduceStatus,
  type SyncEvent,
  type SyncMode,
  type SyncSnapshot,
} from '../../common/sync/syncStatus';
import { GridroomDb } from '../db/database';
import { dexieLocalStore } from './dexieLocalStore';
import { createSyncRunner } from './syncRunner';
import { refreshIdentityKey } from './identityKey';
import {
  syncChannelName,
  syncLockName,
  type SyncChannelMessage,
  type SyncWorkerRequest,
} from './syncChannel';

async function host(
  dbName: string,
  mode: SyncMode,
  credential: string | null,
  stopped: Promise<void>,
): Promise<void> {
  const db = new GridroomDb(dbName);
  const channel = new BroadcastChannel(syncChannelName(dbName));
  const persisted = await db.meta.get('syncStatus');
  let snapshot: SyncSnapshot =
    persisted?.key === 'syncStatus'
      ? { ...persisted.value, running: false, progress: null }
      : initialSnapshot;
  const publish = (e: SyncEvent) => {
    snapshot = reduceStatus(snapshot, e);
    channel.postMessage({ type: 'status', snapshot } satisfies SyncChannelMessage);
    if (e.type !== 'progress') void db.meta.put({ key: 'syncStatus', value: snapshot }).catch(() => {});
  };
  const config = await db.meta.get('syncConfig');
  if (config?.key !== 'syncConfig') {
    // Not enrolled: nothing to sync with. Local writes still work; enrolment restarts the worker.
    publish({ type: 'mode', mode: 'paused' });
    await stopped;
    channel.close();
    db.close();
    return;
  }
  const runner = createSyncRunner({
    store: dexieLocalStore(db),
    transport: httpTransport(config.value.apiUrl, credential ?? config.value.credential, (input, init) =>
      fetch(input, init),
    ),
    clientId: config.value.clientId,
    onEvent: publish,
  });
  channel.onmessage = (event: MessageEvent<SyncChannelMessage>) => {
    const m = event.data;
    if (m.type === 'local-write') runner.nudge();
    else if (m.type === 'command') {
      if (m.command.type === 'sync-now') void runner.syncNow();
      else runner.setMode(m.command.mode);
    }
  };
  publish({ type: 'idle', pending: await db.outbox.count(), conflicts: snapshot.conflicts });
  runner.setMode(mode);
  if (mode !== 'offline')
    void refreshIdentityKey(db, config.value.apiUrl, credential ?? config.value.credential, (i, init) => fetch(i, init));
  await stopped;
  await runner.stop();
  channel.close();
  db.close();
}

/** Wires the worker's message handler; its one piece of state lives in this closure. */
function serve(scope: { onmessage: ((event: MessageEvent<SyncWorkerRequest>) => void) | null }): void {
  let stop: (() => void) | null = null;
  scope.onmessage = (event) => {
    const m = event.data;
    if (m.type === 'stop') {
      stop?.();
      return;
    }
    if (stop) return;
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    void navigator.locks.request(syncLockName(m.dbName), () => host(m.dbName, m.mode, m.credential, stopped));
  };
}

serve(self as unknown as { onmessage: ((event: MessageEvent<SyncWorkerRequest>) => void) | null });
