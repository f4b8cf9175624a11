/**
 * Officers 民警/辅警 and the one-grid-one-officer assignment. Deliberate flaws for the
 * dashboards to catch: about 5 % of grids (at least two) have no officer, and two officers
 * (more in a district) hold one grid over the station's load limit. Everyone else holds at
 * most the limit, in runs of neighbouring grids.
 */
import type { Officer, OfficerRole } from '../schemas';
import { personName } from './personNames';
import type { Rng } from './prng';
import { synced, type RowContext } from './synced';

export interface OfficerPlan {
  officers: Officer[];
  /** Officer id per grid (same order as the grids), or null. */
  gridOfficer: (string | null)[];
}

export function generateOfficers(
  rng: Rng,
  ctx: RowContext,
  count: number,
  gridCount: number,
  loadLimit: number,
): OfficerPlan {
  const unassigned = Math.max(2, Math.round(gridCount * 0.05));
  const overloaded = Math.max(2, Math.round(gridCount / 300));
  const rest = gridCount - unassigned - overloaded * (loadLimit + 1);
  const holders = Math.ceil(rest / loadLimit);
  const community = holders + overloaded;
  if (community > count) throw new Error(`need at least ${community} officers for ${gridCount} grids`);

  const badges = new Set<string>();
  const officers: Officer[] = Array.from({ length: count }, (_, i) => {
    const role: OfficerRole =
      i < community ? 'community' : rng.weighted<OfficerRole>([['auxiliary', 2], ['reinforcement', 1]]);
    let badgeNo = '';
    do {
      badgeNo = role === 'auxiliary' ? `FJ${rng.int(10000, 99999)}` : String(rng.int(100000, 999999));
    } while (badges.has(badgeNo));
    badges.add(badgeNo);
    const phone = `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
    return {
      ...synced(ctx, rng.uuid(), ctx.now - rng.int(5, 60) * 86_400_000),
      name: personName(rng),
      badgeNo,
      role,
      phone,
      onDuty: rng.chance(0.6),
      // The first community officer leads the station (所长); everyone else is a duty officer.
      access: i === 0 ? 'station-chief' : 'duty-officer',
      active: true,
    };
  });

  // Which grids go without, then hand out runs: overloaded officers first, then the rest.
  const without = new Set(rng.shuffle(Array.from({ length: gridCount }, (_, i) => i)).slice(0, unassigned));
  const loads: number[] = [];
  for (let i = 0; i < overloaded; i++) loads.push(loadLimit + 1);
  for (let i = 0, left = rest; i < holders; i++, left -= loadLimit) loads.push(Math.min(loadLimit, left));
  const holderOrder = rng.shuffle(Array.from({ length: community }, (_, i) => i));

  const gridOfficer: (string | null)[] = [];
  let h = 0;
  let used = 0;
  for (let g = 0; g < gridCount; g++) {
    if (without.has(g)) {
      gridOfficer.push(null);
      continue;
    }
    const oi = holderOrder[h] ?? 0;
    gridOfficer.push(officers[oi]?.id ?? null);
    used++;
    if (used >= (loads[h] ?? 0)) {
      h++;
      used = 0;
    }
  }
  return { officers, gridOfficer };
}
