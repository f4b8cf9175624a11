/**
 * The extent of the workstation's offline basemap, when it has one (a PMTiles file records its
 * bounds): the grid import's last resort for "where is this station", used only when the
 * station has neither a district outline nor grids yet. Read straight from the cache's
 * settings row, so the import worker needs no React hook.
 */
import type { GridroomDb } from '#renderer/db/database';
import { migrateBasemap } from '#renderer/db/basemapSetting';
import { settingsSchema } from '#renderer/db/localRows';

export type Bounds = [west: number, south: number, east: number, north: number];

export async function readBasemapBounds(db: GridroomDb): Promise<Bounds | null> {
  const row = await db.meta.get('settings');
  const parsed = settingsSchema.safeParse(migrateBasemap(row?.value));
  if (!parsed.success || parsed.data.basemap.kind !== 'pmtiles') return null;
  return parsed.data.basemap.summary.bounds;
}
