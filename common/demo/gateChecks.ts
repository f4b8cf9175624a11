/**
 * The demo's gate checks 卡口核验 over the last 24 hours: passes checked at every open
 * checkpoint, hour by hour, busier at the morning and evening peaks and quiet at night — so the
 * checkpoints screen has counts per checkpoint per hour from the start. Each check presents an
 * approved (or since revoked) pass of the checkpoint's grid, sometimes one of another grid, and
 * its result is what the pass's own state says at that moment: valid, expired, revoked, wrong
 * zone, a code colour the zone forbids, an exit at an in-only gate (只进不出); a few codes are
 * forged or malformed and name nobody. Temperatures are taken at most checks, a few ≥ 37.3 °C.
 * `checkedBy` is the name of someone on the post's shift then. Same rng + inputs ⇒ same rows.
 */
import { codeAllowedIn, passValidAt } from '../domain/passRules';
import { HOUR_MS, startOfHour } from '../domain/time';
import type { Checkpoint, ControlLevel, DutyShift, GateCheck, GateDirection, GateResult, PassRegistration } from '../schemas';
import type { Rng } from './prng';
import { clampToNow, type RowContext } from './synced';

export const GATE_CHECK_HOURS = 24;

/** Relative traffic at a gate by local hour 0–23. */
const HOUR_WEIGHT = [1, 0.5, 0.3, 0.3, 0.4, 1, 3, 6, 8, 5, 4, 4, 6, 5, 4, 4, 5, 7, 8, 7, 5, 4, 3, 2] as const;
const WEIGHT_SUM = HOUR_WEIGHT.reduce((s, w) => s + w, 0);

export interface GateCheckInput {
  checkpoints: readonly Checkpoint[];
  shifts: readonly DutyShift[];
  registrations: readonly PassRegistration[];
  levelOf: ReadonlyMap<string, ControlLevel>;
  /** About how many checks in all. */
  count: number;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

function temperature(rng: Rng): number | null {
  if (rng.chance(0.15)) return null;
  if (rng.chance(0.006)) return round1(rng.float(37.3, 38.6));
  return round1(Math.min(37.2, Math.max(35.8, 36.5 + rng.normal() * 0.25)));
}

export function generateGateChecks(rng: Rng, ctx: RowContext, input: GateCheckInput): GateCheck[] {
  const open = input.checkpoints.filter((c) => c.mode !== 'closed');
  const passes = input.registrations.filter((r) => r.status === 'approved' || r.status === 'revoked');
  if (open.length === 0 || passes.length === 0 || input.count <= 0) return [];
  const byGrid = new Map<string, PassRegistration[]>();
  const listIn = <T>(map: Map<string, T[]>, key: string): T[] => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  };
  for (const p of passes) if (p.gridId !== null) listIn(byGrid, p.gridId).push(p);
  const shiftsOf = new Map<string, DutyShift[]>();
  for (const s of input.shifts) if (s.checkpointId !== null) listIn(shiftsOf, s.checkpointId).push(s);
  const perHour = input.count / (open.length * WEIGHT_SUM);
  const lastHour = startOfHour(ctx.now);
  const rows: GateCheck[] = [];

  for (const cp of open) {
    const level = input.levelOf.get(cp.gridId) ?? 'normal';
    const local = byGrid.get(cp.gridId) ?? [];
    const staffAt = (t: number): string => {
      const shift = shiftsOf.get(cp.id)?.find((s) => s.start <= t && t < s.end);
      const person = shift?.staff.find((m) => m.kind === 'police' || m.kind === 'auxiliary') ?? shift?.staff[0];
      return (person?.name ?? '值守人员').slice(0, 30);
    };
    for (let h = GATE_CHECK_HOURS - 1; h >= 0; h--) {
      const hourStart = lastHour - h * HOUR_MS;
      const localHour = new Date(hourStart + 8 * HOUR_MS).getUTCHours();
      const expected = perHour * (HOUR_WEIGHT[localHour] ?? 1) * rng.float(0.5, 1.5);
      const n = Math.floor(expected) + (rng.chance(expected % 1) ? 1 : 0);
      for (let k = 0; k < n; k++) {
        const checkedAt = clampToNow(ctx, hourStart + rng.int(0, HOUR_MS - 1));
        if (checkedAt >= ctx.now) continue;
        const direction: GateDirection =
          cp.mode === 'in-only' ? (rng.chance(0.04) ? 'out' : 'in') : rng.chance(0.5) ? 'in' : 'out';
        let pass: PassRegistration | null = null;
        let result: GateResult;
        if (rng.chance(0.012)) result = rng.weighted<GateResult>([['forged', 3], ['malformed', 2], ['unknown-pass', 2]]);
        else {
          const elsewhere = local.length === 0 || rng.chance(0.03);
          // people mostly show a pass in force: a few draws find one (an expired or revoked one
          // slips through about once in a hundred, as at a real gate)
          for (let tries = 0; tries < 4 && (pass === null || !passValidAt(pass, checkedAt)); tries++)
            pass = elsewhere ? rng.pick(passes) : rng.pick(local);
          if (pass === null) continue;
          if (direction === 'out' && cp.mode === 'in-only') result = 'exit-at-in-only';
          else if (pass.status === 'revoked' && pass.reviewedAt !== null && pass.reviewedAt <= checkedAt) result = 'revoked';
          else if (checkedAt >= pass.validUntil) result = 'expired';
          else if (!passValidAt(pass, checkedAt)) result = 'not-yet-valid';
          else if (pass.gridId !== cp.gridId) result = 'wrong-zone';
          else if (!codeAllowedIn(pass.healthCode, level)) result = 'code-colour';
          else result = 'valid';
        }
        rows.push({
          id: rng.uuid(),
          stationId: ctx.stationId,
          version: 1,
          updatedAt: checkedAt,
          updatedBy: 'system',
          deleted: false,
          checkpointId: cp.id,
          gridId: cp.gridId,
          registrationId: pass?.id ?? null,
          direction,
          result,
          healthCode: pass?.healthCode ?? null,
          maskedName: pass?.maskedName ?? null,
          temperature: temperature(rng),
          checkedAt,
          checkedBy: staffAt(checkedAt),
        });
      }
    }
  }
  return rows;
}
