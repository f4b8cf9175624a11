/**
 * Where the renderer's log lines go. In the desktop app: to main over the IPC contract
 * (`log-write`, batched, at most 100 per call), which writes them to the log files. In a plain
 * browser (no preload): a bounded in-memory ring buffer, the only log there is. Either way
 * the newest lines are also kept in the ring buffer, so diagnostics can be read without main.
 * Also logs what would otherwise vanish: uncaught errors and unhandled promise rejections.
 */
import { maxLogBatch } from '#common/ipc/logContract';
import { addLogSink, createLogger, createLogRingBuffer, type LogRecord } from '#common/log';

const ring = createLogRingBuffer(2000);
let started = false;

/** The newest records of this window (browser mode's whole log). */
export const recentLogRecords = (): LogRecord[] => ring.records();

function ipcForwarder(send: (records: LogRecord[]) => Promise<unknown>): (record: LogRecord) => void {
  let queue: LogRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    const batch = queue;
    queue = [];
    for (let i = 0; i < batch.length; i += maxLogBatch)
      void send(batch.slice(i, i + maxLogBatch)).catch(() => {
        // main refused or is gone: the ring buffer still holds these lines
      });
  };
  addEventListener('pagehide', flush);
  return (record) => {
    if (record.level === 'debug') return;
    queue.push(record);
    if (queue.length >= maxLogBatch) flush();
    else timer ??= setTimeout(flush, 500);
  };
}

/** Installs this window's sinks and crash handlers, once. */
export function startRendererLogging(): void {
  if (started) return;
  started = true;
  addLogSink((record) => ring.push(record));
  const bridge = window.gridroom;
  if (bridge) addLogSink(ipcForwarder((records) => bridge.logWrite({ records })));
  const log = createLogger('renderer');
  addEventListener('error', (event) => {
    log.error('uncaught error', {
      err: event.error instanceof Error ? event.error : event.message,
      source: event.filename,
      line: event.lineno,
    });
  });
  addEventListener('unhandledrejection', (event) => log.error('unhandled rejection', { err: event.reason }));
  log.info('window started', { route: location.hash.replace(/\?.*$/, ''), desktop: Boolean(bridge) });
}
