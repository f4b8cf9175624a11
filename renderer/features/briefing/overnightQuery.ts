/**
 * The overnight summary (夜间情况) since 18:00 yesterday: incidents reported and resolved,
 * control-level decisions that took effect (with the level before and after), and what the
 * night's sweep visits found (unregistered people, overdue tests). Reads only what the window
 * needs: incidents by `reportedAt` and `status`, visits by grid + day (yesterday and today);
 * malformed rows become problems, never figures.
 */
import { indexLevelHistory, levelFromSortedHistory } from '#common/domain/controlLevelAt';
import {
  controlLevelChangeSchema,
  controlLevels,
  incidentSchema,
  incidentTypes,
  severities,
  sweepVisitSchema,
  type ControlLevel,
  type IncidentType,
  type Severity,
} from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { visitTables, visitsOfGridDays } from '#renderer/db/householdsAndVisits';
import { validRows, type RowProblem } from '#renderer/db/validRows';
import { queryGridLabels } from './gridLabels';
import { inWindow, overnightWindow, type OvernightWindow } from './overnightWindow';

export interface LevelDecision {
  id: string;
  gridId: string;
  gridLabel: string;
  at: number;
  before: ControlLevel;
  after: ControlLevel;
}

export interface OvernightSummary {
  window: OvernightWindow;
  newIncidents: number;
  newBySeverity: Record<Severity, number>;
  newByType: Record<IncidentType, number>;
  resolvedIncidents: number;
  levelDecisions: LevelDecision[];
  /** Decisions to a stricter / looser level. */
  tightened: number;
  loosened: number;
  visits: number;
  unregisteredFound: number;
  overdueFound: number;
  problems: RowProblem[];
}

const strictness = (level: ControlLevel) => controlLevels.length - controlLevels.indexOf(level);

/** Visits of every grid on two consecutive days, in one transaction (one snapshot). */
function queryVisitsOfDays(db: GridroomDb, gridIds: readonly string[], first: string, last: string) {
  return db.transaction('r', visitTables(db), () => visitsOfGridDays(db, gridIds, first, last));
}

export async function queryOvernight(db: GridroomDb, now: number): Promise<OvernightSummary> {
  const window = overnightWindow(now);
  const gridIds = (await db.grids.toCollection().primaryKeys()) as string[];
  const [reported, resolved, changes, visits] = await Promise.all([
    db.incidents.where('reportedAt').between(window.from, window.to, true, true).toArray(),
    // by the resolution-time index (cache schema v2): the night's resolutions, not every one
    db.incidents
      .where('resolvedAt')
      .between(window.from, window.to, true, true)
      .filter((i) => i.status === 'resolved')
      .toArray(),
    db.controlLevels.toArray(),
    queryVisitsOfDays(db, gridIds, window.yesterday, window.today),
  ]);
  const r = validRows('incidents', reported, incidentSchema);
  const s = validRows('incidents', resolved, incidentSchema);
  const c = validRows('controlLevels', changes, controlLevelChangeSchema);
  // Only the night's visits are parsed; a row without a usable time is parsed (and reported).
  const v = validRows(
    'visits',
    visits.filter((visit) => typeof visit.visitedAt !== 'number' || inWindow(visit.visitedAt, window)),
    sweepVisitSchema,
  );

  const newBySeverity = Object.fromEntries(severities.map((k) => [k, 0])) as Record<Severity, number>;
  const fresh = r.rows.filter((i) => inWindow(i.reportedAt, window));
  const newByType = Object.fromEntries(incidentTypes.map((k) => [k, 0])) as Record<IncidentType, number>;
  for (const i of fresh) {
    newBySeverity[i.severity] += 1;
    newByType[i.type] += 1;
  }

  const index = indexLevelHistory(c.rows);
  const taking = c.rows.filter((change) => inWindow(change.from, window)).sort((a, b) => b.from - a.from);
  const labels = await queryGridLabels(
    db,
    taking.map((d) => d.gridId),
  );
  const levelDecisions = taking.map((change): LevelDecision => ({
    id: change.id,
    gridId: change.gridId,
    gridLabel: labels.get(change.gridId) ?? change.gridId,
    at: change.from,
    before: levelFromSortedHistory(index.get(change.gridId) ?? [], change.from - 1).level,
    after: change.level,
  }));

  const nightVisits = v.rows.filter((visit) => inWindow(visit.visitedAt, window));
  // A problem row found by both incident reads is reported once.
  const problems = [...r.problems, ...s.problems, ...c.problems, ...v.problems].filter(
    (p, i, all) => all.findIndex((q) => q.table === p.table && q.id === p.id) === i,
  );
  return {
    window,
    newIncidents: fresh.length,
    newBySeverity,
    newByType,
    resolvedIncidents: s.rows.filter((i) => inWindow(i.resolvedAt, window)).length,
    levelDecisions,
    tightened: levelDecisions.filter((d) => strictness(d.after) > strictness(d.before)).length,
    loosened: levelDecisions.filter((d) => strictness(d.after) < strictness(d.before)).length,
    visits: nightVisits.length,
    unregisteredFound: nightVisits.reduce((n, visit) => n + visit.unregisteredFound, 0),
    overdueFound: nightVisits.reduce((n, visit) => n + visit.overdueTestsFound, 0),
    problems,
  };
}
