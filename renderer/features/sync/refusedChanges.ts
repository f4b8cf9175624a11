/**
 * The changes the centre refused, as the conflicts screen and the title bar show them: read
 * live from the cache's `meta` rows `refused:*` (written by the sync when a push result is
 * `rejected`, renderer/db/refusedChange.ts), newest first; dismissing one deletes its row.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '#renderer/shared/DbContext';
import type { GridroomDb } from '#renderer/db/database';
import { REFUSED_PREFIX, refusedChangeSchema, type RefusedChange } from '#renderer/db/refusedChange';
import { mutationRefusalKey } from '#renderer/i18n/domainWords';

export interface RefusedEntry {
  key: `refused:${string}`;
  change: RefusedChange;
}

export async function readRefusedChanges(db: GridroomDb): Promise<RefusedEntry[]> {
  const rows = await db.meta.where('key').startsWith(REFUSED_PREFIX).toArray();
  const entries: RefusedEntry[] = [];
  for (const row of rows) {
    const parsed = refusedChangeSchema.safeParse(row.value);
    if (parsed.success && row.key.startsWith(REFUSED_PREFIX))
      entries.push({ key: row.key as `refused:${string}`, change: parsed.data });
  }
  return entries.sort((a, b) => b.change.madeAt - a.change.madeAt || b.change.seq - a.change.seq);
}

export function useRefusedChanges(): RefusedEntry[] | undefined {
  const db = useDb();
  return useLiveQuery(() => readRefusedChanges(db), [db]);
}

export function useRefusedCount(): number {
  const db = useDb();
  return useLiveQuery(() => db.meta.where('key').startsWith(REFUSED_PREFIX).count(), [db]) ?? 0;
}

export async function dismissRefusedChange(db: GridroomDb, key: `refused:${string}`): Promise<void> {
  await db.meta.delete(key);
}

/** The words for why the centre refused, by refusal code. */
export const refusalMessages = mutationRefusalKey;
