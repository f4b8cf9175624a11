/**
 * The report archive: past exports of daily reports as the audit log recorded them (action
 * `export`, entity `report`), newest first — who, when, which date, which format, which file.
 * Entries whose payload does not parse are skipped, not shown half-empty.
 */
import { auditEntrySchema } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { reportExportSchema, type ReportExport } from './exportAudit';

export interface ArchiveRow extends ReportExport {
  id: string;
  at: number;
  who: string;
  workstation: string;
}

export const ARCHIVE_LIMIT = 500;

export async function queryReportArchive(db: GridroomDb): Promise<ArchiveRow[]> {
  const raw = await db.audit.where('entity').equals('report').toArray();
  const rows: ArchiveRow[] = [];
  for (const item of raw) {
    const entry = auditEntrySchema.safeParse(item);
    if (!entry.success || entry.data.action !== 'export') continue;
    const payload = reportExportSchema.safeParse(entry.data.after);
    if (!payload.success) continue;
    const { id, at, who, workstation } = entry.data;
    rows.push({ ...payload.data, id, at, who, workstation });
  }
  return rows.sort((a, b) => b.at - a.at).slice(0, ARCHIVE_LIMIT);
}

/** The station's name, for file names. */
export async function queryStationName(db: GridroomDb): Promise<string> {
  const station = await db.stations.toCollection().first();
  return typeof station?.name === 'string' ? station.name : '';
}
