/**
 * Cache reads of the checkpoints screen: checkpoints with their roster state for the next
 * 24 hours, the shifts of one checkpoint, the shifts that could clash with a draft (any post),
 * and the names of grids, officers and volunteer teams. Only shifts ending after the window's
 * start are read (the `end` index); malformed rows are skipped (validRows).
 */
import { HOUR_MS } from '#common/domain/time';
import {
  checkpointSchema,
  dutyShiftSchema,
  gridSchema,
  officerSchema,
  volunteerTeamSchema,
  type Checkpoint,
  type DutyShift,
  type Officer,
  type VolunteerTeam,
} from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { validRows } from '#renderer/db/validRows';
import { rosterByPost, rosterWindow, type PostRoster } from '#renderer/station/rosterWindow';

export interface CheckpointRow {
  checkpoint: Checkpoint;
  roster: PostRoster;
  gridLabel: string;
}

export interface CheckpointOverview {
  rows: CheckpointRow[];
  from: number;
  to: number;
}

export async function queryCheckpointOverview(db: GridroomDb, now: number): Promise<CheckpointOverview> {
  const { from, to } = rosterWindow(now);
  const [rawCheckpoints, rawShifts, rawGrids] = await Promise.all([
    db.checkpoints.toArray(),
    db.shifts.where('end').above(Math.min(from, now)).toArray(),
    db.grids.toArray(),
  ]);
  const checkpoints = validRows('checkpoints', rawCheckpoints, checkpointSchema).rows;
  const grids = new Map(
    validRows('grids', rawGrids, gridSchema).rows.map((g) => [g.id, `${g.code} ${g.name}`]),
  );
  const byPost = new Map<string, DutyShift[]>();
  for (const s of validRows('shifts', rawShifts, dutyShiftSchema).rows) {
    if (s.checkpointId === null) continue;
    const list = byPost.get(s.checkpointId) ?? [];
    list.push(s);
    byPost.set(s.checkpointId, list);
  }
  const rosters = rosterByPost(checkpoints, byPost, now);
  const rows = checkpoints
    .map((checkpoint) => ({
      checkpoint,
      roster: rosters.get(checkpoint.id) ?? { gapHours: [], staffedNow: false },
      gridLabel: grids.get(checkpoint.gridId) ?? checkpoint.gridId,
    }))
    .sort(
      (a, b) =>
        b.roster.gapHours.length - a.roster.gapHours.length ||
        a.gridLabel.localeCompare(b.gridLabel) ||
        a.checkpoint.name.localeCompare(b.checkpoint.name),
    );
  return { rows, from, to };
}

/** Live shifts of one checkpoint that touch [from - 12 h, to): the timeline and its list. */
export async function queryCheckpointShifts(
  db: GridroomDb,
  checkpointId: string,
  from: number,
  to: number,
): Promise<DutyShift[]> {
  const raw = await db.shifts.where('checkpointId').equals(checkpointId).toArray();
  return validRows('shifts', raw, dutyShiftSchema)
    .rows.filter((s) => s.end > from - 12 * HOUR_MS && s.start < to)
    .sort((a, b) => a.start - b.start);
}

/** Live shifts at any post overlapping [start, end): what a draft may clash with. */
export async function queryShiftsOverlapping(
  db: GridroomDb,
  start: number,
  end: number,
): Promise<DutyShift[]> {
  const raw = await db.shifts.where('end').above(start).toArray();
  return validRows('shifts', raw, dutyShiftSchema).rows.filter((s) => s.start < end);
}

export interface RosterNames {
  officers: Officer[];
  teams: VolunteerTeam[];
}

export async function queryRosterNames(db: GridroomDb): Promise<RosterNames> {
  const [officers, teams] = await Promise.all([db.officers.toArray(), db.volunteerTeams.toArray()]);
  return {
    officers: validRows('officers', officers, officerSchema).rows.sort((a, b) =>
      a.name.localeCompare(b.name),
    ),
    teams: validRows('volunteerTeams', teams, volunteerTeamSchema).rows.sort((a, b) =>
      a.name.localeCompare(b.name),
    ),
  };
}
