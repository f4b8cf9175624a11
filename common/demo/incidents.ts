/**
 * Incidents 警情/事件 over the last four weeks, placed in grids weighted by households (point
 * inside the grid). About 8 % fall in the last 24 hours, spread over the hours of the day. Old
 * incidents are almost all resolved; recent ones are spread over new → assigned → in progress
 * → resolved. Lifecycle times are ordered and never after `now`; the timeline repeats them.
 */
import { DAY_MS } from '../domain/time';
import type { Incident, IncidentStatus, IncidentType, Officer, Severity, TimelineEntry } from '../schemas';
import type { GridPlan } from './gridPlan';
import type { PlaceProfile } from './places';
import { samplePointIn } from './planarGeometry';
import type { Rng } from './prng';
import { synced, type RowContext } from './synced';
import { incidentInstant } from './visitTime';

const MINUTE_MS = 60_000;

const TYPES: readonly (readonly [IncidentType, number])[] = [
  ['gathering', 18], ['checkpoint-breach', 12], ['unregistered-person', 15], ['supply-disruption', 15],
  ['dispute', 20], ['medical', 10], ['other', 10],
];

const SEVERITY: Readonly<Record<IncidentType, readonly (readonly [Severity, number])[]>> = {
  gathering: [['high', 10], ['medium', 45], ['low', 45]],
  'checkpoint-breach': [['high', 20], ['medium', 50], ['low', 30]],
  'unregistered-person': [['high', 5], ['medium', 35], ['low', 60]],
  'supply-disruption': [['high', 5], ['medium', 40], ['low', 55]],
  dispute: [['high', 5], ['medium', 30], ['low', 65]],
  medical: [['high', 40], ['medium', 40], ['low', 20]],
  other: [['high', 2], ['medium', 18], ['low', 80]],
};

const DESCRIBE: Readonly<Record<IncidentType, (place: string, rng: Rng) => string>> = {
  gathering: (p, r) => `${p}有群众聚集约${r.int(8, 40)}人，部分人员未佩戴口罩`,
  'checkpoint-breach': (p) => `有人员试图绕过${p}管控卡口外出，被值守人员劝返`,
  'unregistered-person': (p, r) => `${p}发现未登记外来人员${r.int(1, 4)}名`,
  'supply-disruption': (p) => `${p}居民反映生活物资配送不及时`,
  dispute: (p, r) => `${p}住户因${r.pick(['噪音', '停车', '排队', '物资分配', '租金'])}发生纠纷`,
  medical: (p) => `${p}有居民突发疾病需就医，已联系120`,
  other: (p, r) => `${p}群众求助：${r.pick(['钥匙遗失', '老人走失', '宠物无人照看', '咨询出行政策'])}`,
};

const SOURCES = ['110转警', '群众来电', '网格员上报', '卡口值守上报', '巡逻发现'] as const;

export function generateIncidents(
  rng: Rng,
  ctx: RowContext,
  profile: PlaceProfile,
  grids: readonly GridPlan[],
  gridIds: readonly string[],
  gridOfficer: readonly (string | null)[],
  officers: readonly Officer[],
  householdCounts: readonly number[],
  count: number,
): Incident[] {
  const weights = householdCounts.map((n, gi) => [gi, n + 1] as const);
  const police = officers.filter((o) => o.role !== 'auxiliary');
  const byId = new Map(officers.map((o) => [o.id, o]));
  const start = ctx.now - 28 * DAY_MS;
  const recent = Math.round(count * 0.08);
  const rows: Incident[] = [];
  for (let i = 0; i < count; i++) {
    const gi = rng.weighted(weights);
    const grid = grids[gi];
    if (!grid) throw new Error('incident without grid');
    const reportedAt = i < recent ? incidentInstant(rng, ctx.now - DAY_MS + 1, ctx.now - MINUTE_MS) : incidentInstant(rng, start, ctx.now - DAY_MS);
    const age = ctx.now - reportedAt;
    const status: IncidentStatus =
      age > 3 * DAY_MS
        ? rng.chance(0.96) ? 'resolved' : 'in-progress'
        : age > DAY_MS
          ? rng.weighted<IncidentStatus>([['resolved', 70], ['in-progress', 20], ['assigned', 10]])
          : rng.weighted<IncidentStatus>([['new', 25], ['assigned', 25], ['in-progress', 25], ['resolved', 25]]);
    const type = rng.weighted(TYPES);
    const place = rng.chance(0.5) ? rng.pick(profile.compounds) : `${grid.community}${rng.pick(profile.roads)}`;
    const timeline: TimelineEntry[] = [{ at: reportedAt, by: 'system', kind: 'note', text: `接报（${rng.pick(SOURCES)}）` }];

    let assignedAt: number | null = null;
    let resolvedAt: number | null = null;
    let assigneeId: string | null = null;
    if (status !== 'new') {
      const own = gridOfficer[gi];
      const assignee = own && rng.chance(0.8) ? byId.get(own) : rng.pick(police);
      assigneeId = assignee?.id ?? null;
      assignedAt = Math.min(reportedAt + rng.int(2, 40) * MINUTE_MS, ctx.now);
      timeline.push({ at: assignedAt, by: 'system', kind: 'assign', text: `指派${assignee?.name ?? '民警'}处置` });
    }
    if ((status === 'in-progress' || status === 'resolved') && assignedAt !== null) {
      const arrived = Math.min(assignedAt + rng.int(5, 30) * MINUTE_MS, ctx.now);
      timeline.push({ at: arrived, by: assigneeId ?? 'system', kind: 'status', text: '到场处置' });
      if (status === 'resolved') {
        resolvedAt = Math.min(arrived + rng.int(10, age > DAY_MS ? 1440 : 240) * MINUTE_MS, ctx.now);
        timeline.push({ at: resolvedAt, by: assigneeId ?? 'system', kind: 'status', text: '处置完毕，已办结' });
      }
    }
    const last = timeline[timeline.length - 1]?.at ?? reportedAt;
    rows.push({
      ...synced(ctx, rng.uuid(), last),
      gridId: gridIds[gi] ?? '',
      type,
      severity: rng.weighted(SEVERITY[type]),
      status,
      point: samplePointIn(rng, grid.geometry, grid.bbox),
      description: DESCRIBE[type](place, rng),
      reportedAt,
      assignedAt,
      resolvedAt,
      assigneeId,
      timeline,
    });
  }
  return rows.sort((a, b) => a.reportedAt - b.reportedAt);
}
