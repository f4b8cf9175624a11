/**
 * Reads for the incident screen: the filtered list (newest first), and the lookups it shows
 * by name (grids, officers). Rows pass their schema; malformed ones are reported, not shown.
 */
import {
  gridSchema,
  incidentSchema,
  officerSchema,
  type Incident,
  type IncidentStatus,
  type IncidentType,
} from '../../../common/schemas';
import type { GridroomDb } from '../../db/database';
import { validRows, type RowProblem } from '../../db/validRows';

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
      ? await db.incidents.where('status').anyOf(filter.statuses).toArray()
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
