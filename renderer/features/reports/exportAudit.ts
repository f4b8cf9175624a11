/**
 * Every export of a daily report (PDF, XLSX, CSV) is written to the audit log: who, when,
 * which date, which format, under which file name. The report archive screen lists these
 * entries. Written only after the file was saved, so a failed save leaves no archive entry.
 */
import type { GridroomDb } from '../../db/database';

export const reportFormats = ['pdf', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export interface ReportExport {
  /** The report's day, YYYY-MM-DD (Asia/Shanghai). */
  date: string;
  format: ReportFormat;
  fileName: string;
  /** Size of the saved file, when known. */
  bytes?: number;
}

export async function recordReportExport(
  db: GridroomDb,
  actor: { madeBy: string; workstation: string },
  exported: ReportExport,
  now = Date.now(),
): Promise<void> {
  const station = await db.stations.toCollection().first();
  await db.audit.add({
    id: crypto.randomUUID(),
    stationId: station?.id ?? '00000000-0000-4000-8000-000000000000',
    at: now,
    who: actor.madeBy,
    workstation: actor.workstation,
    action: 'export',
    entity: 'report',
    entityId: `${exported.date}:${exported.format}`,
    before: null,
    after: exported,
  });
}
