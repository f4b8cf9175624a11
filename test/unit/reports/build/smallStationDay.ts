/**
 * A small station's day as readDailyReportData would hand it over — three grids, two officers, a
 * campaign, five incidents with different lifecycles, two checkpoints, a testing site, two
 * volunteer teams and three visits — built by hand so every figure of the report is known here
 * without running the code under test. Tests copy and change it (`withData`).
 */
import { HOUR_MS, startOfDay } from '#common/domain/time';
import type {
  Checkpoint,
  DutyShift,
  Grid,
  Incident,
  Officer,
  Station,
  SweepCampaign,
  SweepVisit,
  TestingSite,
  VolunteerTeam,
} from '#common/schemas';
import type { SweepStats } from '#renderer/db/localRows';
import type { GridState } from '#renderer/station/gridStateQuery';
import type { DailyReportData } from '#renderer/features/reports/build/dailyReportData';
import { reportDay } from '#renderer/features/reports/reportDay';

export const DATE = '2026-11-27';
export const DAY = startOfDay(DATE);
export const END = DAY + 24 * HOUR_MS;
export const at = (hour: number) => DAY + hour * HOUR_MS;
export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const synced = (n: number) => ({
  id: id(n),
  stationId: id(1),
  version: 1,
  updatedAt: 0,
  updatedBy: 'system',
  deleted: false,
});

export const STATION = id(1);
export const OFFICER_ZHANG = id(11);
export const OFFICER_LI = id(12);
export const GRID_1 = id(21);
export const GRID_2 = id(22);
export const GRID_3 = id(23);
export const CAMPAIGN = id(31);
export const OTHER_CAMPAIGN = id(32);
export const POST_24H = id(51);
export const POST_DAY = id(52);
export const SITE = id(61);

const station: Station = {
  ...synced(1),
  name: '禾山派出所',
  district: '湖里区',
  subBureau: '湖里分局',
  gridLoadLimit: 3,
  lockAfterMinutes: 10,
};

const officer = (n: number, name: string): Officer => ({
  ...synced(n),
  name,
  badgeNo: `80${n}00`,
  role: 'community',
  phone: '13800000000',
  onDuty: true,
  access: 'duty-officer',
  active: true,
});

const grid = (n: number, code: string, name: string, officerId: string | null): Grid => ({
  ...synced(n),
  code,
  name,
  community: '禾山社区',
  street: '禾山街道',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [118.1, 24.5],
        [118.11, 24.5],
        [118.11, 24.51],
        [118.1, 24.5],
      ],
    ],
  },
  officerId,
  gridLeader: '网格长',
  householdTotal: 0,
  residentTotal: 0,
});

/** The picture's state "now": coverage and open incidents the report must not take as they are. */
const state = (g: Grid, level: GridState['level'], households: number, inCampaign: boolean): GridState => ({
  grid: g,
  level,
  levelSince: null,
  households,
  covered: 999,
  coverage: 1,
  inCampaign,
  openIncidents: 99,
});

const campaign = (n: number, name: string): SweepCampaign => ({
  ...synced(n),
  name,
  kind: 'knock',
  targetGridIds: [GRID_1, GRID_2],
  start: at(-24 * 5),
  end: at(24 * 5),
});

export const incident = (
  n: number,
  gridId: string,
  reportedAt: number,
  resolvedAt: number | null,
  patch: Partial<Incident> = {},
): Incident => ({
  ...synced(n),
  gridId,
  type: 'dispute',
  severity: 'medium',
  status: resolvedAt === null ? 'new' : 'resolved',
  point: [118.105, 24.505],
  description: `警情${n}`,
  reportedAt,
  assignedAt: null,
  resolvedAt,
  assigneeId: null,
  timeline: [],
  ...patch,
});

const stats = (
  gridId: string,
  day: string,
  visits: number,
  covered: number,
  campaignId = CAMPAIGN,
): SweepStats => ({
  campaignId,
  gridId,
  day,
  visits,
  covered,
  unregistered: 0,
  overdue: 0,
});

const checkpoint = (n: number, name: string, gridId: string, staffed24h: boolean): Checkpoint => ({
  ...synced(n),
  gridId,
  name,
  point: [118.102, 24.502],
  mode: 'two-way',
  postType: 'gate',
  staffed24h,
});

export const shift = (n: number, post: string, from: number, to: number, names: string[]): DutyShift => ({
  ...synced(n),
  checkpointId: post,
  siteId: null,
  start: at(from),
  end: at(to),
  staff: names.map((name, i) => ({
    kind: i === 0 ? 'police' : 'volunteer',
    name,
    officerId: null,
    teamId: null,
  })),
});

const site: TestingSite = {
  ...synced(61),
  gridId: GRID_2,
  name: '禾山小学检测点',
  point: [118.104, 24.504],
  day: DATE,
  zonesReady: ['cordon', 'waiting'],
  queueLength: 12,
  staff: { police: 2, medical: 4, volunteers: 6 },
  status: 'open',
};

const team = (n: number, name: string, assignments: VolunteerTeam['assignments']): VolunteerTeam => ({
  ...synced(n),
  name,
  leader: '队长',
  members: 10,
  roles: ['gate-keeper'],
  assignments,
});

const visit = (n: number, gridId: string, hour: number, patch: Partial<SweepVisit>): SweepVisit => ({
  ...synced(n),
  campaignId: CAMPAIGN,
  householdId: id(n + 100),
  gridId,
  visitedAt: at(hour),
  day: DATE,
  team: '一组',
  outcome: 'all-registered',
  unregisteredFound: 0,
  overdueTestsFound: 0,
  note: '',
  ...patch,
});

/** Incidents: see the header of each for what the report must make of it. */
export const incidents = {
  /** reported 09:00 in grid 1, resolved 11:00: new and resolved that day, not open at the end */
  resolvedSameDay: incident(41, GRID_1, at(9), at(11), { severity: 'high', assigneeId: OFFICER_ZHANG }),
  /** reported 08:00 in grid 2, never resolved: new and open */
  newOpen: incident(42, GRID_2, at(8), null, { type: 'gathering' }),
  /** reported the day before in grid 1, still open */
  olderOpen: incident(43, GRID_1, at(-20), null, { status: 'in-progress', severity: 'low' }),
  /** reported the day before, resolved that day: counts as resolved, not open, not new */
  resolvedThatDay: incident(44, GRID_2, at(-3), at(5)),
  /** reported the day before, resolved the day after: open at the end of the day */
  resolvedLater: incident(45, GRID_1, at(-2), at(30), { assigneeId: id(99) }),
};

export function smallStationDay(): DailyReportData {
  const g1 = grid(21, 'HS-001', '一号网格', OFFICER_ZHANG);
  const g2 = grid(22, 'HS-002', '二号网格', OFFICER_LI);
  const g3 = grid(23, 'HS-003', '三号网格', null);
  return {
    day: reportDay(DATE, at(24 * 3)),
    generatedAt: at(24 * 3),
    dataAsOf: at(24 * 3 - 1),
    picture: {
      station,
      officers: [officer(11, '张萱兰'), officer(12, '李福')],
      campaign: campaign(31, '敲门行动'),
      grids: [
        state(g1, 'sealed', 100, true),
        state(g2, 'normal', 50, true),
        state(g3, 'controlled', 80, false),
      ],
      openIncidents: [incidents.olderOpen, incidents.newOpen],
      campaignStats: [
        stats(GRID_1, '2026-11-26', 6, 10),
        stats(GRID_1, DATE, 8, 5),
        stats(GRID_1, '2026-11-28', 9, 7),
        stats(GRID_2, DATE, 4, 3),
      ],
      problems: [],
      holdsUntil: Infinity,
    },
    dayStats: [
      { ...stats(GRID_1, DATE, 8, 5), unregistered: 2, overdue: 1 },
      { ...stats(GRID_2, DATE, 4, 3), overdue: 1 },
      { ...stats(GRID_3, DATE, 2, 2, OTHER_CAMPAIGN), unregistered: 1 },
    ],
    incidents: { rows: Object.values(incidents), problems: [] },
    checkpoints: {
      rows: [checkpoint(51, '金山路卡口', GRID_1, true), checkpoint(52, '枋湖路卡口', GRID_2, false)],
      problems: [],
    },
    shifts: {
      rows: [
        shift(71, POST_24H, 0, 8, ['王警官', '志愿者甲']),
        shift(72, POST_24H, 8, 15, ['陈警官']),
        shift(73, POST_24H, 16, 24, ['林警官', '志愿者乙', '志愿者丙']),
      ],
      problems: [],
    },
    sites: { rows: [site], problems: [] },
    teams: {
      rows: [
        team(81, '禾山志愿队', [
          { checkpointId: POST_24H, siteId: null, role: 'gate-keeper', members: 4 },
          { checkpointId: null, siteId: SITE, role: 'testing-order', members: 3 },
        ]),
        team(82, '枋湖志愿队', [{ checkpointId: POST_DAY, siteId: null, role: 'gate-keeper', members: 5 }]),
      ],
      problems: [],
    },
    campaigns: [campaign(31, '敲门行动'), campaign(32, '一标三实')],
    visits: {
      teams: [
        { team: '一组', visits: 9, unregistered: 2, overdue: 1, notHome: 3, refused: 1 },
        { team: '二组', visits: 5, unregistered: 1, overdue: 1, notHome: 1, refused: 0 },
      ],
      listed: [
        visit(91, GRID_1, 9.5, {
          outcome: 'found-unregistered',
          unregisteredFound: 2,
          note: '户主张三，租客李四未登记',
        }),
        visit(92, GRID_2, 10, { outcome: 'refused', team: '二组', campaignId: OTHER_CAMPAIGN }),
        visit(93, id(29), 14, { overdueTestsFound: 1, campaignId: id(39) }),
      ],
      addresses: [
        [id(191), '禾山街道金山路12号301'],
        [id(192), '禾山街道枋湖路8号102'],
      ],
      problems: 0,
    },
  };
}

/** The day with some parts replaced. */
export function withData(patch: Partial<DailyReportData>): DailyReportData {
  return { ...smallStationDay(), ...patch };
}
