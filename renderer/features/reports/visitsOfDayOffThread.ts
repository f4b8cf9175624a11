/**
 * Page side of the visits worker: one worker per read, ended when it has answered. Where no
 * worker can be made, the same read runs in the page.
 */
import { askWorker } from '#renderer/shared/askWorker';
import type { GridroomDb } from '#renderer/db/database';
import { readVisitsOfDay, type ListedVisits, type VisitsOfDay } from './visitsOfDay';
import type { VisitsOfDayReply, VisitsOfDayRequest } from './visitsOfDay.worker';

/** Asks a new worker; null when the request wanted a ready cache and it was not. */
export async function askVisitsWorker(request: VisitsOfDayRequest): Promise<VisitsOfDay | null> {
  const worker = new Worker(new URL('./visitsOfDay.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gridroom-report-visits',
  });
  const reply = await askWorker<VisitsOfDayRequest, Exclude<VisitsOfDayReply, { type: 'failed' }>>(
    worker,
    request,
  );
  return reply.type === 'read' ? reply.visits : null;
}

export async function readVisitsOfDayOffThread(
  db: GridroomDb,
  date: string,
  listed: ListedVisits,
): Promise<VisitsOfDay> {
  if (typeof Worker === 'undefined') return readVisitsOfDay(db, date, listed);
  const visits = await askVisitsWorker({ dbName: db.name, date, listed, onlyWhenReady: false });
  if (!visits) throw new Error('the visits worker did not read');
  return visits;
}
