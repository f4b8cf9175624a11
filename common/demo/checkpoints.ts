/**
 * Entry/exit control points 出入管控口. Sealed and controlled grids get one to three each
 * (in-only 只进不出 or closed, staffed 24 hours); the rest go to other grids weighted by
 * households (two-way gates, some with 24-hour posts). In the station dataset the first two
 * are the seed's: the temporary police post at 彩虹花园 and the gate of 金尚嘉园.
 */
import type { Checkpoint, CheckpointMode, ControlLevel, PostType } from '../schemas';
import type { GridPlan } from './gridPlan';
import type { PlaceProfile } from './places';
import { samplePointIn } from './planarGeometry';
import type { Rng } from './prng';
import { synced, type RowContext } from './synced';

const GATES = ['东门', '南门', '西门', '北门', '1号岗', '2号岗', '主入口', '侧门'] as const;

export function generateCheckpoints(
  rng: Rng,
  ctx: RowContext,
  profile: PlaceProfile,
  grids: readonly GridPlan[],
  gridIds: readonly string[],
  levels: readonly ControlLevel[],
  householdCounts: readonly number[],
  count: number,
): Checkpoint[] {
  const picks: { gi: number; strict: boolean }[] = [];
  levels.forEach((level, gi) => {
    if (level === 'sealed') for (let k = rng.int(2, 3); k > 0; k--) picks.push({ gi, strict: true });
    if (level === 'controlled') for (let k = rng.int(1, 2); k > 0; k--) picks.push({ gi, strict: true });
  });
  const weights = householdCounts.map((n, gi) => [gi, n + 1] as const);
  while (picks.length < count) picks.push({ gi: rng.weighted(weights), strict: false });
  picks.length = Math.min(picks.length, count);

  const seedNames = profile.codePrefix === 'HS' ? ['彩虹花园临时警务室', '金尚嘉园北门'] : [];
  const names = new Set<string>();
  return picks.map(({ gi, strict }, i) => {
    const grid = grids[gi];
    if (!grid) throw new Error('checkpoint without grid');
    const level = levels[gi] ?? 'normal';
    const seeded = seedNames[i];
    const postType: PostType = seeded?.endsWith('警务室') || rng.chance(strict ? 0.3 : 0.08) ? 'temporary-post' : 'gate';
    let name = seeded ?? '';
    while (!name || names.has(name)) {
      const place = rng.chance(0.6) ? rng.pick(profile.compounds) : `${grid.community.replace(/社区$/, '')}${rng.pick(profile.roads)}`;
      name = postType === 'temporary-post' ? `${place}临时警务室` : `${place}${rng.pick(GATES)}`;
      if (names.has(name)) name = `${name}${rng.int(2, 9)}`;
    }
    names.add(name);
    const mode: CheckpointMode = strict ? (level === 'sealed' && rng.chance(0.3) ? 'closed' : 'in-only') : 'two-way';
    return {
      ...synced(ctx, rng.uuid(), ctx.now - rng.int(1, 10) * 86_400_000),
      gridId: gridIds[gi] ?? '',
      name,
      point: samplePointIn(rng, grid.geometry, grid.bbox),
      mode,
      postType,
      staffed24h: strict || postType === 'temporary-post' || seeded !== undefined || rng.chance(0.15),
    };
  });
}
