/**
 * The daily report as sheets: every sheet in order with its Chinese name, one row per report
 * row, codes turned into words (no message key leaks through), numbers kept numbers; an empty
 * day says so in the summary; and in English every header is translated too.
 */
import { describe, expect, it } from 'vitest';
import { dailyReportSchema, type DailyReport } from '#renderer/features/reports/dailyReportModel';
import { dailyReportWorkbook } from '#renderer/features/reports/export/dailyReportSheets';
import { workbookSchema, type Cell } from '#renderer/export/sheetModel';
import { makeTranslate } from '#renderer/i18n/translate';

const dayStart = Date.UTC(2026, 10, 26, 16);
const zeroSev = { high: 0, medium: 0, low: 0 };

function report(hasData: boolean): DailyReport {
  return dailyReportSchema.parse({
    header: {
      stationName: '禾山派出所',
      stationCode: 'x',
      district: '湖里区',
      subBureau: '湖里分局',
      date: '2026-11-27',
      dayStart,
      dayEnd: dayStart + 86_400_000,
      asOf: dayStart + 86_399_999,
      preparedBy: '值班台-1',
      generatedAt: dayStart + 90_000_000,
      dataAsOf: null,
    },
    hasData,
    kpis: {
      gridsTotal: 2,
      gridsByLevel: { sealed: 1, controlled: 0, precaution: 0, normal: 1 },
      gridsWithoutOfficer: 1,
      overloadedOfficers: 0,
      campaignName: '敲门行动',
      householdsInScope: 300,
      householdsCovered: 150,
      coverage: 0.5,
      visits: hasData ? 1 : 0,
      newlyCovered: 1,
      unregisteredFound: 0,
      overdueFound: 0,
      incidentsNew: hasData ? 1 : 0,
      incidentsNewBySeverity: { ...zeroSev, high: hasData ? 1 : 0 },
      incidentsResolved: 0,
      incidentsOpen: 1,
      openBySeverity: { ...zeroSev, high: 1 },
      checkpointsTotal: 1,
      checkpointsStaffed: 1,
      checkpointsWithGaps: 1,
      uncoveredHours: 2,
      testingSites: 0,
      testingSitesByStatus: { planned: 0, 'setting-up': 0, open: 0, closed: 0 },
      testingSiteQueue: 0,
      volunteerTeamsDeployed: 1,
      volunteersDeployed: 5,
    },
    grids: [
      {
        id: 'g1',
        code: 'HS-001',
        name: '金尚嘉园',
        community: '金尚社区',
        street: '江头街道',
        officerName: '张警官',
        level: 'sealed',
        inCampaign: true,
        households: 200,
        covered: 150,
        coverage: 0.75,
        visits: 1,
        unregisteredFound: 0,
        overdueFound: 0,
        incidentsNew: 1,
        openIncidents: 1,
      },
      {
        id: 'g2',
        code: 'HS-002',
        name: '彩虹花园',
        community: '仁安社区',
        street: '江头街道',
        officerName: null,
        level: 'normal',
        inCampaign: false,
        households: 100,
        covered: 0,
        coverage: 0,
        visits: 0,
        unregisteredFound: 0,
        overdueFound: 0,
        incidentsNew: 0,
        openIncidents: 0,
      },
    ],
    incidents: hasData
      ? [
          {
            id: 'i1',
            reportedAt: dayStart + 30_600_000,
            type: 'gathering',
            severity: 'high',
            status: 'new',
            resolvedAt: null,
            gridCode: 'HS-001',
            gridName: '金尚嘉园',
            assigneeName: null,
            description: '=HYPERLINK("http://x","点我")',
          },
        ]
      : [],
    visits: hasData
      ? [
          {
            id: 'v1',
            visitedAt: dayStart + 36_000_000,
            gridCode: 'HS-001',
            address: '金尚路 1 号 101',
            outcome: 'found-unregistered',
            unregisteredFound: 2,
            overdueTestsFound: 0,
            team: '一组',
            campaignName: '敲门行动',
          },
        ]
      : [],
    visitTeams: hasData
      ? [{ team: '一组', visits: 1, unregistered: 2, overdue: 0, notHome: 0, refused: 0 }]
      : [],
    checkpoints: [
      {
        id: 'c1',
        name: '金尚嘉园北门',
        gridCode: 'HS-001',
        gridName: '金尚嘉园',
        mode: 'in-only',
        postType: 'temporary-post',
        staffed24h: true,
        shifts: 2,
        staff: 6,
        staffByKind: { police: 2, auxiliary: 2, guard: 2, volunteer: 0, medical: 0 },
        uncoveredHours: 2,
        gaps: [{ start: dayStart + 7_200_000, end: dayStart + 14_400_000 }],
      },
    ],
    testingSites: [],
    volunteerTeams: [
      {
        id: 't1',
        name: '太极拳义务服务队',
        leader: '李队长',
        members: 30,
        roles: ['gate-keeper'],
        deployed: 5,
        posts: [{ kind: 'checkpoint', name: '金尚嘉园北门', role: 'gate-keeper', members: 5 }],
      },
    ],
    charts: { incidentsByHour: [], burnUp: [] },
    problems: 0,
  });
}

const cellText = (cell: Cell) => (cell !== null && typeof cell === 'object' ? cell.value : cell);

describe('dailyReportWorkbook', () => {
  const zh = makeTranslate('zh-CN');

  it('has every sheet in order, one row per report row, and is well-formed', () => {
    const r = report(true);
    const wb = workbookSchema.parse(dailyReportWorkbook(r, zh));
    expect(wb.sheets.map((s) => s.name)).toEqual([
      '汇总',
      '网格',
      '警情',
      '走访',
      '卡口',
      '检测点',
      '志愿者',
    ]);
    const byKey = Object.fromEntries(wb.sheets.map((s) => [s.key, s.rows.length]));
    expect(byKey).toMatchObject({
      grids: r.grids.length,
      incidents: r.incidents.length,
      visits: r.visits.length,
      checkpoints: r.checkpoints.length,
      testingSites: 0,
      volunteerTeams: r.volunteerTeams.length,
    });
  });

  it('turns codes into words and leaks no message key', () => {
    const wb = dailyReportWorkbook(report(true), zh);
    const texts = wb.sheets.flatMap((s) => [
      ...s.columns.map((c) => c.header),
      ...s.rows
        .flat()
        .map(cellText)
        .filter((v): v is string => typeof v === 'string'),
    ]);
    expect(texts.filter((t) => /^[a-zA-Z]+\.[a-zA-Z.-]+$/.test(t))).toEqual([]);
    const grids = wb.sheets[1]!;
    expect(grids.rows[0]?.slice(4, 7)).toEqual(['张警官', '封控区', '是']);
    expect(grids.rows[1]?.slice(4, 7)).toEqual(['（无）', '常态', '否']);
    const cps = wb.sheets[4]!;
    expect(cps.rows[0]).toContain('只进不出');
    expect(cps.rows[0]?.at(-1)).toBe('02:00–04:00');
    expect(wb.sheets[6]?.rows[0]?.at(-1)).toBe('金尚嘉园北门（守门员，5人）');
  });

  it('says in the summary when the day has no data (and not otherwise)', () => {
    const noteOf = (hasData: boolean) =>
      dailyReportWorkbook(report(hasData), zh).sheets[0]?.rows.find((row) => row[0] === '说明');
    expect(noteOf(false)).toEqual(['说明', '当日无走访、警情、值守和检测点记录']);
    expect(noteOf(true)).toBeUndefined();
  });

  it('keeps KPI figures typed: counts integers, coverage a percent, the day a date', () => {
    const summary = dailyReportWorkbook(report(true), zh).sheets[0]!;
    const value = (label: string) => summary.rows.find((row) => row[0] === label)?.[1];
    expect(value('网格总数')).toEqual({ kind: 'integer', value: 2 });
    expect(value('封控区网格')).toEqual({ kind: 'integer', value: 1 });
    expect(value('摸排覆盖率')).toEqual({ kind: 'percent', value: 0.5 });
    expect(value('日期')).toEqual({ kind: 'date', value: dayStart });
    expect(value('数据更新至')).toBe('未知');
  });

  it('is all English in English', () => {
    const wb = dailyReportWorkbook(report(true), makeTranslate('en'));
    expect(wb.sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Grids',
      'Incidents',
      'Visits',
      'Checkpoints',
      'Testing sites',
      'Volunteers',
    ]);
    const headers = wb.sheets.flatMap((s) => s.columns.map((c) => c.header)).join(' ');
    expect(headers).not.toMatch(/\p{Script=Han}/u);
  });
});
