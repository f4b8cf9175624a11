/**
 * A station demo cache of a test file's own, in real IndexedDB: loaded through the app's demo
 * loader before the file's tests, closed and deleted after them. `db` is the open cache.
 */
import { Dexie } from 'dexie';
import { afterAll, beforeAll } from 'vitest';
import { GridroomDb } from '#renderer/db/database';
import { loadDemoData } from '#renderer/db/loadDemoData';

export interface StationDemoCache {
  dbName: string;
  now: number;
  readonly db: GridroomDb;
}

export function useStationDemoCache(prefix: string, now = Date.now()): StationDemoCache {
  const dbName = `${prefix}-${Math.random().toString(36).slice(2)}`;
  let db: GridroomDb | null = null;
  beforeAll(async () => {
    await loadDemoData({ size: 'station', now, dbName, concurrency: 2 });
    db = new GridroomDb(dbName);
    await db.open();
  }, 120_000);
  afterAll(async () => {
    db?.close();
    await Dexie.delete(dbName);
  });
  return {
    dbName,
    now,
    get db(): GridroomDb {
      if (!db) throw new Error('the demo cache is not loaded yet');
      return db;
    },
  };
}
