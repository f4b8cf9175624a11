/**
 * Computes the fusion findings off the main thread (fusionRead.ts): opens its own connection
 * to the cache, reads, computes, answers once with the summary and closes. One worker per
 * question (askFusion.ts), as the report's visits worker.
 */
import { GridroomDb } from '#renderer/db/database';
import { readFusion, type FusionRequestOptions, type FusionSummary } from './fusionRead';

export interface FusionRequest extends FusionRequestOptions {
  dbName: string;
}

export type FusionReply = { type: 'computed'; summary: FusionSummary } | { type: 'failed'; message: string };

self.onmessage = async (event: MessageEvent<FusionRequest>) => {
  const { dbName, ...options } = event.data;
  const db = new GridroomDb(dbName);
  try {
    const summary = await readFusion(db, options);
    self.postMessage({ type: 'computed', summary } satisfies FusionReply);
  } catch (error) {
    self.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    } satisfies FusionReply);
  } finally {
    db.close();
  }
};
