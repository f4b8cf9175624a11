/**
 * A picked file (a File/Blob: its size is checked before a byte is read) → what the importer
 * works on, inside the import worker: the raw features of a grid file (GeoJSON or KML) or the
 * shaped table of a CSV/XLSX sheet, with a summary for the mapping step (columns, first rows,
 * suggested mapping). Never throws: an empty, oversize, unreadable or hostile file comes back
 * as one file-level issue. A CSV is read as a stream of chunks with progress (csvStream); an
 * XLSX's zip directory is checked, and its sizes proven, before the sheet reader inflates it
 * (zipDirectory, zipInflateGuard).
 *
 * KML needs an XML DOM and workers have no DOMParser, so the caller passes @xmldom/xmldom's
 * (the parser the grid reader's own tests use); DOCTYPE/ENTITY declarations are refused before
 * any parsing (readGridFile). XLSX is read by read-excel-file's web-worker build.
 */
import { readSheet } from 'read-excel-file/web-worker';
import { readGridBytes, type RawFeature, type XmlParser } from '#common/import/grids/readGridFile';
import { suggestGridMapping } from '#common/import/grids/gridPropertyMapping';
import { maxCsvBytes, readCsvStream } from '#common/import/tables/csvStream';
import { sniffTable } from '#common/import/tables/csvBytes';
import { readZipDirectory } from '#common/import/tables/zipDirectory';
import { checkZipInflation } from '#common/import/tables/zipInflateGuard';
import { maxGridFileChars } from '#common/import/grids/readGridFile';
import { textOf } from '#common/import/tables/cellReaders';
import {
  shapeTable,
  suggestColumns,
  type Cell,
  type FieldSpec,
  type TableShape,
} from '#common/import/tables/tableShape';
import { householdFields } from '#common/import/households/householdRows';
import { officerFields } from '#common/import/roster/officerRows';
import { volunteerFields } from '#common/import/roster/volunteerRows';
import { passRegistrationFields } from '#common/import/passes/passRegistrationRows';
import { maskPassPreview } from '#common/import/passes/passPreviewMask';
import { extensionOf, importKindSpecs, type ImportKind } from './importKinds';
import {
  maxTableColumns,
  maxTableRows,
  maxXlsxBytes,
  type FieldMapping,
  type ImportIssue,
  type ReadSummary,
} from './importMessages';

export type TableKind = Exclude<ImportKind, 'grids'>;

export type LoadedFile =
  | { kind: 'grids'; features: RawFeature[]; summary: ReadSummary }
  | { kind: TableKind; table: TableShape; summary: ReadSummary };

export type ReadOutcome = { ok: true; file: LoadedFile } | { ok: false; issue: ImportIssue };

const PREVIEW_ROWS = 8;

export const tableFieldSpecs: Record<TableKind, readonly FieldSpec<string>[]> = {
  households: householdFields,
  officers: officerFields,
  volunteerTeams: volunteerFields,
  passRegistrations: passRegistrationFields,
};

const fileIssue = (code: string, params: Record<string, string | number> = {}): ReadOutcome => ({
  ok: false,
  issue: { scope: 'file', at: null, column: null, code, params },
});

/** Preview text of a cell: at most 80 characters, so a hostile megabyte cell stays off screen. */
const previewText = (value: unknown): string => {
  const text =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? textOf(value)
      : value instanceof Date
        ? textOf(value)
        : value === null || value === undefined
          ? ''
          : '…';
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

function readGrids(bytes: Uint8Array, xml: XmlParser): ReadOutcome {
  const { result, encoding } = readGridBytes(bytes, xml);
  if (!result.ok)
    return {
      ok: false,
      issue: { scope: 'file', at: null, column: null, code: result.issue.code, params: result.issue.params },
    };
  const columns = result.propertyNames;
  const suggestion = suggestGridMapping(columns);
  const suggested: FieldMapping = Object.fromEntries(
    Object.entries(suggestion).map(([field, name]) => [field, name === null ? null : columns.indexOf(name)]),
  );
  return {
    ok: true,
    file: {
      kind: 'grids',
      features: result.features,
      summary: {
        kind: 'grids',
        format: result.format,
        encoding,
        notices: result.notices.map((n) => ({
          scope: 'file' as const,
          at: null,
          column: null,
          code: n.code,
          params: n.params,
        })),
        columns,
        headerLine: null,
        preview: result.features
          .slice(0, PREVIEW_ROWS)
          .map((f) => columns.map((c) => previewText(f.properties[c]))),
        rowCount: result.features.length,
        suggested,
      },
    },
  };
}

export interface ReadOptions {
  /** Bytes read (or, for XLSX, checked) so far of the file's size. */
  onProgress?: (done: number, total: number) => void;
  /** Called between chunks: the worker yields to its message loop. */
  pause?: () => Promise<void>;
}

type TableRead =
  { ok: true; table: TableShape; encoding: string | null } | { ok: false; outcome: ReadOutcome };

const refused = (code: string, params: Record<string, string | number> = {}): TableRead => ({
  ok: false,
  outcome: fileIssue(code, params),
});

async function readXlsx(
  file: Blob,
  fields: readonly FieldSpec<string>[],
  opts: ReadOptions,
): Promise<TableRead> {
  if (file.size > maxXlsxBytes) return refused('file-too-large', { limitMb: maxXlsxBytes / 1024 / 1024 });
  // an old .xls (OLE compound file) saved under .xlsx: its own message says to re-save it
  if (sniffTable(new Uint8Array(await file.slice(0, 8).arrayBuffer())).kind === 'xls')
    return refused('xlsx-unreadable');
  const dir = await readZipDirectory(
    file.size,
    async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()),
  );
  if (!dir.ok) return refused(dir.refusal.code, 'params' in dir.refusal ? dir.refusal.params : {});
  const lie = await checkZipInflation(dir.entries, (start, end) => file.slice(start, end), opts.onProgress);
  if (lie) return refused(lie.code, 'params' in lie ? lie.params : {});
  try {
    return { ok: true, table: shapeTable((await readSheet(file)) as Cell[][], fields), encoding: null };
  } catch {
    return refused('xlsx-unreadable');
  }
}

async function readCsv(
  file: Blob,
  fields: readonly FieldSpec<string>[],
  opts: ReadOptions,
): Promise<TableRead> {
  if (file.size > maxCsvBytes) return refused('file-too-large', { limitMb: maxCsvBytes / 1024 / 1024 });
  const read = await readCsvStream(file, {
    fields,
    maxRows: maxTableRows,
    maxColumns: maxTableColumns,
    onProgress: opts.onProgress,
    pause: opts.pause,
  });
  if (!read.ok) return refused(read.refusal.code, 'params' in read.refusal ? read.refusal.params : {});
  return { ok: true, table: read.table, encoding: read.encoding };
}

export async function readImportFile(
  kind: ImportKind,
  fileName: string,
  file: Blob,
  xml: XmlParser,
  opts: ReadOptions = {},
): Promise<ReadOutcome> {
  try {
    return await readPicked(kind, fileName, file, xml, opts);
  } catch (error) {
    // the file changed or vanished on disk after it was picked, or the disk failed
    if (error instanceof DOMException && error.name === 'NotReadableError')
      return fileIssue('file-not-readable');
    throw error;
  }
}

async function readPicked(
  kind: ImportKind,
  fileName: string,
  file: Blob,
  xml: XmlParser,
  opts: ReadOptions,
): Promise<ReadOutcome> {
  if (file.size === 0) return fileIssue('file-empty');
  const extension = extensionOf(fileName);
  if (!importKindSpecs[kind].extensions.includes(extension))
    return fileIssue('wrong-type', { accept: importKindSpecs[kind].accept });
  if (kind === 'grids') {
    // GeoJSON and KML are (nearly) ASCII: bytes stand for characters, checked before reading
    if (file.size > maxGridFileChars)
      return fileIssue('file-too-large', { limitMb: maxGridFileChars / 1024 / 1024 });
    return readGrids(new Uint8Array(await file.arrayBuffer()), xml);
  }

  const fields = tableFieldSpecs[kind];
  const read = extension === '.xlsx' ? await readXlsx(file, fields, opts) : await readCsv(file, fields, opts);
  if (!read.ok) return read.outcome;
  const table = read.table;
  if (table.header.length > maxTableColumns)
    return fileIssue('too-many-columns', { count: table.header.length, limit: maxTableColumns });
  const skipped = table.skipped ?? 0;
  if (table.rows.length === 0 && skipped === 0) return fileIssue('no-rows');
  if (table.rows.length > maxTableRows)
    return fileIssue('too-many-rows', { count: table.rows.length, limit: maxTableRows });
  const suggested: FieldMapping = suggestColumns(table.header, fields);
  const preview = table.rows
    .slice(0, PREVIEW_ROWS)
    .map((r) => table.header.map((_, i) => previewText(r.cells[i])));
  return {
    ok: true,
    file: {
      kind,
      table,
      summary: {
        kind,
        format: extension === '.xlsx' ? 'xlsx' : 'csv',
        encoding: read.encoding,
        columns: table.header.map((h) => previewText(h)),
        headerLine: table.headerLine,
        // residents' data leaves the worker masked (common/import/passes/passPreviewMask.ts)
        preview: kind === 'passRegistrations' ? maskPassPreview(preview, suggested) : preview,
        rowCount: table.rows.length + skipped,
        suggested,
      },
    },
  };
}
