/**
 * Starts this window's sync client once the workstation is enrolled (the worker behind it
 * runs only if no other window's runner holds the database's Web Lock) and shares its status.
 * The UI never waits for it: reads and writes go to the cache regardless.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { initialSnapshot, type SyncSnapshot } from '#common/sync/syncStatus';
import { useDb } from '#renderer/shared/DbContext';
import { expose } from '#renderer/shared/testBridge';
import { createSyncClient, type SyncClient } from '#renderer/sync/syncClient';
import { SyncContext, type SyncState } from './SyncContext';
import { useSyncConfig } from '#renderer/shared/useSyncConfig';

export function SyncProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const config = useSyncConfig();
  const enrolled = config !== null && config !== undefined;
  const [live, setLive] = useState<{ client: SyncClient | null; snapshot: SyncSnapshot }>({
    client: null,
    snapshot: initialSnapshot,
  });

  useEffect(() => {
    if (!enrolled) return;
    const c = createSyncClient(db);
    const unsubscribe = c.subscribe((snapshot) => {
      setLive({ client: c, snapshot });
      expose('sync', snapshot);
    });
    c.start('online');
    return () => {
      unsubscribe();
      c.stop();
    };
  }, [db, enrolled, config?.deviceId]);

  const value = useMemo<SyncState>(
    () => (enrolled ? { ...live, enrolled } : { client: null, snapshot: initialSnapshot, enrolled }),
    [live, enrolled],
  );
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}
