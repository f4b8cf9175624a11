/**
 * The day's incidents sorted into what the report counts, pure: those open at `asOf` (from their
 * lifecycle times, so a past day is not coloured by what happened since), those reported within
 * the day — in order of report time, as the incident list, the chart and the map show them — and
 * how many were resolved within it.
 */
import type { Incident } from '#common/schemas';
import type { ReportDay } from '../reportDay';
import { openAt, reportedWithin, resolvedWithin } from '../reportIncidents';

export interface DayIncidents {
  open: Incident[];
  reported: Incident[];
  resolvedCount: number;
}

export function dayIncidents(incidents: readonly Incident[], day: ReportDay): DayIncidents {
  const { dayStart, dayEnd, asOf } = day;
  return {
    open: incidents.filter((i) => openAt(i, asOf)),
    reported: incidents
      .filter((i) => reportedWithin(i, dayStart, dayEnd))
      .sort((a, b) => a.reportedAt - b.reportedAt),
    resolvedCount: incidents.filter((i) => resolvedWithin(i, dayStart, dayEnd)).length,
  };
}

/** Incidents per grid id. */
export function countByGrid(incidents: readonly Incident[]): Map<string, number> {
  const byGrid = new Map<string, number>();
  for (const i of incidents) byGrid.set(i.gridId, (byGrid.get(i.gridId) ?? 0) + 1);
  return byGrid;
}
