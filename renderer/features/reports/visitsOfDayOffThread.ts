/**
 * Page side of the visits worker: one worker per read, ended when it has answered. Where no
 * worker can be made, the same read runs in the page.
 */
import type { GridroomDb } from '../../db/database';
import { readVisitsOfDay, type ListedVisits, type VisitsOfDay } from './visitsOfDay';
import type { VisitsOfDayReply, VisitsOfDayRequest } from './visitsOfDay.worker';

export function readVisitsOfDayOffThread(
  db: GridroomDb,
  date: string,
  listed: ListedVisits,
): Promise<VisitsOfDay> {
  if (typeof Worker === 'undefined') return readVisitsOfDay(db, date, listed);
  const worker = new Worker(new URL('./visitsOfDay.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gridroom-report-visits',
  });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<VisitsOfDayReply>) => {
      worker.terminate();
      if (event.data.type === 'read') resolve(event.data.visits);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'the report visits worker failed'));
    };
    worker.postMessage({ dbName: db.name, date, listed } satisfies VisitsOfDayRequest);
  });
}
