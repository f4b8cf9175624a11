/**
 * Checks a household, officer or volunteer-team table against the station (import worker) and
 * turns the plan into cache writes. Every row is checked and every bad row named (line,
 * column, reason); writes are produced only for a table without a single bad row — a file
 * with any bad row writes nothing.
 */
import type { CrsName } from '#common/geo/chinaCrs';
import { createHouseholdChecker, type HouseholdField } from '#common/import/households/householdRows';
import { planHouseholdImport } from '#common/import/households/planHouseholdImport';
import { planOfficerImport, type OfficerField } from '#common/import/roster/officerRows';
import { planVolunteerImport, type VolunteerField } from '#common/import/roster/volunteerRows';
import type { RowIssue } from '#common/import/tables/rowIssues';
import type { ColumnMapping, TableShape } from '#common/import/tables/tableShape';
import type { Grid, Household, Officer, VolunteerTeam } from '#common/schemas';
import type { BatchWrite } from '#renderer/sync/localBatchWrite';
import type { JobResult } from './gridJob';
import { maxReportedIssues, type FieldMapping, type ImportIssue } from './importMessages';
import { tableFieldSpecs, type TableKind } from './readImportFile';

/** The screen's mapping as the planners take it: every field present, unknown ones dropped. */
function columnMapping<K extends string>(kind: TableKind, mapping: FieldMapping): ColumnMapping<K> {
  return Object.fromEntries(
    tableFieldSpecs[kind].map((f) => {
      const index = mapping[f.key];
      return [f.key, typeof index === 'number' && index >= 0 ? index : null];
    }),
  ) as ColumnMapping<K>;
}

/** Two line-ordered issue lists as one, in line order. */
function mergeByLine(a: readonly RowIssue[], b: readonly RowIssue[]): RowIssue[] {
  const out: RowIssue[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    out.push(j >= b.length || (i < a.length && a[i]!.line <= b[j]!.line) ? a[i++]! : b[j++]!);
  return out;
}

interface Plan<F> {
  creates: Array<{ line: number; fields: F }>;
  updates: Array<{ line: number; id: string; patch: Partial<F> }>;
  unchanged: number;
}

export function result<F extends object>(
  table: TableShape,
  entity: BatchWrite['entity'],
  plan: Plan<F>,
  rowIssues: readonly RowIssue[],
  extra: Record<string, unknown> = {},
): JobResult {
  // the file's own structural issues (ragged rows, bad quotes, bad bytes) come first by line
  const all = table.issues?.length ? mergeByLine(table.issues, rowIssues) : rowIssues;
  const issues: ImportIssue[] = all.map((i) => ({
    scope: 'row',
    at: i.line,
    column: i.column,
    code: i.code,
    params: i.params,
  }));
  const report: JobResult['report'] = {
    total: table.rows.length + (table.skipped ?? 0),
    creates: plan.creates.length,
    updates: plan.updates.length,
    unchanged: plan.unchanged,
    bad: new Set(all.map((i) => i.line)).size,
    issues: issues.slice(0, maxReportedIssues),
    issuesTotal: issues.length,
    outlines: null,
  };
  if (issues.length > 0) return { report, writes: [] };
  return {
    report,
    writes: [
      ...plan.creates.map((c) => ({
        entity,
        id: crypto.randomUUID(),
        isNew: true,
        patch: { ...c.fields, ...extra },
      })),
      ...plan.updates.map((u) => ({ entity, id: u.id, patch: u.patch as Record<string, unknown> })),
    ],
  };
}

export interface HouseholdJobInput {
  table: TableShape;
  mapping: FieldMapping;
  crs: CrsName;
  grids: readonly Grid[];
  households: readonly Household[];
  onProgress?: (done: number) => void;
  /** Called between chunks of rows: the worker yields to its message loop. */
  pause?: () => Promise<void>;
}

/** Rows checked between two pauses: about 50 ms of work here. */
const CHECK_CHUNK = 5000;

export async function checkHouseholdJob(input: HouseholdJobInput): Promise<JobResult> {
  const checker = createHouseholdChecker(
    input.table,
    columnMapping<HouseholdField>('households', input.mapping),
    input.grids,
    input.crs,
  );
  const rows = input.table.rows;
  for (let start = 0; start < rows.length; start += CHECK_CHUNK) {
    input.onProgress?.(start);
    for (let i = start; i < Math.min(rows.length, start + CHECK_CHUNK); i++) checker.check(rows[i]!);
    await input.pause?.();
  }
  input.onProgress?.(rows.length);
  const checked = checker.result();
  const plan = planHouseholdImport(checked.candidates, input.households);
  return result(input.table, 'households', plan, checked.issues);
}

export function checkOfficerJob(
  table: TableShape,
  mapping: FieldMapping,
  officers: readonly Officer[],
): JobResult {
  const plan = planOfficerImport(table, columnMapping<OfficerField>('officers', mapping), officers);
  return result(table, 'officers', plan, plan.issues);
}

export function checkVolunteerJob(
  table: TableShape,
  mapping: FieldMapping,
  teams: readonly VolunteerTeam[],
): JobResult {
  const plan = planVolunteerImport(table, columnMapping<VolunteerField>('volunteerTeams', mapping), teams);
  // a new team is not deployed anywhere yet
  return result(table, 'volunteerTeams', plan, plan.issues, { assignments: [] });
}
