/**
 * How many local changes wait in the outbox, live, for everything that shows or guards on it
 * (the title bar's sync indicator, the updater's "never over unsynced changes", the version
 * section): one Dexie live query per cache however many components ask, so a local write
 * wakes one count. Each component used to run its own, and a visit's save was followed by two
 * identical counts competing with the next save (issue 16's profile).
 * Invariants: the query runs while at least one component listens and stops with the last;
 * `undefined` until the first count (and after a failed one, which is logged without data).
 */
import { liveQuery, type Subscription } from 'dexie';
import { useMemo, useSyncExternalStore } from 'react';
import type { GridroomDb } from '#renderer/db/database';
import { createLogger } from '#common/log';
import { useDb } from './DbContext';

const log = createLogger('outbox-count');

interface SharedCount {
  value: number | undefined;
  listeners: Set<() => void>;
  subscription: Subscription | null;
}

export interface OutboxCountStore {
  subscribe(listener: () => void): () => void;
  current(): number | undefined;
}

const counts = new WeakMap<GridroomDb, SharedCount>();

/** The one shared live count of this cache's outbox (a store for useSyncExternalStore). */
export function outboxCountStore(db: GridroomDb): OutboxCountStore {
  let shared = counts.get(db);
  if (!shared) {
    shared = { value: undefined, listeners: new Set(), subscription: null };
    counts.set(db, shared);
  }
  const s = shared;
  const notify = () => {
    for (const listener of s.listeners) listener();
  };
  return {
    subscribe(listener) {
      s.listeners.add(listener);
      s.subscription ??= liveQuery(() => db.outbox.count()).subscribe({
        next: (n) => {
          s.value = n;
          notify();
        },
        error: (error: unknown) => {
          log.warn('outbox count failed', { error: error instanceof Error ? error.name : 'unknown' });
          s.value = undefined;
          notify();
        },
      });
      return () => {
        s.listeners.delete(listener);
        if (s.listeners.size > 0) return;
        s.subscription?.unsubscribe();
        s.subscription = null;
        s.value = undefined;
      };
    },
    current: () => s.value,
  };
}

/** undefined while the first count loads. */
export function useOutboxCount(): number | undefined {
  const db = useDb();
  const store = useMemo(() => outboxCountStore(db), [db]);
  return useSyncExternalStore(store.subscribe, store.current);
}
