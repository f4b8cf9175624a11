/**
 * Each grid's state as the report states it, pure: the station picture's grid (level at `asOf`,
 * households, campaign scope) with coverage counted only up to the end of the report's day (the
 * campaign's aggregate rows with day ≤ date) and the incidents open at `asOf`.
 */
import { coverageRatio } from '#common/domain/coverage';
import type { Incident } from '#common/schemas';
import type { SweepStats } from '#renderer/db/localRows';
import type { GridState, StationPicture } from '#renderer/station/gridStateQuery';
import { countByGrid } from './dayIncidents';

/** Covered households per grid by the end of `date`, from a campaign's aggregate rows. */
export function coveredThrough(stats: readonly SweepStats[], date: string): Map<string, number> {
  const covered = new Map<string, number>();
  for (const row of stats)
    if (row.day <= date) covered.set(row.gridId, (covered.get(row.gridId) ?? 0) + row.covered);
  return covered;
}

export function gridStatesAtDayEnd(
  picture: StationPicture,
  date: string,
  open: readonly Incident[],
): GridState[] {
  const covered = coveredThrough(picture.campaignStats, date);
  const openByGrid = countByGrid(open);
  return picture.grids.map((g) => {
    const c = covered.get(g.grid.id) ?? 0;
    return {
      ...g,
      covered: c,
      coverage: coverageRatio(c, g.households),
      openIncidents: openByGrid.get(g.grid.id) ?? 0,
    };
  });
}
