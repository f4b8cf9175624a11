/**
 * Today's gate checks counted per checkpoint and station hour (pure): checks and refusals in
 * each of the 24 hours, and the day's totals of checks, refusals, fever readings and exit
 * attempts at in-only checkpoints (只进不出 — an exit at such a checkpoint is always refused,
 * with `exit-at-in-only`). Checks outside [dayStart, dayStart + 24 h) are not counted.
 */
import { HOUR_MS } from '#common/domain/time';
import { isFever } from '#common/epass/gateVerdict';
import type { GateCheck } from '#common/schemas';

export interface HourCount {
  checks: number;
  refused: number;
}

export interface CheckpointDayCounts {
  checkpointId: string;
  hours: HourCount[];
  checks: number;
  refused: number;
  fever: number;
  exitAttempts: number;
}

type Counted = Pick<GateCheck, 'checkpointId' | 'checkedAt' | 'result' | 'temperature' | 'deleted'>;

export function countGateChecks(
  checkpointId: string,
  checks: readonly Counted[],
  dayStart: number,
): CheckpointDayCounts {
  const counts: CheckpointDayCounts = {
    checkpointId,
    hours: Array.from({ length: 24 }, () => ({ checks: 0, refused: 0 })),
    checks: 0,
    refused: 0,
    fever: 0,
    exitAttempts: 0,
  };
  for (const c of checks) {
    if (c.deleted || c.checkpointId !== checkpointId) continue;
    const hour = counts.hours[Math.floor((c.checkedAt - dayStart) / HOUR_MS)];
    if (!hour || c.checkedAt < dayStart) continue;
    const refused = c.result !== 'valid';
    hour.checks += 1;
    counts.checks += 1;
    if (refused) {
      hour.refused += 1;
      counts.refused += 1;
    }
    if (isFever(c.temperature)) counts.fever += 1;
    if (c.result === 'exit-at-in-only') counts.exitAttempts += 1;
  }
  return counts;
}
