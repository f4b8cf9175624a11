/**
 * Page side of the visits worker: one worker per read, ended when it has answered. Where no
 * worker can be made, the same read runs in the page.
 */
import { askWorker } from '../../app/askWorker';
import type { GridroomDb } from '../../db/database';
import { readVisitsOfDay, type ListedVisits, type VisitsOfDay } from './visitsOfDay';
import type { VisitsOfDayReply, VisitsOfDayRequest } from './visitsOfDay.worker';

export async function readVisitsOfDayOffThread(
  db: GridroomDb,
  date: string,
  listed: ListedVisits,
): Promise<VisitsOfDay> {
  if (typeof Worker === 'undefined') return readVisitsOfDay(db, date, listed);
  const worker = new Worker(new URL('./visitsOfDay.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gridroom-report-visits',
  });
  const request: VisitsOfDayRequest = { dbName: db.name, date, listed };
  const reply = await askWorker<VisitsOfDayRequest, Extract<VisitsOfDayReply, { type: 'read' }>>(
    worker,
    request,
  );
  return reply.visits;
}
