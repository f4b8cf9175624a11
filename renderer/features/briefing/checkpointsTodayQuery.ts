/**
 * Checkpoints and their roster for the day ahead (卡口值守): for every checkpoint, whether it is
 * staffed now and by how many, and the uncovered hours of 24-hour posts over the checkpoints
 * screen's roster window (the next 24 hours from this hour) — using that feature's helpers.
 * Posts with gaps come first, then 24-hour posts (nobody on duty first), then the others.
 */
import { isStaffedAt } from '#common/domain/rosterGaps';
import { checkpointSchema, dutyShiftSchema, type Checkpoint, type DutyShift } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { validRows, type RowProblem } from '#renderer/db/validRows';
import { gapRuns, postsWithGaps, rosterByPost, rosterWindow } from '#renderer/station/rosterWindow';
import { queryGridLabels } from './gridLabels';

export interface CheckpointToday {
  checkpoint: Checkpoint;
  gridLabel: string;
  staffedNow: boolean;
  /** People on the shifts running now. */
  onDutyNow: number;
  /** Uncovered runs of whole clock hours in the window ([start, end)). */
  gaps: Array<{ start: number; end: number }>;
}

export interface CheckpointsToday {
  from: number;
  to: number;
  rows: CheckpointToday[];
  total: number;
  staffedNow: number;
  posts24h: number;
  postsWithGaps: number;
  problems: RowProblem[];
}

export async function queryCheckpointsToday(db: GridroomDb, now: number): Promise<CheckpointsToday> {
  const { from, to } = rosterWindow(now);
  const [rawCheckpoints, rawShifts] = await Promise.all([
    db.checkpoints.toArray(),
    db.shifts.where('end').above(Math.min(from, now)).toArray(),
  ]);
  const c = validRows('checkpoints', rawCheckpoints, checkpointSchema);
  const s = validRows('shifts', rawShifts, dutyShiftSchema);
  const byPost = new Map<string, DutyShift[]>();
  for (const shift of s.rows) {
    if (shift.checkpointId === null) continue;
    byPost.set(shift.checkpointId, [...(byPost.get(shift.checkpointId) ?? []), shift]);
  }
  const rosters = rosterByPost(c.rows, byPost, now);
  const labels = await queryGridLabels(
    db,
    c.rows.map((cp) => cp.gridId),
  );
  const rows = c.rows
    .map((checkpoint): CheckpointToday => {
      const shifts = byPost.get(checkpoint.id) ?? [];
      const roster = rosters.get(checkpoint.id);
      return {
        checkpoint,
        gridLabel: labels.get(checkpoint.gridId) ?? checkpoint.gridId,
        staffedNow: roster?.staffedNow ?? false,
        onDutyNow: shifts
          .filter((shift) => isStaffedAt([shift], now))
          .reduce((n, shift) => n + shift.staff.length, 0),
        gaps: gapRuns(roster?.gapHours ?? []),
      };
    })
    .sort(
      (a, b) =>
        b.gaps.length - a.gaps.length ||
        Number(b.checkpoint.staffed24h) - Number(a.checkpoint.staffed24h) ||
        Number(a.staffedNow) - Number(b.staffedNow) ||
        a.gridLabel.localeCompare(b.gridLabel) ||
        a.checkpoint.name.localeCompare(b.checkpoint.name),
    );
  return {
    from,
    to,
    rows,
    total: c.rows.length,
    staffedNow: rows.filter((r) => r.staffedNow).length,
    posts24h: c.rows.filter((cp) => cp.staffed24h).length,
    postsWithGaps: postsWithGaps(rosters),
    problems: [...c.problems, ...s.problems],
  };
}
