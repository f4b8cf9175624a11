/**
 * Reads for the incident screen: the filtered list (newest first), the lookups it shows by
 * name (grids, officers), what the new-incident form needs, and the recent incidents the
 * high-severity alert watches. Rows pass their schema; malformed ones are reported, not shown.
 */
import {
  gridSchema,
  incidentSchema,
  officerSchema,
  type Grid,
  type Incident,
  type IncidentStatus,
  type IncidentType,
} from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { validRows, type RowProblem } from '#renderer/db/validRows';
import { rowsWithAnyOf } from '#renderer/db/rowsWithAnyOf';

export interface IncidentFilter {
  statuses: IncidentStatus[];
  types: IncidentType[];
  gridId: string | null;
  /** Reported within [from, to); null = open-ended. */
  from: number | null;
  to: number | null;
  text: string;
}

export const openFilter: IncidentFilter = {
  statuses: ['new', 'assigned', 'in-progress'],
  types: [],
  gridId: null,
  from: null,
  to: null,
  text: '',
};

export function matchesFilter(incident: Incident, filter: IncidentFilter): boolean {
  if (filter.statuses.length > 0 && !filter.statuses.includes(incident.status)) return false;
  if (filter.types.length > 0 && !filter.types.includes(incident.type)) return false;
  if (filter.gridId !== null && incident.gridId !== filter.gridId) return false;
  if (filter.from !== null && incident.reportedAt < filter.from) return false;
  if (filter.to !== null && incident.reportedAt >= filter.to) return false;
  const text = filter.text.trim();
  return text === '' || incident.description.includes(text);
}

export async function queryIncidents(
  db: GridroomDb,
  filter: IncidentFilter,
): Promise<{ rows: Incident[]; problems: RowProblem[] }> {
  const raw =
    filter.statuses.length > 0 && filter.statuses.length < 4
      ? await rowsWithAnyOf(db.incidents, 'status', filter.statuses)
      : await db.incidents.toArray();
  const { rows, problems } = validRows('incidents', raw, incidentSchema);
  return {
    rows: rows.filter((i) => matchesFilter(i, filter)).sort((a, b) => b.reportedAt - a.reportedAt),
    problems,
  };
}

export interface NameLookups {
  grids: Map<string, { code: string; name: string }>;
  officers: Map<string, { name: string; badgeNo: string }>;
}

export async function queryNameLookups(db: GridroomDb): Promise<NameLookups> {
  const [grids, officers] = await Promise.all([db.grids.toArray(), db.officers.toArray()]);
  return {
    grids: new Map(
      validRows('grids', grids, gridSchema).rows.map((g) => [g.id, { code: g.code, name: g.name }]),
    ),
    officers: new Map(
      validRows('officers', officers, officerSchema).rows.map((o) => [
        o.id,
        { name: o.name, badgeNo: o.badgeNo },
      ]),
    ),
  };
}

/** What the new-incident form looks up: grid outlines (to derive the grid) and officers. */
export interface NewIncidentLookups {
  grids: Array<{
    id: string;
    code: string;
    name: string;
    geometry: Grid['geometry'];
    officerId: string | null;
  }>;
  officers: Array<{ id: string; name: string; badgeNo: string; onDuty: boolean }>;
}

export async function queryNewIncidentLookups(db: GridroomDb): Promise<NewIncidentLookups> {
  const [grids, officers] = await Promise.all([db.grids.toArray(), db.officers.toArray()]);
  return {
    grids: validRows('grids', grids, gridSchema)
      .rows.map((g) => ({
        id: g.id,
        code: g.code,
        name: g.name,
        geometry: g.geometry,
        officerId: g.officerId,
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    officers: validRows('officers', officers, officerSchema).rows.map((o) => ({
      id: o.id,
      name: o.name,
      badgeNo: o.badgeNo,
      onDuty: o.onDuty,
    })),
  };
}

/**
 * Incidents reported since `since` (the alert window), read by the `reportedAt` index so the
 * live alert query stays small at district scale. Tombstones and malformed rows are dropped.
 */
export async function queryIncidentsReportedSince(db: GridroomDb, since: number): Promise<Incident[]> {
  const raw = await db.incidents.where('reportedAt').aboveOrEqual(since).toArray();
  return validRows('incidents', raw, incidentSchema).rows;
}
