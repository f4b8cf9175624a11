/**
 * The scoped logger every part of the app uses instead of `console`:
 * `const log = createLogger('sync'); log.warn('push failed', { reason, status })`.
 * Each record names its scope, and its message and fields are redacted (redact.ts) before any
 * sink sees them. Where the lines go is each world's business: main adds a rotating-file sink,
 * the renderer one that forwards to main (or a ring buffer in a plain browser), the sync worker
 * one that posts to its page. With no sink, records are dropped. The sink list is the one piece
 * of module state, on purpose: a logger must be usable from any module without wiring.
 */
import type { LogLevel, LogRecord } from './logRecord';
import { maxLogMessageLength } from './logRecord';
import { redactData, redactText } from './redact';

export type LogSink = (record: LogRecord) => void;

export interface Logger {
  readonly scope: string;
  debug(msg: string, data?: unknown): void;
  info(msg: string, data?: unknown): void;
  warn(msg: string, data?: unknown): void;
  error(msg: string, data?: unknown): void;
}

const sinks = new Set<LogSink>();

/** Adds a sink; returns its removal. */
export function addLogSink(sink: LogSink): () => void {
  sinks.add(sink);
  return () => {
    sinks.delete(sink);
  };
}

/** Hands an already-built record (from another process or worker) to this world's sinks. */
export function emitLogRecord(record: LogRecord): void {
  for (const sink of sinks) {
    try {
      sink(record);
    } catch {
      // a failing sink must never break the caller, and has nowhere to report to
    }
  }
}

/** Builds a redacted record; exported for sinks and tests. */
export function buildLogRecord(scope: string, level: LogLevel, msg: string, data: unknown, now = Date.now()): LogRecord {
  const fields = redactData(data);
  return {
    t: now,
    level,
    scope,
    msg: redactText(msg, maxLogMessageLength),
    ...(fields ? { data: fields } : {}),
  };
}

export function createLogger(scope: string): Logger {
  const write = (level: LogLevel) => (msg: string, data?: unknown) => {
    if (sinks.size === 0) return;
    emitLogRecord(buildLogRecord(scope, level, msg, data));
  };
  return { scope, debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
