/**
 * Per-grid state for the board: the grid, its control level at `now` (from the history), its
 * households in scope and sweep coverage in the active campaign (from the aggregate tables,
 * never by scanning households or visits), and its open incidents.
 */
import { nextBoundary } from '#common/domain/nextBoundary';
import { coverageRatio } from '#common/domain/coverage';
import { indexLevelHistory } from '#common/domain/controlLevelAt';
import { levelsAt } from '#common/domain/levelTimeline';
import {
  controlLevelChangeSchema,
  gridSchema,
  incidentSchema,
  officerSchema,
  stationSchema,
  sweepCampaignSchema,
  type ControlLevel,
  type Grid,
  type Incident,
  type Officer,
  type Station,
  type SweepCampaign,
} from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import type { SweepStats } from '#renderer/db/localRows';
import { queryCampaignStats } from './sweepQuery';
import { validRows, type RowProblem } from '#renderer/db/validRows';
import { rowsWithAnyOf } from '#renderer/db/rowsWithAnyOf';

export interface GridState {
  grid: Grid;
  level: ControlLevel;
  levelSince: number | null;
  households: number;
  covered: number;
  coverage: number;
  inCampaign: boolean;
  openIncidents: number;
}

export interface StationPicture {
  station: Station | null;
  officers: Officer[];
  campaign: SweepCampaign | null;
  grids: GridState[];
  openIncidents: Incident[];
  /** The active campaign's aggregate rows (all grids, all days), for history-aware figures. */
  campaignStats: SweepStats[];
  problems: RowProblem[];
  /** Until when this picture holds (its next level or campaign boundary); Infinity when none. */
  holdsUntil: number;
}

export const openStatuses = ['new', 'assigned', 'in-progress'] as const;

/** The campaign in force at `now` (latest start wins), else the one that ended last. */
export function activeCampaign(campaigns: readonly SweepCampaign[], now: number): SweepCampaign | null {
  const running = campaigns.filter((c) => c.start <= now && now <= c.end).sort((a, b) => b.start - a.start);
  if (running[0]) return running[0];
  return [...campaigns].filter((c) => c.start <= now).sort((a, b) => b.end - a.end)[0] ?? null;
}

/** The picture without its open incidents: what changes with grids, levels, sweeps and rosters. */
export type GridsPicture = Omit<StationPicture, 'openIncidents'>;

/** The open incidents, read on their own: an incident edit re-reads only these. */
export interface OpenIncidents {
  openIncidents: Incident[];
  problems: RowProblem[];
}

/** The whole picture at `now` (both halves, read together). */
export async function queryStationPicture(db: GridroomDb, now: number): Promise<StationPicture> {
  const [grids, open] = await Promise.all([queryGridsPicture(db, now), queryOpenIncidents(db)]);
  return withOpenIncidents(grids, open);
}

export async function queryOpenIncidents(db: GridroomDb): Promise<OpenIncidents> {
  const i = validRows('incidents', await rowsWithAnyOf(db.incidents, 'status', openStatuses), incidentSchema);
  return { openIncidents: i.rows, problems: i.problems };
}

/** Joins the halves: each grid's open-incident count, the incidents and both halves' problems. */
export function withOpenIncidents(picture: GridsPicture, open: OpenIncidents): StationPicture {
  const openByGrid = new Map<string, number>();
  for (const incident of open.openIncidents)
    openByGrid.set(incident.gridId, (openByGrid.get(incident.gridId) ?? 0) + 1);
  return {
    ...picture,
    grids: picture.grids.map((state) => ({ ...state, openIncidents: openByGrid.get(state.grid.id) ?? 0 })),
    openIncidents: open.openIncidents,
    problems: [...picture.problems, ...open.problems],
  };
}

/** Grids, levels at `now`, coverage, officers, the campaign (open-incident counts still 0). */
export async function queryGridsPicture(db: GridroomDb, now: number): Promise<GridsPicture> {
  // The campaigns first (a handful of rows), so the active one's aggregates are read together
  // with everything else rather than after it.
  const k = validRows('campaigns', await db.campaigns.toArray(), sweepCampaignSchema);
  const campaign = activeCampaign(k.rows, now);
  const [stations, officers, grids, changes, gridStats, campaignStats] = await Promise.all([
    db.stations.toArray(),
    db.officers.toArray(),
    db.grids.toArray(),
    db.controlLevels.toArray(),
    db.gridStats.toArray(),
    campaign ? queryCampaignStats(db, campaign.id) : Promise.resolve([]),
  ]);
  const s = validRows('stations', stations, stationSchema);
  const o = validRows('officers', officers, officerSchema);
  const g = validRows('grids', grids, gridSchema);
  const c = validRows('controlLevels', changes, controlLevelChangeSchema);

  const coveredByGrid = new Map<string, number>();
  for (const row of campaignStats)
    coveredByGrid.set(row.gridId, (coveredByGrid.get(row.gridId) ?? 0) + row.covered);
  const householdsByGrid = new Map(gridStats.map((row) => [row.gridId, row.households]));
  const targets = campaign && campaign.targetGridIds.length > 0 ? new Set(campaign.targetGridIds) : null;
  const levels = levelsAt(
    indexLevelHistory(c.rows),
    g.rows.map((grid) => grid.id),
    now,
  );

  const states = g.rows.map((grid): GridState => {
    const households = householdsByGrid.get(grid.id) ?? 0;
    const covered = coveredByGrid.get(grid.id) ?? 0;
    const level = levels.get(grid.id);
    return {
      grid,
      level: level?.level ?? 'normal',
      levelSince: level?.since ?? null,
      households,
      covered,
      coverage: coverageRatio(covered, households),
      inCampaign: campaign !== null && (targets === null || targets.has(grid.id)),
      openIncidents: 0,
    };
  });
  states.sort((a, b) => a.grid.code.localeCompare(b.grid.code));
  return {
    station: s.rows[0] ?? null,
    officers: o.rows,
    campaign,
    grids: states,
    campaignStats,
    problems: [...s.problems, ...o.problems, ...g.problems, ...c.problems, ...k.problems],
    // a level starts or ends; a campaign starts, or ends (in force through its `end`)
    holdsUntil: nextBoundary(now, [
      ...c.rows.flatMap((change) => [change.from, change.to]),
      ...k.rows.flatMap((c) => [c.start, c.end + 1]),
    ]),
  };
}
