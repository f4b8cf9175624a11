/**
 * Reads one day's door-to-door visits for the report: every visit of the day (one exact
 * [gridId+day] key per grid, in parallel — anyOf() over a district's 725 compound keys walks the
 * index with a cursor, ~30 s measured, 725 equals() ~0.15 s), summarised per team, and the rows
 * the report lists — all of them (the XLSX/CSV exports) or only the notable ones (the printed
 * report) — with their households' addresses. A district's day is ~13,000 visits, so the
 * printed report runs this in a worker (visitsOfDayOffThread.ts): the rows are read and
 * checked there, and only the summary and the few listed rows come back.
 */
import { sweepVisitSchema, type SweepVisit } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { householdsById, visitsOfGridDays } from '#renderer/db/householdsAndVisits';
import { validRows } from '#renderer/db/validRows';
import type { ReportVisitTeam } from './dailyReportModel';
import { isNotableVisit, summariseVisits } from './reportVisits';

export type ListedVisits = 'all' | 'notable';

export interface VisitsOfDay {
  teams: ReportVisitTeam[];
  /** The listed visits, in order of time. */
  listed: SweepVisit[];
  /** householdId → address, for the listed visits. */
  addresses: Array<[string, string]>;
  /** Rows skipped because they failed their schema. */
  problems: number;
}

export async function readVisitsOfDay(
  db: GridroomDb,
  date: string,
  listed: ListedVisits,
): Promise<VisitsOfDay> {
  const gridIds = (await db.grids.toCollection().primaryKeys()) as string[];
  const raw = await visitsOfGridDays(db, gridIds, date, date);
  const visits = validRows('visits', raw, sweepVisitSchema);
  const rows = (listed === 'notable' ? visits.rows.filter(isNotableVisit) : visits.rows).sort(
    (a, b) => a.visitedAt - b.visitedAt,
  );
  // Addresses only label the rows: read the one field, no schema pass over the households.
  const addresses: Array<[string, string]> = [];
  for (const h of await householdsById(db, rows.map((v) => v.householdId)))
    if (h && typeof h.address === 'string') addresses.push([h.id, h.address]);
  return { teams: summariseVisits(visits.rows), listed: rows, addresses, problems: visits.problems.length };
}
