/**
 * Saving the basemap setting: a browser-mode PMTiles file picked in the form is stored first
 * (db/basemapFiles.ts), then the validated settings record is written, then stored files other
 * than the active one are dropped. In the desktop app main is told the active basemap, and the
 * reply says whether the window must reload for the new CSP.
 */
import type { GridroomDb } from '#renderer/db/database';
import { basemapFilesDb, pruneBasemapFiles, storeBasemapFile } from '#renderer/db/basemapFiles';
import type { BasemapSetting } from '#renderer/db/basemapSetting';
import { saveSettings } from '#renderer/shared/useSettings';
import { activateDesktopBasemap } from './desktopBasemap';

export type BasemapSaveResult =
  | { status: 'saved'; reload: boolean }
  /** `declined`: the user refused main's confirmation of the tile server origin. */
  | { status: 'refused'; message: string; declined: boolean };

export async function saveBasemap(
  db: GridroomDb,
  setting: BasemapSetting,
  pendingFile: { blob: Blob; name: string } | null,
): Promise<BasemapSaveResult> {
  const files = basemapFilesDb(db.name);
  let next = setting;
  let storedId: string | null = null;
  if (next.kind === 'pmtiles' && pendingFile !== null) {
    storedId = (await storeBasemapFile(files, pendingFile.blob, pendingFile.name)).id;
    next = { ...next, file: { store: 'browser', id: storedId } };
  }
  const activation = activateDesktopBasemap(next);
  const reply = activation ? await activation : null;
  if (reply?.status === 'refused') {
    if (storedId !== null) await files.files.delete(storedId);
    return { status: 'refused', message: reply.message, declined: reply.reason === 'declined' };
  }
  try {
    await saveSettings(db, { basemap: next });
  } catch (error) {
    if (storedId !== null) await files.files.delete(storedId);
    throw error;
  }
  await pruneBasemapFiles(
    files,
    next.kind === 'pmtiles' && next.file.store === 'browser' ? next.file.id : null,
  );
  return { status: 'saved', reload: reply?.reload ?? false };
}
