/** React context carrying the open cache and the one action that replaces it (rebuild). */
import { createContext, useContext } from 'react';
import type { GridroomDb } from '#renderer/db/database';

export interface CacheHandle {
  db: GridroomDb;
  /**
   * Deletes the cache and brings it up again: from the central API where one is configured,
   * else (or with `forceDemo`) from demo data of the given size.
   */
  rebuild(size: 'station' | 'district', forceDemo?: boolean): void;
}

export const DbContext = createContext<CacheHandle | null>(null);

export function useCache(): CacheHandle {
  const handle = useContext(DbContext);
  if (!handle) throw new Error('useCache outside the cache gate');
  return handle;
}

export function useDb(): GridroomDb {
  return useCache().db;
}
