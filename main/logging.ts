/**
 * Main's logging: the rotating files in `<userData>/logs` (1 MB × 5), the renderer's lines
 * arriving over IPC (re-redacted: main does not trust a renderer to have used the logger),
 * warnings and errors echoed to stderr, and the process events a station's IT needs after a
 * crash — an uncaught exception (observed, not swallowed), an unhandled rejection, a renderer
 * or child process that died. No Electron import: the app's event emitter is passed in.
 */
import { addLogSink, createLogger, redactData, redactText, type LogLevel, type LogRecord } from '#common/log';
import { createRotatingLog, type LogFile, type RotatingLog } from './logFiles';

export const logFileCap = { maxBytes: 1024 * 1024, keep: 5 } as const;

const rank: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** One file line: the record plus which process wrote it. */
export const fileLine = (record: LogRecord, proc: 'main' | 'renderer'): string =>
  JSON.stringify({ ...record, proc });

export interface MainLogging {
  readonly files: RotatingLog;
  /** The renderer's records, already parsed by the IPC contract. */
  writeFromRenderer(records: readonly LogRecord[]): void;
  readFiles(): LogFile[];
  stop(): void;
}

export interface MainLoggingOptions {
  dir: string;
  /** Lowest level written to the files (default info). */
  level?: LogLevel;
  /** Where warnings and errors are echoed (default: none). */
  stderr?: (line: string) => void;
}

export function startMainLogging(options: MainLoggingOptions): MainLogging {
  const files = createRotatingLog({ dir: options.dir, ...logFileCap });
  const min = rank[options.level ?? 'info'];
  const removeSink = addLogSink((record) => {
    if (rank[record.level] < min) return;
    const line = fileLine(record, 'main');
    files.append(line);
    if (rank[record.level] >= rank.warn) options.stderr?.(line);
  });
  return {
    files,
    writeFromRenderer(records) {
      for (const r of records) {
        if (rank[r.level] < min) continue;
        const data = redactData(r.data);
        const clean: LogRecord = { ...r, msg: redactText(r.msg), ...(data ? { data } : {}) };
        files.append(fileLine(clean, 'renderer'));
      }
    },
    readFiles: () => files.readAll(),
    stop: removeSink,
  };
}

/** The slice of Node's process and Electron's app that crash logging listens on. */
export interface EventSource {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** Logs crashes of main (uncaught, unhandled), of renderers and of child processes. */
export function logProcessEvents(proc: EventSource, app: EventSource): void {
  const log = createLogger('main');
  // the monitor event observes an uncaught exception without changing what happens next
  proc.on('uncaughtExceptionMonitor', (error, origin) =>
    log.error('uncaught exception', { err: error, origin }),
  );
  proc.on('unhandledRejection', (reason) => log.error('unhandled rejection', { err: reason }));
  proc.on('warning', (warning) => log.warn('process warning', { err: warning }));
  app.on('render-process-gone', (_event, _contents, details) => {
    const d = (details ?? {}) as { reason?: unknown; exitCode?: unknown };
    log.error('renderer process gone', { reason: d.reason, exitCode: d.exitCode });
  });
  app.on('child-process-gone', (_event, details) => {
    const d = (details ?? {}) as { type?: unknown; reason?: unknown; exitCode?: unknown; name?: unknown };
    log.error('child process gone', {
      type: d.type,
      reason: d.reason,
      exitCode: d.exitCode,
      service: d.name,
    });
  });
}
