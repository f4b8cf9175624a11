/** Reads a day's visits for the printed report off the main thread (visitsOfDay.ts). */
import { GridroomDb } from '../../db/database';
import { readVisitsOfDay, type ListedVisits, type VisitsOfDay } from './visitsOfDay';

export interface VisitsOfDayRequest {
  dbName: string;
  date: string;
  listed: ListedVisits;
}

export type VisitsOfDayReply = { type: 'read'; visits: VisitsOfDay } | { type: 'failed'; message: string };

self.onmessage = async (event: MessageEvent<VisitsOfDayRequest>) => {
  const { dbName, date, listed } = event.data;
  const db = new GridroomDb(dbName);
  try {
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
