/** Reads and saves the workstation's settings (kept in the cache's `meta` table, validated). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from './DbContext';
import type { GridroomDb } from '#renderer/db/database';
import { migrateBasemap } from '#renderer/db/basemapSetting';
import { defaultSettings, settingsSchema, type Settings } from '#renderer/db/localRows';

export async function readSettings(db: GridroomDb): Promise<Settings> {
  const row = await db.meta.get('settings');
  // records written before the basemap setting had only `basemapUrl`
  const parsed = settingsSchema.safeParse(migrateBasemap(row?.value));
  return parsed.success ? parsed.data : defaultSettings;
}

/** Validates the whole record before writing; throws the zod error on bad input. */
export async function saveSettings(db: GridroomDb, patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await readSettings(db)), ...patch });
  await db.meta.put({ key: 'settings', value: next });
  return next;
}

export function useSettings(): Settings | undefined {
  const db = useDb();
  return useLiveQuery(() => readSettings(db), [db]);
}
