/**
 * Reads a day's visits for the printed report off the main thread (visitsOfDay.ts). A read
 * asked at boot (`onlyWhenReady`) first checks that the cache is ready, and answers `not-ready`
 * when it is not, so a first-run load never leaves the report an empty day.
 */
import { GridroomDb } from '#renderer/db/database';
import { cacheStateSchema } from '#renderer/db/localRows';
import { readVisitsOfDay, type ListedVisits, type VisitsOfDay } from './visitsOfDay';

export interface VisitsOfDayRequest {
  dbName: string;
  date: string;
  listed: ListedVisits;
  onlyWhenReady: boolean;
}

export type VisitsOfDayReply =
  { type: 'read'; visits: VisitsOfDay } | { type: 'not-ready' } | { type: 'failed'; message: string };

async function cacheIsReady(db: GridroomDb): Promise<boolean> {
  const row = await db.meta.get('cacheState');
  const state = cacheStateSchema.safeParse(row?.value);
  return state.success && state.data.status === 'ready';
}

self.onmessage = async (event: MessageEvent<VisitsOfDayRequest>) => {
  const { dbName, date, listed, onlyWhenReady } = event.data;
  const db = new GridroomDb(dbName);
  try {
    if (onlyWhenReady && !(await cacheIsReady(db))) {
      self.postMessage({ type: 'not-ready' } satisfies VisitsOfDayReply);
      return;
    }
    const visits = await readVisitsOfDay(db, date, listed);
    self.postMessage({ type: 'read', visits } satisfies VisitsOfDayReply);
  } catch (error) {
    self.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    } satisfies VisitsOfDayReply);
  } finally {
    db.close();
  }
};
