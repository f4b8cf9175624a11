/**
 * Builds one export from the cache — the live rows of a kind, in a stable order (by code,
 * address, badge, name) — and records it in the audit log once the file was saved, like the
 * daily report's exports. Files go through the reports' saver: the save dialog in the desktop
 * app (CSV), a download in a browser (and for GeoJSON, which the desktop save channel does not
 * take yet).
 */
import type { GridroomDb } from '#renderer/db/database';
import { allHouseholds } from '#renderer/db/householdsAndVisits';
import type { Translate } from '#renderer/i18n/translate';
import {
  browserDownload,
  defaultSaver,
  type ReportFile,
  type SaveOutcome,
} from '#renderer/export/saveReportFile';
import type { ExportKind } from '../importKinds';
import { importFileName } from '../importFileNames';
import { gridsGeoJson, householdsCsv, officersCsv, volunteerTeamsCsv } from './exportFiles';
import { recordExportEntry } from '#renderer/export/recordExport';
import { importsExportFileTitleKey } from '#renderer/i18n/keyTables';

const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
const byText =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b), 'zh-CN');

export interface BuiltExport {
  file: ReportFile | { name: string; kind: 'geojson'; mimeType: string; bytes: Uint8Array };
  rows: number;
}

export async function buildExport(
  db: GridroomDb,
  t: Translate,
  kind: ExportKind,
  now = Date.now(),
): Promise<BuiltExport> {
  const station = (await db.stations.toCollection().first())?.name ?? '';
  const title = t(importsExportFileTitleKey[kind]);
  const encode = (text: string) => new TextEncoder().encode(text);
  switch (kind) {
    case 'grids': {
      const grids = live(await db.grids.toArray()).sort(byText((g) => g.code));
      return {
        rows: grids.length,
        file: {
          name: importFileName(station, title, 'geojson', now),
          kind: 'geojson',
          mimeType: 'application/geo+json',
          bytes: encode(gridsGeoJson(grids)),
        },
      };
    }
    case 'households': {
      const [grids, households] = await Promise.all([db.grids.toArray(), allHouseholds(db)]);
      const codes = new Map(grids.map((g) => [g.id, g.code]));
      const rows = live(households).sort(
        byText((h) => `${codes.get(h.gridId) ?? ''}|${h.address}|${h.building}|${h.unit}|${h.room}`),
      );
      return {
        rows: rows.length,
        file: csvFile(importFileName(station, title, 'csv', now), encode(householdsCsv(t, rows, codes))),
      };
    }
    case 'officers': {
      const rows = live(await db.officers.toArray()).sort(byText((o) => o.badgeNo));
      return {
        rows: rows.length,
        file: csvFile(importFileName(station, title, 'csv', now), encode(officersCsv(t, rows))),
      };
    }
    case 'volunteerTeams': {
      const rows = live(await db.volunteerTeams.toArray()).sort(byText((v) => v.name));
      return {
        rows: rows.length,
        file: csvFile(importFileName(station, title, 'csv', now), encode(volunteerTeamsCsv(t, rows))),
      };
    }
  }
}

const csvFile = (name: string, bytes: Uint8Array): ReportFile => ({
  name,
  kind: 'csv',
  mimeType: 'text/csv;charset=utf-8',
  bytes,
});

export async function saveExport(built: BuiltExport): Promise<SaveOutcome> {
  const { file } = built;
  if (file.kind === 'geojson') return browserDownload({ ...file, kind: 'csv' });
  return defaultSaver()(file);
}

export async function recordDataExport(
  db: GridroomDb,
  actor: { madeBy: string; workstation: string },
  kind: ExportKind,
  fileName: string,
  rows: number,
  now = Date.now(),
): Promise<void> {
  await recordExportEntry(
    db,
    actor,
    { entity: kind, entityId: fileName, after: { kind, fileName, rows } },
    now,
  );
}
