/**
 * Cache reads of the gate check 卡口核验: the checkpoints a check can be made at (with the
 * grid's label and its control level now), the registration a code names, today's checks of
 * each checkpoint through the `[checkpointId+checkedAt]` index, and the latest checks.
 * Malformed rows are skipped (validRows).
 */
import { controlLevelAt } from '#common/domain/controlLevelAt';
import { DAY_MS } from '#common/domain/time';
import {
  checkpointSchema,
  controlLevelChangeSchema,
  gateCheckSchema,
  gridSchema,
  passRegistrationSchema,
  type Checkpoint,
  type ControlLevel,
  type GateCheck,
  type PassRegistration,
} from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { validRows } from '#renderer/db/validRows';
import { countGateChecks, type CheckpointDayCounts } from './gateCounts';

export interface GateCheckpoint {
  checkpoint: Checkpoint;
  gridLabel: string;
  level: ControlLevel;
}

export async function queryGateCheckpoints(db: GridroomDb, now: number): Promise<GateCheckpoint[]> {
  const [rawCheckpoints, rawGrids, rawLevels] = await Promise.all([
    db.checkpoints.toArray(),
    db.grids.toArray(),
    db.controlLevels.toArray(),
  ]);
  const grids = new Map(
    validRows('grids', rawGrids, gridSchema).rows.map((g) => [g.id, `${g.code} ${g.name}`]),
  );
  const levels = validRows('controlLevels', rawLevels, controlLevelChangeSchema).rows;
  return validRows('checkpoints', rawCheckpoints, checkpointSchema)
    .rows.filter((c) => !c.deleted)
    .map((checkpoint) => ({
      checkpoint,
      gridLabel: grids.get(checkpoint.gridId) ?? checkpoint.gridId,
      level: controlLevelAt(levels, checkpoint.gridId, now).level,
    }))
    .sort(
      (a, b) => a.gridLabel.localeCompare(b.gridLabel) || a.checkpoint.name.localeCompare(b.checkpoint.name),
    );
}

/** The registration with this id, if the cache holds a valid one. */
export async function queryRegistration(db: GridroomDb, id: string): Promise<PassRegistration | null> {
  const raw = await db.passRegistrations.get(id);
  const parsed = raw ? passRegistrationSchema.safeParse(raw) : null;
  return parsed?.success ? parsed.data : null;
}

/** Today's counts for every checkpoint with at least one check today, busiest first. */
export async function queryGateDayCounts(
  db: GridroomDb,
  checkpointIds: readonly string[],
  dayStart: number,
): Promise<CheckpointDayCounts[]> {
  const perCheckpoint = await Promise.all(
    checkpointIds.map(async (id) => {
      const raw = await db.gateChecks
        .where('[checkpointId+checkedAt]')
        .between([id, dayStart], [id, dayStart + DAY_MS], true, false)
        .toArray();
      return countGateChecks(id, validRows('gateChecks', raw, gateCheckSchema).rows, dayStart);
    }),
  );
  return perCheckpoint.filter((c) => c.checks > 0).sort((a, b) => b.checks - a.checks);
}

/** The latest checks at one checkpoint (newest first). */
export async function queryRecentChecks(
  db: GridroomDb,
  checkpointId: string,
  limit: number,
): Promise<GateCheck[]> {
  const raw = await db.gateChecks
    .where('[checkpointId+checkedAt]')
    .between([checkpointId, 0], [checkpointId, Number.MAX_SAFE_INTEGER])
    .reverse()
    .limit(limit)
    .toArray();
  return validRows('gateChecks', raw, gateCheckSchema).rows;
}

/** Approved, current registrations of a grid (the demo's sample passes). */
export async function queryApprovedInGrid(
  db: GridroomDb,
  gridId: string,
  now: number,
): Promise<PassRegistration[]> {
  const raw = await db.passRegistrations.where('gridId').equals(gridId).toArray();
  return validRows('passRegistrations', raw, passRegistrationSchema)
    .rows.filter((r) => !r.deleted && r.status === 'approved' && r.validFrom <= now && now < r.validUntil)
    .sort((a, b) => a.id.localeCompare(b.id));
}
