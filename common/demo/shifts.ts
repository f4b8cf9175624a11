/**
 * Duty rosters 值守. 24-hour checkpoints get three 8-hour shifts a day (00–08, 08–16, 16–24
 * local) from three days ago through the next 24 hours; other checkpoints a 08–20 day shift;
 * today's testing sites a morning and an afternoon shift. Deliberately, two 24-hour posts
 * (one in a small dataset) have one shift cut an hour short — an uncovered hour for the
 * roster-gap warning to find. Volunteers come from the teams assigned to the post.
 */
import { addDays, dayOf, HOUR_MS, startOfDay } from '../domain/time';
import type { Checkpoint, DutyShift, Officer, StaffMember, TestingSite, VolunteerTeam } from '../schemas';
import { personName } from './personNames';
import type { Rng } from './prng';
import { synced, type RowContext } from './synced';

export interface ShiftResult {
  shifts: DutyShift[];
  /** Where the deliberate gaps are: checkpoint id and the uncovered hour's start. */
  gaps: { checkpointId: string; from: number }[];
}

export function generateShifts(
  rng: Rng,
  ctx: RowContext,
  checkpoints: readonly Checkpoint[],
  sites: readonly TestingSite[],
  officers: readonly Officer[],
  teams: readonly VolunteerTeam[],
): ShiftResult {
  const police = officers.filter((o) => o.role !== 'auxiliary');
  const auxiliary = officers.filter((o) => o.role === 'auxiliary');
  const teamFor = new Map<string, string>();
  for (const team of teams) {
    for (const a of team.assignments) teamFor.set(a.checkpointId ?? a.siteId ?? '', team.id);
  }
  const today = dayOf(ctx.now);
  const firstDay = addDays(today, -3);
  const horizon = ctx.now + 24 * HOUR_MS;

  const staffFor = (postId: string, site: boolean): StaffMember[] => {
    const cop = rng.pick(police.length > 0 ? police : officers);
    const staff: StaffMember[] = [{ kind: 'police', name: cop.name, officerId: cop.id, teamId: null }];
    for (let k = rng.int(1, 2); k > 0 && auxiliary.length > 0; k--) {
      const aux = rng.pick(auxiliary);
      staff.push({ kind: 'auxiliary', name: aux.name, officerId: aux.id, teamId: null });
    }
    if (site) for (let k = rng.int(2, 4); k > 0; k--) staff.push({ kind: 'medical', name: personName(rng), officerId: null, teamId: null });
    else staff.push({ kind: 'guard', name: personName(rng), officerId: null, teamId: null });
    const teamId = teamFor.get(postId);
    if (teamId) for (let k = rng.int(1, 3); k > 0; k--) staff.push({ kind: 'volunteer', name: personName(rng), officerId: null, teamId });
    return staff;
  };
  const shifts: DutyShift[] = [];
  const add = (checkpointId: string | null, siteId: string | null, start: number, end: number): void => {
    shifts.push({
      ...synced(ctx, rng.uuid(), Math.min(start - 12 * HOUR_MS, ctx.now)),
      checkpointId,
      siteId,
      start,
      end,
      staff: staffFor(checkpointId ?? siteId ?? '', siteId !== null),
    });
  };

  const roundTheClock = checkpoints.filter((c) => c.staffed24h);
  const gapPosts = new Set(rng.shuffle(roundTheClock.map((c) => c.id)).slice(0, roundTheClock.length >= 6 ? 2 : 1));
  const gaps: ShiftResult['gaps'] = [];
  for (const cp of checkpoints) {
    // The gap falls in a shift ending within the next 24 hours, where a duty officer can act.
    let gapDone = !gapPosts.has(cp.id);
    for (let day = firstDay; startOfDay(day) < horizon; day = addDays(day, 1)) {
      const d0 = startOfDay(day);
      if (!cp.staffed24h) {
        add(cp.id, null, d0 + 8 * HOUR_MS, d0 + 20 * HOUR_MS);
        continue;
      }
      for (const h of [0, 8, 16]) {
        const start = d0 + h * HOUR_MS;
        if (start >= horizon) break;
        let end = start + 8 * HOUR_MS;
        if (!gapDone && end > ctx.now + 2 * HOUR_MS) {
          end -= HOUR_MS;
          gaps.push({ checkpointId: cp.id, from: end });
          gapDone = true;
        }
        add(cp.id, null, start, end);
      }
    }
  }
  for (const site of sites) {
    if (site.day !== today) continue;
    const d0 = startOfDay(site.day);
    add(null, site.id, d0 + 7 * HOUR_MS, d0 + 12.5 * HOUR_MS);
    add(null, site.id, d0 + 12.5 * HOUR_MS, d0 + 18 * HOUR_MS);
  }
  return { shifts, gaps };
}
