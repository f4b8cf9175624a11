/**
 * Log lines from a dedicated worker to its page: a worker has no preload bridge, so its
 * logger's sink posts each record to the page (`{ type: 'log', records }`), and the page
 * hands them to its own sinks (rendererLogging.ts), which forward them to main.
 */
import { addLogSink, emitLogRecord, logRecordSchema, type LogRecord } from '#common/log';

export interface WorkerLogMessage {
  type: 'log';
  records: LogRecord[];
}

/** In the worker: send every record of this worker's loggers to the page. */
export function forwardWorkerLogs(post: (message: WorkerLogMessage) => void): () => void {
  return addLogSink((record) => post({ type: 'log', records: [record] }));
}

export function isWorkerLogMessage(message: unknown): message is WorkerLogMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'log';
}

/** In the page: pass a worker's records on (malformed ones are dropped). */
export function receiveWorkerLogs(message: WorkerLogMessage): void {
  for (const raw of message.records) {
    const parsed = logRecordSchema.safeParse(raw);
    if (parsed.success) emitLogRecord(parsed.data);
  }
}
