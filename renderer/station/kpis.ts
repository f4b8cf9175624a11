/**
 * The board's KPI figures as one pure function of what the queries read, so the tiles, the
 * briefing and the daily report state the same numbers.
 */
import { checkOneGridOneOfficer } from '#common/domain/oneGridOneOfficer';
import { coverageRatio } from '#common/domain/coverage';
import { controlLevels, severities, type ControlLevel, type Severity } from '#common/schemas';
import type { StationPicture } from './gridStateQuery';
import type { StationPoints } from './pointsQuery';
import type { TodayFindings } from './sweepQuery';

export interface Kpis {
  gridsTotal: number;
  gridsByLevel: Record<ControlLevel, number>;
  householdsInScope: number;
  householdsCovered: number;
  coverage: number;
  today: TodayFindings;
  openIncidents: number;
  openBySeverity: Record<Severity, number>;
  checkpointsTotal: number;
  checkpointsStaffed: number;
  gridsWithoutOfficer: number;
  overloadedOfficers: number;
}

export function computeKpis(
  picture: StationPicture,
  points: Pick<StationPoints, 'checkpoints' | 'sitesToday'>,
  today: TodayFindings,
): Kpis {
  const gridsByLevel = Object.fromEntries(controlLevels.map((l) => [l, 0])) as Record<ControlLevel, number>;
  let householdsInScope = 0;
  let householdsCovered = 0;
  for (const g of picture.grids) {
    gridsByLevel[g.level] += 1;
    if (g.inCampaign) {
      householdsInScope += g.households;
      householdsCovered += Math.min(g.covered, g.households);
    }
  }
  const openBySeverity = Object.fromEntries(severities.map((s) => [s, 0])) as Record<Severity, number>;
  for (const incident of picture.openIncidents) openBySeverity[incident.severity] += 1;
  const rule = checkOneGridOneOfficer(
    picture.grids.map((g) => g.grid),
    picture.officers,
    picture.station?.gridLoadLimit ?? Number.MAX_SAFE_INTEGER,
  );
  return {
    gridsTotal: picture.grids.length,
    gridsByLevel,
    householdsInScope,
    householdsCovered,
    coverage: coverageRatio(householdsCovered, householdsInScope),
    today,
    openIncidents: picture.openIncidents.length,
    openBySeverity,
    checkpointsTotal: points.checkpoints.length,
    checkpointsStaffed: points.checkpoints.filter((c) => c.staffedNow).length,
    gridsWithoutOfficer: rule.gridsWithoutOfficer.length + rule.gridsWithUnknownOfficer.length,
    overloadedOfficers: rule.overloadedOfficers.length,
  };
}
