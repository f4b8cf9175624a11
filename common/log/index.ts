/** The logger's public face: `createLogger(scope)`, sinks, the record schema and redaction. */
export { addLogSink, buildLogRecord, createLogger, emitLogRecord, type LogSink, type Logger } from './logger';
export { formatLogLine, logLevels, logRecordSchema, type LogLevel, type LogRecord } from './logRecord';
export { REDACTED, isSecretKey, redactData, redactText, redactValue } from './redact';
export { createLogRingBuffer, type LogRingBuffer } from './ringBuffer';
export type { JsonValue } from './jsonValue';
