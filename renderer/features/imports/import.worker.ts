/**
 * The import worker: reads, checks and applies one file off the main thread, so a
 * 200,000-row household register neither freezes the window nor holds its memory. Talks to
 * the page with ImportRequest / ImportReply values only (importMessages.ts). A `cancel` during
 * apply aborts the one transaction (nothing written) and answers `cancelled`; the page
 * terminates the worker to stop a read or a check.
 */
import { DOMParser } from '@xmldom/xmldom';
import { GridroomDb } from '#renderer/db/database';
import { failureReply } from './applyFailure';
import { createImportJob, type ImportJob } from './importJob';
import type { ImportReply, ImportRequest } from './importMessages';

const post = (message: ImportReply): void => self.postMessage(message);

let db: GridroomDb | null = null;
let job: ImportJob | null = null;
let running: AbortController | null = null;

/** At most one progress message per 100 ms (and always the last), so the page is not flooded. */
function throttled(phase: 'reading' | 'checking' | 'writing') {
  let last = 0;
  return (done: number, total: number) => {
    const now = performance.now();
    if (done < total && now - last < 100) return;
    last = now;
    post({ type: 'progress', phase, done, total });
  };
}

async function handle(request: ImportRequest): Promise<void> {
  switch (request.type) {
    case 'read': {
      db?.close();
      db = new GridroomDb(request.dbName);
      job = createImportJob(db, new DOMParser());
      post({ type: 'progress', phase: 'reading', done: 0, total: request.file.size });
      const outcome = await job.read(request.kind, request.fileName, request.file, {
        onProgress: throttled('reading'),
        // a macrotask between chunks: the worker's message loop (and a GC) get their turn
        pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
      });
      post(
        outcome.ok
          ? { type: 'read', summary: outcome.file.summary }
          : { type: 'read-failed', issue: outcome.issue },
      );
      return;
    }
    case 'check': {
      if (!job) return post({ type: 'failed', reason: 'not-checked', message: 'no file read' });
      const report = await job.check(request.mapping, request.crs, throttled('checking'), request.constants);
      post({ type: 'checked', report });
      return;
    }
    case 'apply': {
      if (!job) return post({ type: 'failed', reason: 'not-checked', message: 'no file read' });
      running = new AbortController();
      try {
        const outcome = await job.apply(request.actor, request.fileName, {
          signal: running.signal,
          onProgress: throttled('writing'),
        });
        post(
          outcome.status === 'applied'
            ? { type: 'applied', result: outcome.result }
            : { type: 'plan-changed', report: outcome.report, changes: outcome.changes },
        );
      } finally {
        running = null;
      }
      return;
    }
    case 'cancel':
      running?.abort();
      return;
  }
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  handle(event.data).catch((error: unknown) => post(failureReply(error)));
};
