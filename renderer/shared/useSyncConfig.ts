/** The workstation's enrolment (meta `syncConfig`), validated; null when not enrolled. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from './DbContext';
import type { GridroomDb } from '#renderer/db/database';
import { syncConfigSchema, type SyncConfig } from '#renderer/db/localRows';

export async function readSyncConfig(db: GridroomDb): Promise<SyncConfig | null> {
  const row = await db.meta.get('syncConfig');
  const parsed = syncConfigSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** undefined while loading, null when this workstation is not enrolled. */
export function useSyncConfig(): SyncConfig | null | undefined {
  const db = useDb();
  return useLiveQuery(() => readSyncConfig(db), [db]);
}
