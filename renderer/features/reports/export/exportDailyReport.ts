/**
 * Exports the daily report of a day to XLSX (every sheet) or CSV (one table), saves it and
 * records the export in the audit log — in that order, so a cancelled or failed save leaves no
 * archive entry, and a failure comes back as a typed outcome the screen shows in words
 * (`reportExport.failed.<reason>`), never as a thrown error. Nothing is written to the cache
 * before the file is saved. The file name carries the station and the date (exportFileName.ts).
 */
import { maxReportFileBytes } from '#common/ipc/contract';
import type { GridroomDb } from '#renderer/db/database';
import { makeTranslate, type Translate } from '#renderer/i18n/translate';
import { reportDateSchema, type DailyReport } from '../dailyReportModel';
import { buildDailyReport } from '../dailyReportQuery';
import { recordReportExport } from '../exportAudit';
import { dailyReportSheet, dailyReportWorkbook, type ReportSheetKey } from './dailyReportSheets';
import { reportFileName } from '#renderer/export/exportFileName';
import {
  defaultSaver,
  type ReportFile,
  type SaveOutcome,
  type SaveReportFile,
} from '#renderer/export/saveReportFile';
import { sheetToCsv } from '#renderer/export/toCsv';
import { workbookToXlsx, xlsxMimeType } from '#renderer/export/toXlsx';
import { reportExportSheetKey } from '#renderer/i18n/keyTables';

export const csvMimeType = 'text/csv;charset=utf-8';

export type ReportExportFailure =
  Extract<SaveOutcome, { status: 'failed' }>['reason'] | 'invalid-date' | 'too-large' | 'build-failed';

export type ReportExportOutcome =
  | { status: 'saved'; format: 'xlsx' | 'csv'; fileName: string; bytes: number; filePath: string | null }
  | { status: 'cancelled' }
  | { status: 'failed'; reason: ReportExportFailure; message: string };

/** Who exports: attribution for the report header and the audit entry. */
export interface ReportExportActor {
  madeBy: string;
  workstation: string;
}

export interface ReportExportOptions {
  /** Headers, sheet names and words in the interface language (Chinese by default). */
  t?: Translate;
  now?: number;
  save?: SaveReportFile;
}

class ExportFailure extends Error {
  constructor(
    readonly reason: ReportExportFailure,
    message: string,
  ) {
    super(message);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function buildReport(
  db: GridroomDb,
  actor: ReportExportActor,
  date: string,
  now?: number,
): Promise<DailyReport> {
  if (!reportDateSchema.safeParse(date).success)
    throw new ExportFailure('invalid-date', `not a calendar day: ${date}`);
  try {
    return await buildDailyReport(db, date, {
      preparedBy: actor.madeBy,
      ...(now === undefined ? {} : { now }),
    });
  } catch (error) {
    throw new ExportFailure('build-failed', messageOf(error));
  }
}

/** The XLSX file of a day's report, not yet saved (also what the bench times). */
export async function renderDailyReportXlsx(
  db: GridroomDb,
  actor: ReportExportActor,
  date: string,
  options: ReportExportOptions = {},
): Promise<ReportFile> {
  const t = options.t ?? makeTranslate('zh-CN');
  const report = await buildReport(db, actor, date, options.now);
  const bytes = await workbookToXlsx(dailyReportWorkbook(report, t)).catch((error: unknown) => {
    throw new ExportFailure('build-failed', messageOf(error));
  });
  const name = reportFileName(report.header.stationName, date, 'xlsx', {
    title: t('reportExport.fileTitle'),
  });
  return { name, kind: 'xlsx', mimeType: xlsxMimeType, bytes };
}

/** The CSV file of one table of a day's report, not yet saved. */
export async function renderDailyReportCsv(
  db: GridroomDb,
  actor: ReportExportActor,
  date: string,
  table: ReportSheetKey,
  options: ReportExportOptions = {},
): Promise<ReportFile> {
  const t = options.t ?? makeTranslate('zh-CN');
  const report = await buildReport(db, actor, date, options.now);
  let bytes: Uint8Array;
  try {
    bytes = sheetToCsv(dailyReportSheet(report, table, t));
  } catch (error) {
    throw new ExportFailure('build-failed', messageOf(error));
  }
  const name = reportFileName(report.header.stationName, date, 'csv', {
    title: t('reportExport.fileTitle'),
    part: t(reportExportSheetKey[table]),
  });
  return { name, kind: 'csv', mimeType: csvMimeType, bytes };
}

async function saveAndRecord(
  db: GridroomDb,
  actor: ReportExportActor,
  date: string,
  render: () => Promise<ReportFile>,
  options: ReportExportOptions,
): Promise<ReportExportOutcome> {
  let file: ReportFile;
  try {
    file = await render();
  } catch (error) {
    if (error instanceof ExportFailure)
      return { status: 'failed', reason: error.reason, message: error.message };
    return { status: 'failed', reason: 'build-failed', message: messageOf(error) };
  }
  if (file.bytes.byteLength > maxReportFileBytes)
    return {
      status: 'failed',
      reason: 'too-large',
      message: `${file.bytes.byteLength} bytes > ${maxReportFileBytes}`,
    };
  const saved = await (options.save ?? defaultSaver())(file);
  if (saved.status !== 'saved') return saved;
  await recordReportExport(
    db,
    actor,
    { date, format: file.kind, fileName: file.name, bytes: saved.bytes },
    options.now,
  );
  return {
    status: 'saved',
    format: file.kind,
    fileName: file.name,
    bytes: saved.bytes,
    filePath: saved.filePath,
  };
}

/** The whole report as one XLSX workbook (汇总, 网格, 警情, 走访, 卡口, 检测点, 志愿者). */
export function exportDailyReportXlsx(
  db: GridroomDb,
  actor: ReportExportActor,
  date: string,
  options: ReportExportOptions = {},
): Promise<ReportExportOutcome> {
  return saveAndRecord(db, actor, date, () => renderDailyReportXlsx(db, actor, date, options), options);
}

/**
 * One table of the report as CSV — a CSV file holds one table, so the screen offers which
 * (网格 by default: the station's whole picture, one row per grid).
 */
export function exportDailyReportCsv(
  db: GridroomDb,
  actor: ReportExportActor,
  date: string,
  table: ReportSheetKey = 'grids',
  options: ReportExportOptions = {},
): Promise<ReportExportOutcome> {
  return saveAndRecord(db, actor, date, () => renderDailyReportCsv(db, actor, date, table, options), options);
}
