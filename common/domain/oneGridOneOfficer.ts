/**
 * The "one grid, one officer" rule (一格一警): every live grid names exactly one live officer,
 * and no officer holds more grids than the station's `gridLoadLimit`.
 *
 * Invariants: tombstoned grids and officers are ignored everywhere; a grid whose officer is
 * deleted counts as naming an unknown officer (it needs reassigning), never as that officer's
 * load; every live officer appears in `officerLoads`, including those with no grid; results
 * keep the order of the input rows.
 */
import type { Grid, Officer } from '../schemas';

export type GridAssignment = Pick<Grid, 'id' | 'officerId' | 'deleted'>;
export type OfficerRef = Pick<Officer, 'id' | 'deleted'>;

export interface OfficerLoad<G extends GridAssignment, O extends OfficerRef> {
  officer: O;
  grids: G[];
  gridCount: number;
}

export interface OneGridOneOfficerReport<G extends GridAssignment, O extends OfficerRef> {
  /** Live grids with `officerId === null`. */
  gridsWithoutOfficer: G[];
  /** Live grids whose officerId names no officer, or a deleted one. */
  gridsWithUnknownOfficer: G[];
  /** Live officers holding more than `gridLoadLimit` grids. */
  overloadedOfficers: OfficerLoad<G, O>[];
  /** Every live officer with the grids they hold. */
  officerLoads: OfficerLoad<G, O>[];
  /** `officersByLoad[n]` = how many live officers hold exactly n grids. */
  officersByLoad: number[];
}

/** The grids each live officer holds, in officer order; officers with no grid get zero. */
export function officerGridLoads<G extends GridAssignment, O extends OfficerRef>(
  grids: readonly G[],
  officers: readonly O[],
): OfficerLoad<G, O>[] {
  const loads = new Map<string, OfficerLoad<G, O>>();
  for (const officer of officers) {
    if (!officer.deleted) loads.set(officer.id, { officer, grids: [], gridCount: 0 });
  }
  for (const grid of grids) {
    if (grid.deleted || grid.officerId === null) continue;
    const load = loads.get(grid.officerId);
    if (load) {
      load.grids.push(grid);
      load.gridCount += 1;
    }
  }
  return [...loads.values()];
}

/** `result[n]` = number of loads with exactly n grids (a histogram for the staffing chart). */
export function countOfficersByLoad(loads: readonly { gridCount: number }[]): number[] {
  const histogram: number[] = [];
  for (const { gridCount } of loads) {
    while (histogram.length <= gridCount) histogram.push(0);
    histogram[gridCount] = (histogram[gridCount] ?? 0) + 1;
  }
  return histogram;
}

/** Checks the whole station against the rule. `gridLoadLimit` is the most grids one officer may hold. */
export function checkOneGridOneOfficer<G extends GridAssignment, O extends OfficerRef>(
  grids: readonly G[],
  officers: readonly O[],
  gridLoadLimit: number,
): OneGridOneOfficerReport<G, O> {
  const liveOfficerIds = new Set(officers.filter((o) => !o.deleted).map((o) => o.id));
  const liveGrids = grids.filter((g) => !g.deleted);
  const officerLoads = officerGridLoads(liveGrids, officers);
  return {
    gridsWithoutOfficer: liveGrids.filter((g) => g.officerId === null),
    gridsWithUnknownOfficer: liveGrids.filter(
      (g) => g.officerId !== null && !liveOfficerIds.has(g.officerId),
    ),
    overloadedOfficers: officerLoads.filter((load) => load.gridCount > gridLoadLimit),
    officerLoads,
    officersByLoad: countOfficersByLoad(officerLoads),
  };
}
