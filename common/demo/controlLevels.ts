/**
 * Control-level history 封控/管控/防范 over the last 30 days. A few grids are sealed now (at
 * least two, ~3 %), the grids nearest them controlled (~7 %), the rest precaution or normal;
 * many grids changed level during the month. Each grid's records are contiguous, start 30
 * days before `now`, and the last one is open (`to` null) — so the level at any instant of
 * the month is defined.
 */
import { dayOf, DAY_MS, HOUR_MS, startOfDay } from '../domain/time';
import type { ControlLevel, ControlLevelChange, LngLat } from '../schemas';
import type { Rng } from './prng';
import { synced, type RowContext } from './synced';

const REASONS: Readonly<Record<ControlLevel, readonly string[]>> = {
  sealed: ['发现确诊病例，划定为封控区，区域封闭、足不出户、服务上门', '发现阳性感染者，升级为封控区'],
  controlled: ['密接人员居住楼栋周边，划定为管控区，人不出区、严禁聚集', '封控区解封后降为管控区'],
  precaution: ['管控区周边区域，列为防范区，强化社会面管控、严格限制人员聚集', '管控区降级为防范区'],
  normal: ['连续14天无新增病例，解除管控，恢复常态化防控', '常态化防控'],
};

export function generateControlLevels(
  rng: Rng,
  ctx: RowContext,
  gridIds: readonly string[],
  centres: readonly LngLat[],
  decidedBy: string,
): ControlLevelChange[] {
  const n = gridIds.length;
  const current: ControlLevel[] = Array.from({ length: n }, () => (rng.chance(0.4) ? 'precaution' : 'normal'));
  const sealedCount = Math.max(2, Math.round(n * 0.03));
  const controlledCount = Math.max(3, Math.round(n * 0.07));
  const sealed = rng.shuffle(Array.from({ length: n }, (_, i) => i)).slice(0, sealedCount);
  for (const i of sealed) current[i] = 'sealed';
  // Controlled: the grids nearest a sealed one.
  const nearest = Array.from({ length: n }, (_, i) => i)
    .filter((i) => current[i] !== 'sealed')
    .map((i) => {
      const c = centres[i] ?? [0, 0];
      let d = Infinity;
      for (const s of sealed) {
        const o = centres[s] ?? [0, 0];
        d = Math.min(d, (c[0] - o[0]) ** 2 + (c[1] - o[1]) ** 2);
      }
      return [i, d] as const;
    })
    .sort((a, b) => a[1] - b[1]);
  for (const [i] of nearest.slice(0, controlledCount)) current[i] = 'controlled';

  const today = dayOf(ctx.now);
  const start = startOfDay(dayOf(ctx.now - 30 * DAY_MS));
  /** An instant `daysAgo` days before today at a decision hour, never after now. */
  const at = (daysAgo: number): number => {
    const t = startOfDay(today) - daysAgo * DAY_MS + rng.int(8, 22) * HOUR_MS;
    return Math.min(t, ctx.now - HOUR_MS);
  };

  const rows: ControlLevelChange[] = [];
  gridIds.forEach((gridId, i) => {
    const now = current[i] ?? 'normal';
    let path: [ControlLevel, number][];
    if (now === 'sealed') path = [[rng.chance(0.5) ? 'normal' : 'precaution', start], ['controlled', at(rng.int(14, 20))], ['sealed', at(rng.int(3, 10))]];
    else if (now === 'controlled')
      path = rng.chance(0.5)
        ? [['precaution', start], ['sealed', at(rng.int(20, 25))], ['controlled', at(rng.int(9, 15))]]
        : [['normal', start], ['controlled', at(rng.int(2, 12))]];
    else if (now === 'precaution')
      path = rng.chance(0.3) ? [['normal', start], ['controlled', at(rng.int(20, 26))], ['precaution', at(rng.int(7, 14))]] : [['precaution', start]];
    else path = rng.chance(0.25) ? [['precaution', start], ['normal', at(rng.int(2, 10))]] : [['normal', start]];

    path.forEach(([level, from], k) => {
      const next = path[k + 1];
      const to = next ? next[1] : null;
      rows.push({
        ...synced(ctx, rng.uuid(), to ?? from),
        gridId,
        level,
        from,
        to,
        decidedBy,
        reason: rng.pick(REASONS[level]),
      });
    });
  });
  return rows;
}
