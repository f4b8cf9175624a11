/**
 * The log channels of the IPC contract. `log-write`: the renderer hands main a batch of its
 * (already redacted) log records for the log files — at most 100 records, each capped by
 * logRecordSchema. `log-read`: main hands back its kept log files, for the diagnostics zip.
 */
import { z } from 'zod';
import { logRecordSchema } from '../log/logRecord';

export const maxLogBatch = 100;
/** The files main keeps are 1 MB × 5; a little room over that. */
export const maxLogReadChars = 6 * 1024 * 1024;

export const logWriteRequestSchema = z
  .object({ records: z.array(logRecordSchema).min(1).max(maxLogBatch) })
  .strict();
export const logWriteReplySchema = z.object({ status: z.literal('ok'), written: z.number().int() }).strict();

export const logFileSchema = z
  .object({ name: z.string().regex(/^[a-z0-9][a-z0-9.-]*\.log$/), text: z.string() })
  .strict();
export const logReadReplySchema = z
  .object({ files: z.array(logFileSchema).max(10) })
  .strict()
  .refine((r) => r.files.reduce((n, f) => n + f.text.length, 0) <= maxLogReadChars, 'log files too large');

export type LogWriteRequest = z.infer<typeof logWriteRequestSchema>;
export type LogWriteReply = z.infer<typeof logWriteReplySchema>;
export type LogReadReply = z.infer<typeof logReadReplySchema>;
