/**
 * The offline basemap's PMTiles file in browser mode, kept so it survives a restart: its Blob
 * in a small IndexedDB database of its own, `<cache name>-basemap` (Chromium stores a Blob by
 * reference, so a file of hundreds of MB costs no copy in memory). Separate from the cache so
 * that rebuilding or syncing the cache never reads, copies or drops the file, and so the cache's
 * schema does not change for it. At most the active file is kept: saving the setting prunes
 * the others (`pruneBasemapFiles`).
 */
import { Dexie, type EntityTable } from 'dexie';

export interface BasemapFileRow {
  id: string;
  name: string;
  size: number;
  blob: Blob;
  storedAt: number;
}

const SCHEMA_V1 = { version: 1, stores: { files: '&id' } } as const;

export class BasemapFilesDb extends Dexie {
  declare files: EntityTable<BasemapFileRow, 'id'>;

  constructor(cacheName: string) {
    super(`${cacheName}-basemap`);
    this.version(SCHEMA_V1.version).stores(SCHEMA_V1.stores);
  }
}

const open = new Map<string, BasemapFilesDb>();

/** The basemap file database beside the cache named `cacheName` (one instance per name). */
export function basemapFilesDb(cacheName: string): BasemapFilesDb {
  let db = open.get(cacheName);
  if (!db) {
    db = new BasemapFilesDb(cacheName);
    open.set(cacheName, db);
  }
  return db;
}

export async function storeBasemapFile(
  db: BasemapFilesDb,
  file: Blob,
  name: string,
): Promise<BasemapFileRow> {
  const row: BasemapFileRow = {
    id: crypto.randomUUID(),
    name,
    size: file.size,
    blob: file,
    storedAt: Date.now(),
  };
  await db.files.put(row);
  return row;
}

export async function loadBasemapFile(db: BasemapFilesDb, id: string): Promise<Blob | null> {
  const row = await db.files.get(id);
  return row?.blob ?? null;
}

/** Deletes every stored file but `keepId` (none when null). */
export async function pruneBasemapFiles(db: BasemapFilesDb, keepId: string | null): Promise<void> {
  await db.files.filter((row) => row.id !== keepId).delete();
}
