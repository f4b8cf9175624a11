/**
 * The sync orchestrator of one database: explicit modes (online: cycles on start, on pokes,
 * on local writes and every `intervalMs`; offline: no network at all; paused: the user
 * stopped it), exponential backoff with full jitter after a failure, no automatic retry after
 * a failure that retrying can't fix (unauthorised → read-only, outdated client, forbidden,
 * invalid request) until `syncNow` or a mode change. One cycle at a time; all state lives in
 * the runner's closure. It emits SyncEvents; the host folds them into the snapshot.
 */
import { nextBackoff, resetBackoff, defaultBackoff, type BackoffState } from '#common/sync/backoff';
import type { LocalStore } from '#common/sync/localStore';
import { runSyncCycle } from '#common/sync/syncCycle';
import { toSyncError } from '#common/sync/syncErrors';
import type { SyncEvent, SyncMode } from '#common/sync/syncStatus';
import type { SyncTransport } from '#common/sync/transport';

export interface SyncRunnerOptions {
  store: LocalStore;
  transport: SyncTransport;
  clientId: string;
  onEvent: (e: SyncEvent) => void;
  /** Runs before each cycle (credential rotation); its failure never fails the cycle. */
  beforeCycle?: (signal: AbortSignal) => Promise<unknown>;
  now?: () => number;
  random?: () => number;
  intervalMs?: number;
  backoff?: { baseMs: number; capMs: number };
}

export interface SyncRunner {
  setMode(mode: SyncMode): void;
  /** Runs a cycle now (also after a non-retryable failure); resolves when it has finished. */
  syncNow(): Promise<void>;
  /** A local write happened: push soon. */
  nudge(): void;
  /** Stops for good; resolves when the running cycle and the event stream have ended. */
  stop(): Promise<void>;
}

export function createSyncRunner(o: SyncRunnerOptions): SyncRunner {
  const now = o.now ?? Date.now;
  const random = o.random ?? Math.random;
  const intervalMs = o.intervalMs ?? 30_000;
  const backoffOptions = { ...defaultBackoff, ...o.backoff, random };
  let mode: SyncMode = 'paused';
  let stopped = false;
  let backoff: BackoffState = resetBackoff();
  let blocked = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let events: AbortController | null = null;
  let cycleAbort: AbortController | null = null;

  const schedule = (ms: number) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void kick(), ms);
  };

  async function cycle(): Promise<void> {
    cycleAbort = new AbortController();
    o.onEvent({ type: 'started', at: now() });
    try {
      // A failed rotation is retried before the next cycle; the cycle itself reports the network.
      await o.beforeCycle?.(cycleAbort.signal).catch(() => {});
      const r = await runSyncCycle({
        store: o.store,
        transport: o.transport,
        clientId: o.clientId,
        signal: cycleAbort.signal,
        onProgress: (p) => o.onEvent({ type: 'progress', ...p }),
      });
      backoff = resetBackoff();
      blocked = false;
      o.onEvent({ type: 'succeeded', at: now(), pulled: r.pulled, pushed: r.pushed });
      const conflicts = await o.transport
        .conflicts(cycleAbort.signal)
        .then((c) => c.conflicts.filter((x) => x.resolvedAt === null).length);
      o.onEvent({ type: 'idle', pending: await o.store.pendingCount(), conflicts });
      if (mode === 'online') schedule(intervalMs);
    } catch (error) {
      const e = toSyncError(error);
      if (stopped || mode !== 'online') return;
      let retryInMs: number | null = null;
      if (e.retryable) {
        const next = nextBackoff(backoff, backoffOptions);
        backoff = next.state;
        retryInMs = next.delayMs;
        schedule(retryInMs);
      } else {
        blocked = true;
      }
      o.onEvent({ type: 'failed', reason: e.kind, message: e.message, at: now(), retryInMs });
    } finally {
      cycleAbort = null;
    }
  }

  async function kick(force = false): Promise<void> {
    if (stopped || mode !== 'online' || (blocked && !force)) return;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await cycle();
      } while (again && !stopped && mode === 'online' && !blocked);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  async function listen(signal: AbortSignal): Promise<void> {
    let state = resetBackoff();
    while (!signal.aborted) {
      try {
        for await (const _poke of o.transport.events(signal)) {
          state = resetBackoff();
          void kick();
        }
      } catch {
        // The stream failed: reconnect after a backoff; cycles keep their own schedule.
      }
      if (signal.aborted) return;
      const next = nextBackoff(state, backoffOptions);
      state = next.state;
      await new Promise((resolve) => setTimeout(resolve, next.delayMs));
    }
  }

  function setMode(next: SyncMode): void {
    if (stopped || next === mode) return;
    mode = next;
    o.onEvent({ type: 'mode', mode });
    if (timer !== undefined) clearTimeout(timer);
    events?.abort();
    events = null;
    if (mode === 'online') {
      blocked = false;
      backoff = resetBackoff();
      events = new AbortController();
      void listen(events.signal);
      void kick();
    } else {
      cycleAbort?.abort();
    }
  }

  return {
    setMode,
    syncNow: () => kick(true),
    nudge: () => void kick(),
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      events?.abort();
      cycleAbort?.abort();
      await running;
    },
  };
}
