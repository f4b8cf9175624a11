/**
 * Web worker that generates the demo dataset and writes it into the cache, so the window stays
 * responsive through a 200k-household load. Talks to the page with DemoLoadMessage values only.
 */
import { generateDemoData } from '#common/demo';
import { GridroomDb } from './database';
import { writeDataset } from './writeDataset';
import { describeStorageError } from './storageErrors';
import type { DemoLoadMessage, DemoLoadRequest } from './demoLoadMessages';

const post = (message: DemoLoadMessage): void => self.postMessage(message);

self.onmessage = async (event: MessageEvent<DemoLoadRequest>) => {
  const { size, now, seed, dbName, concurrency } = event.data;
  const db = new GridroomDb(dbName);
  try {
    post({ type: 'generating' });
    const started = performance.now();
    const { station, ...rest } = await generateDemoData({ size, now, seed });
    const generatedMs = performance.now() - started;
    await writeDataset(
      db,
      { stations: [station], ...rest },
      {
        source: `demo:${size}`,
        dataAsOf: now,
        concurrency,
        onProgress: (p) => post({ type: 'progress', ...p }),
      },
    );
    post({ type: 'done', generatedMs, totalMs: performance.now() - started });
  } catch (error) {
    post({ type: 'failed', failure: describeStorageError(error) });
  } finally {
    db.close();
  }
};
