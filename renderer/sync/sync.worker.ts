/**
 * Dedicated worker hosting the sync runner of one database, so the window never blocks on
 * sync. Every window starts one; only the worker holding the Web Lock `gridroom-sync:<db>`
 * runs (the others wait for it, and take over when its window closes). Commands and local-write
 * nudges arrive on the shared BroadcastChannel; status snapshots leave on it and are persisted
 * in meta (`syncStatus`) so a new window shows the last state at once.
 */
import { authClient } from '#common/auth/authClient';
import { createCredentialRotator } from '#common/sync/credentialRotation';
import { httpTransport } from '#common/sync/httpTransport';
import {
  initialSnapshot,
  reduceStatus,
  type SyncEvent,
  type SyncMode,
  type SyncSnapshot,
} from '#common/sync/syncStatus';
import { GridroomDb } from '#renderer/db/database';
import { dexieLocalStore } from './dexieLocalStore';
import { createSyncRunner } from './syncRunner';
import { refreshIdentityKey } from './identityKey';
import { refreshPassKey } from './passKey';
import {
  syncChannelName,
  syncLockName,
  type SyncChannelMessage,
  type SyncWorkerMessage,
  type SyncWorkerRequest,
} from './syncChannel';
import { createLogger } from '#common/log';
import { forwardWorkerLogs, type WorkerLogMessage } from '#renderer/log/workerLog';

const log = createLogger('sync');

/** What the worker asks its page (which reaches the keychain): store a rotated credential, open the stored one. */
interface PageAsk {
  store(credential: string, issuedAt: number): Promise<boolean>;
  open(): Promise<string | null>;
}

async function host(
  dbName: string,
  mode: SyncMode,
  credential: string | null,
  stopped: Promise<void>,
  page: PageAsk,
): Promise<void> {
  const db = new GridroomDb(dbName);
  const channel = new BroadcastChannel(syncChannelName(dbName));
  const persisted = await db.meta.get('syncStatus');
  let snapshot: SyncSnapshot =
    persisted?.key === 'syncStatus'
      ? { ...persisted.value, running: false, progress: null }
      : initialSnapshot;
  const publish = (e: SyncEvent) => {
    logSyncEvent(snapshot, e);
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
  const fetchImpl = (input: string, init: RequestInit) => fetch(input, init);
  // The credential is rotated on a schedule, unseen; it is used only once the page stored it.
  const rotator = createCredentialRotator(
    {
      rotate: (signal) => auth.rotateCredential(signal),
      store: async (next, issuedAt) => {
        if (!(await page.store(next, issuedAt))) throw new Error('the rotated credential was not stored');
      },
      now: Date.now,
    },
    {
      // Another window's worker may have rotated while this one waited for the lock.
      credential: (await page.open()) ?? credential ?? config.value.credential,
      issuedAt: config.value.credentialIssuedAt ?? 0,
    },
  );
  const auth = authClient({ baseUrl: config.value.apiUrl, fetchImpl, credential: () => rotator.current() });
  const runner = createSyncRunner({
    store: dexieLocalStore(db),
    transport: httpTransport(config.value.apiUrl, () => rotator.current(), fetchImpl),
    clientId: config.value.clientId,
    onEvent: publish,
    beforeCycle: (signal) => rotator.rotateIfDue(signal),
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
  if (mode !== 'offline') {
    void refreshIdentityKey(db, config.value.apiUrl, credential ?? config.value.credential, (i, init) =>
      fetch(i, init),
    );
    void refreshPassKey(db, config.value.apiUrl, credential ?? config.value.credential, (i, init) =>
      fetch(i, init),
    );
  }
  await stopped;
  await runner.stop();
  channel.close();
  db.close();
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

interface WorkerScope {
  onmessage: ((event: MessageEvent<SyncWorkerRequest>) => void) | null;
  postMessage(message: SyncWorkerMessage | WorkerLogMessage): void;
}

/**
 * What IT needs afterwards: every failure with its reason, a recovery, a change of mode, and
 * cycles that moved data (quiet polls are not logged, or they would fill the files).
 */
function logSyncEvent(before: SyncSnapshot, e: SyncEvent): void {
  if (e.type === 'failed')
    log.warn('sync failed', {
      reason: e.reason,
      message: e.message,
      retryInMs: e.retryInMs,
      pending: before.pending,
    });
  else if (e.type === 'succeeded' && (before.lastError || e.pulled > 0 || e.pushed > 0))
    log.info(before.lastError ? 'sync recovered' : 'sync succeeded', { pulled: e.pulled, pushed: e.pushed });
  else if (e.type === 'mode' && e.mode !== before.mode)
    log.info('sync mode', { from: before.mode, to: e.mode });
}

/** Wires the worker's message handler; its state lives in this closure. */
function serve(scope: WorkerScope): void {
  forwardWorkerLogs((message) => scope.postMessage(message));
  let stop: (() => void) | null = null;
  let nextId = 1;
  const waiting = new Map<number, (answer: Extract<SyncWorkerRequest, { id: number }>) => void>();
  const ask = (message: WithoutId<SyncWorkerMessage>) =>
    new Promise<Extract<SyncWorkerRequest, { id: number }>>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      scope.postMessage({ ...message, id } as SyncWorkerMessage);
    });
  const page: PageAsk = {
    store: async (credential, issuedAt) => {
      const answer = await ask({ type: 'store-credential', credential, issuedAt });
      return answer.type === 'credential-stored' && answer.ok;
    },
    open: async () => {
      const answer = await ask({ type: 'open-credential' });
      return answer.type === 'credential-opened' ? answer.credential : null;
    },
  };
  scope.onmessage = (event) => {
    const m = event.data;
    if (m.type === 'credential-stored' || m.type === 'credential-opened') {
      waiting.get(m.id)?.(m);
      waiting.delete(m.id);
      return;
    }
    if (m.type === 'stop') {
      stop?.();
      for (const [id, resolve] of waiting) resolve({ type: 'credential-stored', id, ok: false });
      waiting.clear();
      return;
    }
    if (stop) return;
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    void navigator.locks.request(syncLockName(m.dbName), () =>
      host(m.dbName, m.mode, m.credential, stopped, page),
    );
  };
}

serve(self as unknown as WorkerScope);
