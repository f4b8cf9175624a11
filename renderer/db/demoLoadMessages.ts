/** The messages between the page and the demo-load worker. */
import type { WriteProgress } from './writeDataset';
import type { CacheFailure } from './storageErrors';

export interface DemoLoadRequest {
  size: 'station' | 'district';
  now: number;
  seed?: number;
  dbName?: string;
  concurrency?: number;
}

export type DemoLoadMessage =
  | { type: 'generating' }
  | ({ type: 'progress' } & WriteProgress)
  | { type: 'done'; generatedMs: number; totalMs: number }
  | { type: 'failed'; failure: CacheFailure };
