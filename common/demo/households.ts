/**
 * Households / standard addresses 标准地址. Each grid gets a share of the total (by area and a
 * random density), laid out as apartment buildings (金尚路123号 3栋 2单元 501: building, unit
 * and room kept bare — `3`, `2`, `501`) or, in rural grids, village houses (梧侣下宅23号, no
 * building/unit/room). Points are sampled inside the grid's own polygon (rejection within its
 * bbox, never a scan over all grids), so every household lies inside its grid.
 */
import type { Household, LngLat } from '../schemas';
import type { GridPlan } from './gridPlan';
import type { PlaceProfile } from './places';
import { areaKm2, pointInArea, samplePointIn } from './planarGeometry';
import type { Rng } from './prng';
import { clampToNow, type RowContext } from './synced';

const RESIDENTS: readonly (readonly [number, number])[] = [
  [0, 3], [1, 15], [2, 25], [3, 28], [4, 17], [5, 8], [6, 4],
];

/** Splits `total` over grids in proportion to area^0.4 × a random density. */
export function householdCounts(rng: Rng, grids: readonly GridPlan[], total: number): number[] {
  const weights = grids.map((g) => Math.pow(areaKm2(g.geometry), 0.4) * rng.float(0.45, 1.6));
  const sum = weights.reduce((s, w) => s + w, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - counts.reduce((s, c) => s + c, 0);
  for (let i = 0; left > 0; i = (i + 1) % counts.length, left--) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** A point within ~10 m of `base`, still inside the grid (else `base`). */
function near(rng: Rng, base: LngLat, grid: GridPlan): LngLat {
  const p: LngLat = [round6(base[0] + rng.float(-1e-4, 1e-4)), round6(base[1] + rng.float(-1e-4, 1e-4))];
  return pointInArea(p, grid.geometry) ? p : base;
}

export interface HouseholdResult {
  households: Household[];
  /** Household indices per grid. */
  byGrid: number[][];
}

export function generateHouseholds(
  rng: Rng,
  ctx: RowContext,
  profile: PlaceProfile,
  grids: readonly GridPlan[],
  gridIds: readonly string[],
  counts: readonly number[],
): HouseholdResult {
  const households: Household[] = [];
  const byGrid: number[][] = [];
  const day = 86_400_000;
  grids.forEach((grid, gi) => {
    const gridId = gridIds[gi] ?? '';
    const n = counts[gi] ?? 0;
    const mine: number[] = [];
    byGrid.push(mine);
    const rural = profile.villages.length > 0 && rng.chance(0.4);
    const push = (address: string, building: string, unit: string, room: string, point: LngLat): void => {
      mine.push(households.length);
      households.push({
        id: rng.uuid(),
        stationId: ctx.stationId,
        version: 1,
        updatedAt: clampToNow(ctx, ctx.now - rng.int(20, 60) * day),
        updatedBy: 'system',
        deleted: false,
        gridId,
        address,
        building,
        unit,
        room,
        point,
        registeredResidents: rng.weighted(RESIDENTS),
      });
    };
    if (rural) {
      const village = grid.community.replace(/社区$/, '') + rng.pick(profile.villages);
      for (let i = 0; i < n; i++) push(`${village}${i + 1}号`, '', '', '', samplePointIn(rng, grid.geometry, grid.bbox));
      return;
    }
    let made = 0;
    let number = rng.int(1, 80);
    const road = rng.pick(profile.roads);
    for (let b = 1; made < n; b++) {
      const units = rng.int(1, 3);
      const floors = rng.int(6, 18);
      const perFloor = rng.int(2, 4);
      if (b % 6 === 1) number += rng.int(2, 20);
      const site = samplePointIn(rng, grid.geometry, grid.bbox);
      for (let u = 1; u <= units && made < n; u++) {
        for (let f = 1; f <= floors && made < n; f++) {
          for (let r = 1; r <= perFloor && made < n; r++, made++) {
            const room = `${f}${String(r).padStart(2, '0')}`;
            push(`${road}${number}号 ${b}栋 ${u}单元 ${room}`, String(b), String(u), room, near(rng, site, grid));
          }
        }
      }
    }
  });
  return { households, byGrid };
}
