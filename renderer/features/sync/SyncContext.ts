/** The sync client of this window and its latest status snapshot, for the indicator and screens. */
import { createContext, useContext } from 'react';
import { initialSnapshot, type SyncSnapshot } from '#common/sync/syncStatus';
import type { SyncClient } from '#renderer/sync/syncClient';

export interface SyncState {
  client: SyncClient | null;
  snapshot: SyncSnapshot;
  enrolled: boolean;
}

export const SyncContext = createContext<SyncState>({
  client: null,
  snapshot: initialSnapshot,
  enrolled: false,
});

export function useSync(): SyncState {
  return useContext(SyncContext);
}
