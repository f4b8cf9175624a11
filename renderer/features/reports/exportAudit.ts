/**
 * Every export of a daily report (PDF, XLSX, CSV) is written to the audit log: who, when,
 * which date, which format, under which file name. The report archive screen lists these
 * entries. Written only after the file was saved, so a failed save leaves no archive entry.
 */
import { z } from 'zod';
import type { GridroomDb } from '#renderer/db/database';
import { recordExportEntry } from '#renderer/export/recordExport';

export const reportFormats = ['pdf', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/**
 * How the file left the app: the desktop app's save dialog, a browser download, or the
 * browser's print dialog — after which the app cannot know whether a PDF was saved, only that
 * the dialog closed, and the archive says so.
 */
export const reportExportRoutes = ['desktop', 'download', 'browser-print'] as const;

export const reportExportSchema = z.object({
  /** The report's day, YYYY-MM-DD (Asia/Shanghai). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  format: z.enum(reportFormats),
  fileName: z.string().min(1),
  /** Size of the saved file, when known. */
  bytes: z.number().int().nonnegative().optional(),
  via: z.enum(reportExportRoutes).optional(),
});

export type ReportExport = z.infer<typeof reportExportSchema>;

export async function recordReportExport(
  db: GridroomDb,
  actor: { madeBy: string; workstation: string },
  exported: ReportExport,
  now = Date.now(),
): Promise<void> {
  await recordExportEntry(
    db,
    actor,
    { entity: 'report', entityId: `${exported.date}:${exported.format}`, after: exported },
    now,
  );
}
