/**
 * Opens the cache and says, in one discriminated result, what state it is in — so the app
 * can always show something: the board, a first-run load, or a clear message with an offer
 * to rebuild. Never throws; never leaves a blank window.
 */
import { Dexie } from 'dexie';
import { GridroomDb } from './database';
import { CURRENT_SCHEMA, DB_NAME } from './schema';
import { cacheStateSchema } from './localRows';
import { describeStorageError, type CacheFailure } from './storageErrors';

export type CacheOpenResult =
  | { kind: 'ready'; db: GridroomDb }
  | { kind: 'empty'; db: GridroomDb }
  | { kind: 'interrupted'; db: GridroomDb }
  | { kind: 'failed'; failure: CacheFailure };

export async function openCache(name: string = DB_NAME): Promise<CacheOpenResult> {
  const db = new GridroomDb(name);
  try {
    await db.open();
  } catch (error) {
    db.close();
    return { kind: 'failed', failure: describeStorageError(error) };
  }
  const missing = Object.keys(CURRENT_SCHEMA.stores).filter(
    (table) => !db.backendDB().objectStoreNames.contains(table),
  );
  if (missing.length > 0) {
    db.close();
    return {
      kind: 'failed',
      failure: { reason: 'broken-schema', detail: `missing tables: ${missing.join(', ')}` },
    };
  }
  try {
    const written = await db.meta.get('schema');
    const writtenVersion = written?.key === 'schema' ? written.value.version : 0;
    if (writtenVersion > CURRENT_SCHEMA.version) {
      db.close();
      return {
        kind: 'failed',
        failure: {
          reason: 'newer-schema',
          detail: `cache schema v${writtenVersion}, this app reads up to v${CURRENT_SCHEMA.version}`,
        },
      };
    }
    const row = await db.meta.get('cacheState');
    if (!row) return { kind: 'empty', db };
    const state = cacheStateSchema.safeParse(row.value);
    if (!state.success) {
      db.close();
      return {
        kind: 'failed',
        failure: { reason: 'broken-schema', detail: 'cache state record is malformed' },
      };
    }
    return state.data.status === 'ready' ? { kind: 'ready', db } : { kind: 'interrupted', db };
  } catch (error) {
    db.close();
    return { kind: 'failed', failure: describeStorageError(error) };
  }
}

/** Deletes the whole cache (after the user agreed): the next open starts from empty. */
export async function deleteCache(name: string = DB_NAME): Promise<void> {
  await Dexie.delete(name);
}

/** Asks the browser not to evict the cache under storage pressure (best effort). */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
