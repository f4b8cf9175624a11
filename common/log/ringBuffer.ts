/**
 * A bounded in-memory buffer of log records: the renderer's log store where there is no main
 * process to write files (the browser build), and the worker's queue before its page listens.
 * Keeps the newest `capacity` records; older ones are dropped and counted.
 */
import type { LogRecord } from './logRecord';

export interface LogRingBuffer {
  push(record: LogRecord): void;
  records(): LogRecord[];
  dropped(): number;
}

export function createLogRingBuffer(capacity: number): LogRingBuffer {
  const items: LogRecord[] = [];
  let dropped = 0;
  return {
    push(record) {
      items.push(record);
      if (items.length > capacity) {
        items.splice(0, items.length - capacity);
        dropped++;
      }
    },
    records: () => items.slice(),
    dropped: () => dropped,
  };
}
