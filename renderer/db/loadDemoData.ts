/**
 * Page-side driver of the demo load: starts the worker, forwards its progress, and settles
 * when the cache is ready (or with the worker's error, as a storage failure the UI can word).
 */
import type { DemoLoadMessage, DemoLoadRequest } from './demoLoadMessages';
import type { CacheFailure } from './storageErrors';

/** A failed load, already classified (quota, corrupt…) by the worker. */
export class DemoLoadError extends Error {
  constructor(readonly failure: CacheFailure) {
    super(failure.detail);
    this.name = 'DemoLoadError';
  }
}

export function loadDemoData(
  request: DemoLoadRequest,
  onMessage: (m: DemoLoadMessage) => void = () => {},
): Promise<Extract<DemoLoadMessage, { type: 'done' }>> {
  const worker = new Worker(new URL('./demoLoad.worker.ts', import.meta.url), {
    type: 'module',
    name: 'demo-load',
  });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DemoLoadMessage>) => {
      const m = event.data;
      onMessage(m);
      if (m.type === 'done') {
        worker.terminate();
        resolve(m);
      } else if (m.type === 'failed') {
        worker.terminate();
        reject(new DemoLoadError(m.failure));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(
        new DemoLoadError({
          reason: 'corrupt',
          detail: event.message || 'the demo-load worker failed to start',
        }),
      );
    };
    worker.postMessage(request);
  });
}
