/**
 * Sweep campaigns 摸排行动 and their door-to-door visits 入户访查: an active 敲门行动 that began
 * about 14 days before `now` (all grids; coverage per grid from ~20 % to 100 %, some grids
 * clearly behind) and an earlier, finished 一标三实 collection over part of the grids.
 * Not-home visits are often followed by a revisit. Each visit's `day` is dayOf(visitedAt).
 */
import { dayOf, DAY_MS, HOUR_MS, startOfDay, STATION_UTC_OFFSET_MS } from '../domain/time';
import type { Household, SweepCampaign, SweepVisit, VisitOutcome } from '../schemas';
import type { GridPlan } from './gridPlan';
import type { Rng } from './prng';
import { clampToNow, synced, type RowContext } from './synced';
import { visitInstant } from './visitTime';

const NOTES: Readonly<Record<VisitOutcome, readonly string[]>> = {
  'all-registered': ['', '', '', '人员信息与登记一致'],
  'found-unregistered': ['发现未登记人员，已现场登记并上报社区', '发现新入住租户，已补录信息'],
  'not-home': ['家中无人，已留联系卡', '敲门无应答，待回访'],
  refused: ['住户拒绝配合，已报社区网格员', '拒绝开门，已联系物业协助'],
};

const ANSWERED: readonly (readonly [VisitOutcome, number])[] = [['all-registered', 93], ['found-unregistered', 4], ['refused', 3]];
const UNREGISTERED_COUNT: readonly (readonly [number, number])[] = [[1, 70], [2, 22], [3, 8]];

interface CampaignPlan {
  campaign: SweepCampaign;
  /** Coverage aimed at per target grid index. */
  coverage: Map<number, number>;
  notHomeRate: number;
  revisitRate: number;
}

function knockCoverage(rng: Rng, gridCount: number): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < gridCount; i++) {
    const band = rng.weighted<'behind' | 'middle' | 'done'>([['behind', 15], ['middle', 62], ['done', 23]]);
    m.set(i, band === 'behind' ? rng.float(0.2, 0.45) : band === 'middle' ? rng.float(0.55, 0.92) : rng.chance(0.4) ? 1 : rng.float(0.95, 1));
  }
  // Make the spread certain, whatever the seed: one grid behind, one done.
  const order = rng.shuffle(Array.from({ length: gridCount }, (_, i) => i));
  if (order[0] !== undefined) m.set(order[0], 0.25);
  if (order[1] !== undefined) m.set(order[1], 1);
  return m;
}

export interface SweepResult {
  campaigns: SweepCampaign[];
  visits: SweepVisit[];
}

export function generateSweeps(
  rng: Rng,
  ctx: RowContext,
  grids: readonly GridPlan[],
  gridIds: readonly string[],
  households: readonly Household[],
  byGrid: readonly (readonly number[])[],
): SweepResult {
  const today = dayOf(ctx.now);
  const knockStart = startOfDay(dayOf(ctx.now - 14 * DAY_MS)) + 8 * HOUR_MS;
  const oneStdStart = startOfDay(dayOf(ctx.now - 45 * DAY_MS)) + 8 * HOUR_MS;
  const oneStdTargets = rng
    .shuffle(Array.from({ length: gridIds.length }, (_, i) => i))
    .slice(0, Math.max(1, Math.round(gridIds.length * 0.4)))
    .sort((a, b) => a - b);

  const plans: CampaignPlan[] = [
    {
      campaign: {
        ...synced(ctx, rng.uuid(), oneStdStart + 20 * DAY_MS),
        name: '一标三实信息采集',
        kind: 'one-standard-three-real',
        targetGridIds: oneStdTargets.map((i) => gridIds[i] ?? ''),
        start: oneStdStart,
        end: oneStdStart + 20 * DAY_MS,
      },
      coverage: new Map(oneStdTargets.map((i) => [i, rng.float(0.85, 1)])),
      notHomeRate: 0.08,
      revisitRate: 0,
    },
    {
      campaign: {
        ...synced(ctx, rng.uuid(), knockStart),
        name: '敲门行动',
        kind: 'knock',
        targetGridIds: gridIds.slice(),
        start: knockStart,
        end: startOfDay(today) + 7 * DAY_MS,
      },
      coverage: knockCoverage(rng, gridIds.length),
      notHomeRate: 0.12,
      revisitRate: 0.6,
    },
  ];

  const visits: SweepVisit[] = [];
  const dayNames = new Map<number, string>();
  const dayName = (t: number): string => {
    const key = Math.floor((t + STATION_UTC_OFFSET_MS) / DAY_MS);
    let d = dayNames.get(key);
    if (d === undefined) {
      d = dayOf(t);
      dayNames.set(key, d);
    }
    return d;
  };
  const visit = (campaignId: string, householdId: string, gridId: string, team: string, visitedAt: number, outcome: VisitOutcome): void => {
    const unregisteredFound = outcome === 'found-unregistered' ? rng.weighted(UNREGISTERED_COUNT) : 0;
    const answered = outcome === 'all-registered' || outcome === 'found-unregistered';
    const overdueTestsFound = answered && rng.chance(0.04) ? rng.int(1, 2) : 0;
    const note = overdueTestsFound > 0 && outcome === 'all-registered' ? '有人员未按时核酸检测，已提醒' : rng.pick(NOTES[outcome]);
    visits.push({
      id: rng.uuid(),
      stationId: ctx.stationId,
      version: 1,
      updatedAt: clampToNow(ctx, visitedAt + rng.int(0, 30) * 60_000),
      updatedBy: 'system',
      deleted: false,
      campaignId,
      householdId,
      gridId,
      visitedAt,
      day: dayName(visitedAt),
      team,
      outcome,
      unregisteredFound,
      overdueTestsFound,
      note,
    });
  };
  const answeredOutcome = (): VisitOutcome => rng.weighted(ANSWERED);

  for (const plan of plans) {
    const { campaign } = plan;
    const windowEnd = Math.min(campaign.end, ctx.now);
    for (const [gi, coverage] of plan.coverage) {
      const grid = grids[gi];
      const gridId = gridIds[gi] ?? '';
      const mine = byGrid[gi] ?? [];
      if (!grid) continue;
      const team = `${grid.community.replace(/社区$/, '')}摸排${(gi % 3) + 1}组`;
      const chosen = rng.shuffle(mine.slice()).slice(0, Math.round(coverage * mine.length));
      for (const hi of chosen) {
        const household = households[hi];
        if (!household) continue;
        const first = visitInstant(rng, campaign.start, windowEnd);
        if (rng.chance(plan.notHomeRate)) {
          visit(campaign.id, household.id, gridId, team, first, 'not-home');
          const again = first + rng.int(1, 3) * DAY_MS;
          if (rng.chance(plan.revisitRate) && again < windowEnd) {
            visit(campaign.id, household.id, gridId, team, visitInstant(rng, again, windowEnd), answeredOutcome());
          }
        } else {
          visit(campaign.id, household.id, gridId, team, first, answeredOutcome());
        }
      }
    }
  }
  return { campaigns: plans.map((p) => p.campaign), visits };
}
