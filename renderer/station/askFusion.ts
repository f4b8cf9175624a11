/**
 * Page side of the fusion worker: one worker per question, ended when it has answered. Where
 * no worker can be made, the same read runs in the page.
 */
import { askWorker } from '#renderer/shared/askWorker';
import type { GridroomDb } from '#renderer/db/database';
import { readFusion, type FusionRequestOptions, type FusionSummary } from './fusionRead';
import type { FusionReply, FusionRequest } from './fusion.worker';

export async function askFusion(db: GridroomDb, options: FusionRequestOptions): Promise<FusionSummary> {
  if (typeof Worker === 'undefined') return readFusion(db, options);
  const worker = new Worker(new URL('./fusion.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gridroom-fusion',
  });
  const reply = await askWorker<FusionRequest, Exclude<FusionReply, { type: 'failed' }>>(worker, {
    dbName: db.name,
    ...options,
  });
  return reply.summary;
}
