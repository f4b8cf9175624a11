/**
 * Testing sites 核酸检测点: about half today, the rest on the three days before. Today's state
 * follows the clock (planned before 06:00, setting up until 07:00, open until 18:00, then
 * closed); past sites are closed with their layout complete. Sites go to grids weighted by
 * households.
 */
import { addDays, dayOf, HOUR_MS, startOfDay } from '../domain/time';
import type { SiteStatus, SiteZone, TestingSite } from '../schemas';
import { siteZones } from '../schemas';
import type { GridPlan } from './gridPlan';
import type { PlaceProfile } from './places';
import { samplePointIn } from './planarGeometry';
import type { Rng } from './prng';
import { synced, type RowContext } from './synced';

const SPOTS = ['篮球场', '文化广场', '社区服务中心', '小学操场', '停车场', '活动中心'] as const;

export function generateTestingSites(
  rng: Rng,
  ctx: RowContext,
  profile: PlaceProfile,
  grids: readonly GridPlan[],
  gridIds: readonly string[],
  householdCounts: readonly number[],
  count: number,
): TestingSite[] {
  const today = dayOf(ctx.now);
  const hour = (ctx.now - startOfDay(today)) / HOUR_MS;
  const todayStatus: SiteStatus = hour < 6 ? 'planned' : hour < 7 ? 'setting-up' : hour < 18 ? 'open' : 'closed';
  const weights = householdCounts.map((n, gi) => [gi, n + 1] as const);
  const todayCount = Math.ceil(count / 2);
  const names = new Set<string>();
  return Array.from({ length: count }, (_, i): TestingSite => {
    const gi = rng.weighted(weights);
    const grid = grids[gi];
    if (!grid) throw new Error('site without grid');
    const day = i < todayCount ? today : addDays(today, -(1 + ((i - todayCount) % 3)));
    // One of today's sites lags behind the others, so the checklist has something to show.
    const status: SiteStatus = day !== today ? 'closed' : i === 0 && todayStatus === 'open' ? 'setting-up' : todayStatus;
    const zonesReady: SiteZone[] =
      status === 'planned'
        ? []
        : status === 'setting-up'
          ? siteZones.filter(() => rng.chance(0.5))
          : [...siteZones];
    let name = '';
    while (!name || names.has(`${day}${name}`)) {
      const place = rng.chance(0.5) ? rng.pick(profile.compounds) : `${grid.community}${rng.pick(SPOTS)}`;
      name = `${place}核酸检测点${names.has(`${day}${place}核酸检测点`) ? rng.int(2, 9) : ''}`;
    }
    names.add(`${day}${name}`);
    const updatedAt = day === today ? ctx.now - rng.int(1, 50) * 60_000 : startOfDay(day) + 19 * HOUR_MS;
    return {
      ...synced(ctx, rng.uuid(), updatedAt),
      gridId: gridIds[gi] ?? '',
      name,
      point: samplePointIn(rng, grid.geometry, grid.bbox),
      day,
      zonesReady,
      queueLength: status === 'open' ? rng.int(15, 320) : 0,
      staff: { police: rng.int(2, 6), medical: rng.int(4, 14), volunteers: rng.int(6, 40) },
      status,
    };
  });
}
