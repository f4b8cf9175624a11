/**
 * Point layers of the board: checkpoints with whether someone is on duty at `now`, and the
 * testing sites of today. Only shifts still running or ahead are read (the `end` index).
 */
import { isStaffedAt } from '#common/domain/rosterGaps';
import { dayOf } from '#common/domain/time';
import { nextBoundary, nextDayStart } from '#common/domain/nextBoundary';
import {
  checkpointSchema,
  dutyShiftSchema,
  testingSiteSchema,
  type Checkpoint,
  type DutyShift,
  type TestingSite,
} from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { validRows, type RowProblem } from '#renderer/db/validRows';

export interface CheckpointState {
  checkpoint: Checkpoint;
  staffedNow: boolean;
}

export interface StationPoints {
  checkpoints: CheckpointState[];
  sitesToday: TestingSite[];
  problems: RowProblem[];
  /** Until when these hold (a shift starts or ends, the day turns). */
  holdsUntil: number;
}

export async function queryStationPoints(db: GridroomDb, now: number): Promise<StationPoints> {
  const [checkpoints, shifts, sites] = await Promise.all([
    db.checkpoints.toArray(),
    db.shifts.where('end').above(now).toArray(),
    db.testingSites.where('day').equals(dayOf(now)).toArray(),
  ]);
  const c = validRows('checkpoints', checkpoints, checkpointSchema);
  const s = validRows('shifts', shifts, dutyShiftSchema);
  const t = validRows('testingSites', sites, testingSiteSchema);
  const shiftsByCheckpoint = new Map<string, DutyShift[]>();
  for (const shift of s.rows) {
    if (shift.checkpointId === null) continue;
    const list = shiftsByCheckpoint.get(shift.checkpointId) ?? [];
    list.push(shift);
    shiftsByCheckpoint.set(shift.checkpointId, list);
  }
  return {
    checkpoints: c.rows.map((checkpoint) => ({
      checkpoint,
      staffedNow: isStaffedAt(shiftsByCheckpoint.get(checkpoint.id) ?? [], now),
    })),
    sitesToday: t.rows,
    problems: [...c.problems, ...s.problems, ...t.problems],
    holdsUntil: nextBoundary(now, [
      ...s.rows.flatMap((shift) => [shift.start, shift.end]),
      nextDayStart(now),
    ]),
  };
}
