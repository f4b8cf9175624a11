/**
 * The shape of one log line, shared by every world: the logger builds it, sinks write it, the
 * IPC contract parses it when the renderer sends its lines to main. `data` is already redacted
 * (redact.ts) and JSON-safe; the caps keep one line, and one IPC batch, small.
 */
import { z } from 'zod';

export const logLevels = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof logLevels)[number];

export const maxLogMessageLength = 2000;
export const maxLogDataChars = 8000;
export const maxLogScopeLength = 64;

export const logRecordSchema = z
  .object({
    /** epoch ms */
    t: z.number().int().nonnegative(),
    level: z.enum(logLevels),
    /** which part of the app wrote it: `sync`, `imports`, `main`, … */
    scope: z
      .string()
      .min(1)
      .max(maxLogScopeLength)
      .regex(/^[a-z0-9][a-z0-9:._-]*$/, 'a scope is lower-case letters, digits and : . _ -'),
    msg: z.string().max(maxLogMessageLength),
    data: z
      .record(z.string(), z.json())
      .refine((d) => JSON.stringify(d).length <= maxLogDataChars, `data over ${maxLogDataChars} characters`)
      .optional(),
  })
  .strict();

export type LogRecord = z.infer<typeof logRecordSchema>;

/** One JSON line per record, the format of the log files and of the diagnostics zip. */
export const formatLogLine = (record: LogRecord): string => JSON.stringify(record);
