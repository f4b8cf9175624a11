/**
 * A picked file's bytes → what the importer works on, inside the import worker: the raw
 * features of a grid file (GeoJSON or KML) or the shaped table of a CSV/XLSX sheet, with a
 * summary for the mapping step (columns, first rows, suggested mapping). Never throws: an
 * empty, oversize, unreadable or hostile file comes back as one file-level issue.
 *
 * KML needs an XML DOM and workers have no DOMParser, so the caller passes @xmldom/xmldom's
 * (the parser the grid reader's own tests use); DOCTYPE/ENTITY declarations are refused before
 * any parsing (readGridFile). XLSX is read by read-excel-file's web-worker build.
 */
import { readSheet } from 'read-excel-file/web-worker';
import { readGridBytes, type RawFeature, type XmlParser } from '../../../common/import/grids/readGridFile';
import { suggestGridMapping } from '../../../common/import/grids/gridPropertyMapping';
import { readCsvCells, maxCsvBytes } from '../../../common/import/tables/readCsvCells';
import { textOf } from '../../../common/import/tables/cellReaders';
import {
  shapeTable,
  suggestColumns,
  type Cell,
  type FieldSpec,
  type TableShape,
} from '../../../common/import/tables/tableShape';
import { householdFields } from '../../../common/import/households/householdRows';
import { officerFields } from '../../../common/import/roster/officerRows';
import { volunteerFields } from '../../../common/import/roster/volunteerRows';
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

async function tableCells(
  bytes: Uint8Array,
  extension: string,
): Promise<{ ok: true; cells: Cell[][]; encoding: string | null } | { ok: false; outcome: ReadOutcome }> {
  if (extension === '.xlsx') {
    if (bytes.byteLength > maxXlsxBytes)
      return { ok: false, outcome: fileIssue('file-too-large', { limitMb: maxXlsxBytes / 1024 / 1024 }) };
    try {
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return { ok: true, cells: (await readSheet(buffer)) as Cell[][], encoding: null };
    } catch {
      return { ok: false, outcome: fileIssue('xlsx-unreadable') };
    }
  }
  if (bytes.byteLength > maxCsvBytes)
    return { ok: false, outcome: fileIssue('file-too-large', { limitMb: maxCsvBytes / 1024 / 1024 }) };
  // a ZIP (an .xlsx renamed .csv) or other binary: not a text table
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return { ok: false, outcome: fileIssue('file-unreadable') };
  const { cells, encoding } = readCsvCells(bytes);
  return { ok: true, cells, encoding };
}

export async function readImportFile(
  kind: ImportKind,
  fileName: string,
  bytes: Uint8Array,
  xml: XmlParser,
): Promise<ReadOutcome> {
  if (bytes.byteLength === 0) return fileIssue('file-empty');
  const extension = extensionOf(fileName);
  if (!importKindSpecs[kind].extensions.includes(extension))
    return fileIssue('wrong-type', { accept: importKindSpecs[kind].accept });
  if (kind === 'grids') return readGrids(bytes, xml);

  const read = await tableCells(bytes, extension);
  if (!read.ok) return read.outcome;
  const fields = tableFieldSpecs[kind];
  const table = shapeTable(read.cells, fields);
  if (table.header.length > maxTableColumns)
    return fileIssue('too-many-columns', { count: table.header.length, limit: maxTableColumns });
  if (table.rows.length === 0) return fileIssue('no-rows');
  if (table.rows.length > maxTableRows)
    return fileIssue('too-many-rows', { count: table.rows.length, limit: maxTableRows });
  const suggested: FieldMapping = suggestColumns(table.header, fields);
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
        preview: table.rows
          .slice(0, PREVIEW_ROWS)
          .map((r) => table.header.map((_, i) => previewText(r.cells[i]))),
        rowCount: table.rows.length,
        suggested,
      },
    },
  };
}
