/**
 * What several sections of the report derive from the same read, computed once, pure: the day's
 * incidents sorted into open / reported / resolved, the grids' state at the end of the day, the
 * active campaign's scope, the duty shifts per checkpoint within the day, and the labels.
 */
import type { DutyShift } from '#common/schemas';
import type { GridState } from '#renderer/station/gridStateQuery';
import { shiftsByCheckpoint } from '../reportPosts';
import type { DailyReportData } from './dailyReportData';
import { dayIncidents, type DayIncidents } from './dayIncidents';
import { gridStatesAtDayEnd } from './gridStatesAtDayEnd';
import { reportLabels, type ReportLabels } from './reportLabels';

export interface DayFacts {
  incidents: DayIncidents;
  states: GridState[];
  /** Ids of the grids in the active campaign's scope. */
  inScope: Set<string>;
  /** Shifts per checkpoint overlapping the day (deleted ones left out). */
  byPost: Map<string, DutyShift[]>;
  labels: ReportLabels;
}

export function dayFacts(data: DailyReportData): DayFacts {
  const incidents = dayIncidents(data.incidents.rows, data.day);
  const states = gridStatesAtDayEnd(data.picture, data.day.date, incidents.open);
  return {
    incidents,
    states,
    inScope: new Set(states.filter((g) => g.inCampaign).map((g) => g.grid.id)),
    byPost: shiftsByCheckpoint(data.shifts.rows, data.day.dayStart, data.day.dayEnd),
    labels: reportLabels(data.picture, data.campaigns),
  };
}
