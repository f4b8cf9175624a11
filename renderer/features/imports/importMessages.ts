/**
 * What the import screen and its worker say to each other. The page sends the picked File
 * itself (a structured clone: no copy, nothing read on the page; the worker checks its size
 * before reading it in chunks), then the chosen mapping, then "apply" (or "cancel"); the
 * worker answers with what it read, a check report (nothing written: the dry run), progress
 * (reading, checking, writing), and the outcome of the one transaction that applies the import.
 */
import type { AreaGeometry } from '#common/schemas/geometry';
import type { CrsName } from '#common/geo/chinaCrs';
import type { Role } from '#common/domain/rolePolicy';
import type { IntakeFlag } from '#common/schemas/pass';
import type { ImportKind } from './importKinds';

export type ImportPhase = 'reading' | 'checking' | 'writing';

/** Field key → index into `ReadSummary.columns`, or null for "not in this file". */
export type FieldMapping = Record<string, number | null>;

export interface ReadSummary {
  kind: ImportKind;
  format: 'geojson' | 'kml' | 'csv' | 'xlsx';
  /** The text encoding the file was read in (utf-8, gb18030…); null for XLSX. */
  encoding: string | null;
  /** Header cells of a table, or the property names of a grid file's features. */
  columns: string[];
  /** 1-based line of a table's header row (null for grid files). */
  headerLine: number | null;
  /** The first rows (or features' properties), one text per column. */
  preview: string[][];
  /** Data rows (or features) in the file. */
  rowCount: number;
  /** The importer's guess from the column names. */
  suggested: FieldMapping;
  /** What the reader changed without refusing the file (altitudes dropped…), said once each. */
  notices?: ImportIssue[];
}

/** Field key → one value for every row or feature, instead of a column (a grid file's community). */
export type FieldConstants = Record<string, string>;

export type IssueScope = 'file' | 'feature' | 'row';

/** One thing wrong, as data the screen translates: where (feature number or line), column, code, facts. */
export interface ImportIssue {
  scope: IssueScope;
  /** Feature number (grid files) or spreadsheet line (tables); null for the whole file. */
  at: number | null;
  /** The column's header (tables) — null when the issue concerns the whole row or feature. */
  column: string | null;
  code: string;
  params: Record<string, string | number>;
}

export type OutlineStatus = 'create' | 'update' | 'unchanged' | 'bad';

/** A grid file's feature as the preview map draws it (WGS-84, after the chosen CRS). */
export interface PreviewOutline {
  feature: number;
  code: string;
  geometry: AreaGeometry;
  status: OutlineStatus;
}

export interface CheckReport {
  total: number;
  creates: number;
  updates: number;
  unchanged: number;
  /** Rows or features with at least one issue. */
  bad: number;
  /** The issues, at most `maxReportedIssues` of them; `issuesTotal` counts all. */
  issues: ImportIssue[];
  issuesTotal: number;
  /** Grid files only: every area feature for the preview map. */
  outlines: PreviewOutline[] | null;
  /** Every field the planned writes set, so the screen can ask the role policy before applying. */
  touchedFields: string[];
  /** Warnings that do not block the import (grid files: the file fits the station better in another CRS). */
  notices?: ImportIssue[];
  /** Pass registrations: rows imported flagged for the reviewer, by line (at most `maxReportedIssues`). */
  flagged?: FlaggedLine[];
  flaggedTotal?: number;
}

/** A row that imports, flagged: its line and the intake flags (common/schemas/pass.ts). */
export interface FlaggedLine {
  line: number;
  flags: IntakeFlag[];
}

export interface ApplyResult {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportActor {
  madeBy: string;
  workstation: string;
  role: Role;
}

export type ImportRequest =
  | { type: 'read'; kind: ImportKind; fileName: string; file: Blob; dbName: string }
  | { type: 'check'; mapping: FieldMapping; crs: CrsName; constants?: FieldConstants }
  | { type: 'apply'; actor: ImportActor; fileName: string }
  | { type: 'cancel' };

export type ApplyFailure = 'role' | 'quota' | 'invalid' | 'not-checked' | 'duplicate' | 'other';

/** Why an apply failed, as facts the screen words (the English `message` is for en and logs). */
export type ApplyFailureDetail =
  | { kind: 'deleted' }
  | { kind: 'server-field'; field: string }
  | { kind: 'schema'; field: string }
  | { kind: 'step'; step: 'not-read' | 'not-checked' | 'has-issues' | 'nothing-to-do' }
  | { kind: 'storage'; reason: string };

/** A check's plan in figures. */
export interface PlanCounts {
  creates: number;
  updates: number;
  unchanged: number;
  issues: number;
}

/**
 * What the apply's re-check found changed since the check (a sync, another window): the plan
 * before and after, and the grid codes or standard addresses the old plan would have created
 * that the cache now holds (the first 20; `takenTotal` counts all).
 */
export interface PlanChanges {
  before: PlanCounts;
  after: PlanCounts;
  taken: string[];
  takenTotal: number;
}

export type ImportReply =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'read'; summary: ReadSummary }
  | { type: 'read-failed'; issue: ImportIssue }
  | { type: 'checked'; report: CheckReport }
  | { type: 'applied'; result: ApplyResult }
  /** The apply re-checked, found the cache changed the plan, wrote nothing: the new report. */
  | { type: 'plan-changed'; report: CheckReport; changes: PlanChanges }
  | { type: 'cancelled' }
  | { type: 'failed'; reason: ApplyFailure; message: string; detail?: ApplyFailureDetail };

/** A hostile file could have millions of bad rows; the list and the report stop here. */
export const maxReportedIssues = 200_000;
/** More rows than any station has addresses (a district has ≈200,000). */
export const maxTableRows = 500_000;
/** A register has a dozen columns; thousands would only make the mapping step unusable. */
export const maxTableColumns = 300;
/** XLSX is zipped: a small file can unzip to gigabytes, so the input is kept small. */
export const maxXlsxBytes = 50 * 1024 * 1024;
