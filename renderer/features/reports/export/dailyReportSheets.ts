/**
 * The daily report (DailyReport) as a workbook description: 汇总 (header facts and KPIs as
 * label/value rows), 网格, 警情, 走访, 卡口, 检测点 and 志愿者, in the interface language
 * (Chinese first). Counts stay numbers, ratios are percent cells, instants are date cells; the
 * domain's codes (levels, types, outcomes…) become words. Row counts equal the report's row
 * lists one to one (tests compare them with counts taken straight from the cache). A day with
 * nothing recorded still gets every sheet, and the summary says in a row that the day is empty.
 */
import {
  controlLevels,
  severities,
  staffKinds,
  type CheckpointMode,
  type ControlLevel,
  type IncidentStatus,
  type IncidentType,
  type PostType,
  type Severity,
  type SiteStatus,
  type SiteZone,
  type StaffKind,
  type VisitOutcome,
  type VolunteerRole,
} from '#common/schemas';
import type { Translate } from '#renderer/i18n/translate';
import type { DailyReport } from '../dailyReportModel';
import type { Cell, Sheet, SheetColumn, Workbook } from '#renderer/export/sheetModel';
import { formatShanghai } from '#renderer/export/wallClock';
import {
  checkpointModeKey,
  incidentStatusKey,
  incidentTypeKey,
  levelKey,
  severityKey,
  siteStatusKey,
} from '#renderer/i18n/domainWords';
import {
  postTypeKey,
  siteZoneKey,
  staffKindKey,
  sweepsOutcomeKey,
  volunteerRoleKey,
} from '#renderer/i18n/keyTables';

export const reportSheetKeys = [
  'summary',
  'grids',
  'incidents',
  'visits',
  'checkpoints',
  'testingSites',
  'volunteerTeams',
] as const;
export type ReportSheetKey = (typeof reportSheetKeys)[number];

/** Words for the domain's codes, through the shared message keys. */
function words(t: Translate) {
  return {
    level: (v: ControlLevel) => t(levelKey[v]),
    severity: (v: Severity) => t(severityKey[v]),
    incidentType: (v: IncidentType) => t(incidentTypeKey[v]),
    incidentStatus: (v: IncidentStatus) => t(incidentStatusKey[v]),
    outcome: (v: VisitOutcome) => t(sweepsOutcomeKey[v]),
    mode: (v: CheckpointMode) => t(checkpointModeKey[v]),
    postType: (v: PostType) => t(postTypeKey[v]),
    siteStatus: (v: SiteStatus) => t(siteStatusKey[v]),
    zone: (v: SiteZone) => t(siteZoneKey[v]),
    staffKind: (v: StaffKind) => t(staffKindKey[v]),
    role: (v: VolunteerRole) => t(volunteerRoleKey[v]),
    yesNo: (v: boolean) => t(v ? 'reportExport.yes' : 'reportExport.no'),
    list: (items: readonly string[]) => items.join(t('reportExport.listSeparator')),
  };
}

const col = (header: string, width: number, kind: SheetColumn['kind'] = 'text'): SheetColumn => ({
  header,
  width,
  kind,
});

function summarySheet(report: DailyReport, t: Translate): Sheet {
  const w = words(t);
  const { header: h, kpis: k } = report;
  const int = (value: number): Cell => ({ kind: 'integer', value });
  const rows: Cell[][] = [
    [t('reportExport.sum.station'), h.stationName],
    [t('reportExport.sum.district'), h.district],
    [t('reportExport.sum.subBureau'), h.subBureau],
    [t('reportExport.sum.date'), { kind: 'date', value: h.dayStart }],
    [t('reportExport.sum.asOf'), { kind: 'datetime', value: h.asOf }],
    [t('reportExport.sum.preparedBy'), h.preparedBy],
    [t('reportExport.sum.generatedAt'), { kind: 'datetime', value: h.generatedAt }],
    [
      t('reportExport.sum.dataAsOf'),
      h.dataAsOf === null ? t('reportExport.sum.unknown') : { kind: 'datetime', value: h.dataAsOf },
    ],
  ];
  if (!report.hasData) rows.push([t('reportExport.sum.note'), t('reportExport.sum.noData')]);
  rows.push(
    [t('reportExport.kpi.gridsTotal'), int(k.gridsTotal)],
    ...controlLevels.map((level): Cell[] => [
      t('reportExport.kpi.gridsAtLevel', { level: w.level(level) }),
      int(k.gridsByLevel[level] ?? 0),
    ]),
    [t('reportExport.kpi.gridsWithoutOfficer'), int(k.gridsWithoutOfficer)],
    [t('reportExport.kpi.overloadedOfficers'), int(k.overloadedOfficers)],
    [t('reportExport.kpi.campaign'), k.campaignName ?? t('reportExport.none')],
    [t('reportExport.kpi.householdsInScope'), int(k.householdsInScope)],
    [t('reportExport.kpi.householdsCovered'), int(k.householdsCovered)],
    [t('reportExport.kpi.coverage'), { kind: 'percent', value: k.coverage }],
    [t('reportExport.kpi.visits'), int(k.visits)],
    [t('reportExport.kpi.newlyCovered'), int(k.newlyCovered)],
    [t('reportExport.kpi.unregisteredFound'), int(k.unregisteredFound)],
    [t('reportExport.kpi.overdueFound'), int(k.overdueFound)],
    [t('reportExport.kpi.incidentsNew'), int(k.incidentsNew)],
    ...severities.map((severity): Cell[] => [
      t('reportExport.kpi.incidentsNewAt', { severity: w.severity(severity) }),
      int(k.incidentsNewBySeverity[severity] ?? 0),
    ]),
    [t('reportExport.kpi.incidentsResolved'), int(k.incidentsResolved)],
    [t('reportExport.kpi.incidentsOpen'), int(k.incidentsOpen)],
    ...severities.map((severity): Cell[] => [
      t('reportExport.kpi.incidentsOpenAt', { severity: w.severity(severity) }),
      int(k.openBySeverity[severity] ?? 0),
    ]),
    [t('reportExport.kpi.checkpointsTotal'), int(k.checkpointsTotal)],
    [t('reportExport.kpi.checkpointsStaffed'), int(k.checkpointsStaffed)],
    [t('reportExport.kpi.checkpointsWithGaps'), int(k.checkpointsWithGaps)],
    [t('reportExport.kpi.uncoveredHours'), int(k.uncoveredHours)],
    [t('reportExport.kpi.testingSites'), int(k.testingSites)],
    [t('reportExport.kpi.testingSiteQueue'), int(k.testingSiteQueue)],
    [t('reportExport.kpi.volunteerTeamsDeployed'), int(k.volunteerTeamsDeployed)],
    [t('reportExport.kpi.volunteersDeployed'), int(k.volunteersDeployed)],
  );
  const f = report.fusion;
  if (f)
    rows.push(
      [t('fusion.kind.suspected-unregistered'), int(f.suspectedUnregistered)],
      [t('fusion.kind.unswept'), int(f.unswept)],
      [t('fusion.kind.address-irregular'), int(f.addressIrregular)],
      [t('fusion.kind.code-in-zone'), int(f.codeInZone)],
      [t('fusion.report.passes'), int(f.passes)],
    );
  if (report.problems > 0) rows.push([t('reportExport.sum.problems'), int(report.problems)]);
  return {
    key: 'summary',
    name: t('reportExport.sheet.summary'),
    columns: [col(t('reportExport.col.item'), 30), col(t('reportExport.col.value'), 34)],
    rows,
  };
}

function gridsSheet(report: DailyReport, t: Translate): Sheet {
  const w = words(t);
  return {
    key: 'grids',
    name: t('reportExport.sheet.grids'),
    columns: [
      col(t('reportExport.col.gridCode'), 12),
      col(t('reportExport.col.gridName'), 22),
      col(t('reportExport.grid.community'), 14),
      col(t('reportExport.grid.street'), 14),
      col(t('reportExport.grid.officer'), 10),
      col(t('reportExport.grid.level'), 10),
      col(t('reportExport.grid.inCampaign'), 10),
      col(t('reportExport.grid.households'), 8, 'integer'),
      col(t('reportExport.grid.covered'), 11, 'integer'),
      col(t('reportExport.grid.coverage'), 9, 'percent'),
      col(t('reportExport.grid.visits'), 9, 'integer'),
      col(t('reportExport.grid.unregistered'), 11, 'integer'),
      col(t('reportExport.grid.overdue'), 14, 'integer'),
      col(t('reportExport.grid.incidentsNew'), 9, 'integer'),
      col(t('reportExport.grid.openIncidents'), 9, 'integer'),
    ],
    rows: report.grids.map((g) => [
      g.code,
      g.name,
      g.community,
      g.street,
      g.officerName ?? t('reportExport.none'),
      w.level(g.level),
      w.yesNo(g.inCampaign),
      g.households,
      g.covered,
      g.coverage,
      g.visits,
      g.unregisteredFound,
      g.overdueFound,
      g.incidentsNew,
      g.openIncidents,
    ]),
  };
}

function incidentsSheet(report: DailyReport, t: Translate): Sheet {
  const w = words(t);
  return {
    key: 'incidents',
    name: t('reportExport.sheet.incidents'),
    columns: [
      col(t('reportExport.incident.reportedAt'), 17, 'datetime'),
      col(t('reportExport.incident.type'), 12),
      col(t('reportExport.incident.severity'), 6),
      col(t('reportExport.incident.status'), 8),
      col(t('reportExport.incident.resolvedAt'), 17, 'datetime'),
      col(t('reportExport.col.gridCode'), 12),
      col(t('reportExport.col.gridName'), 22),
      col(t('reportExport.incident.assignee'), 10),
      col(t('reportExport.incident.description'), 48),
    ],
    rows: report.incidents.map((i) => [
      i.reportedAt,
      w.incidentType(i.type),
      w.severity(i.severity),
      w.incidentStatus(i.status),
      i.resolvedAt,
      i.gridCode,
      i.gridName,
      i.assigneeName ?? t('reportExport.none'),
      i.description,
    ]),
  };
}

function visitsSheet(report: DailyReport, t: Translate): Sheet {
  const w = words(t);
  return {
    key: 'visits',
    name: t('reportExport.sheet.visits'),
    columns: [
      col(t('reportExport.visit.visitedAt'), 17, 'datetime'),
      col(t('reportExport.col.gridCode'), 12),
      col(t('reportExport.visit.address'), 36),
      col(t('reportExport.visit.outcome'), 14),
      col(t('reportExport.visit.unregistered'), 11, 'integer'),
      col(t('reportExport.visit.overdue'), 14, 'integer'),
      col(t('reportExport.visit.team'), 12),
      col(t('reportExport.visit.campaign'), 18),
    ],
    rows: report.visits.map((v) => [
      v.visitedAt,
      v.gridCode,
      v.address,
      w.outcome(v.outcome),
      v.unregisteredFound,
      v.overdueTestsFound,
      v.team,
      v.campaignName,
    ]),
  };
}

function checkpointsSheet(report: DailyReport, t: Translate): Sheet {
  const w = words(t);
  const time = (ms: number) => formatShanghai(ms, 'datetime').slice(11);
  return {
    key: 'checkpoints',
    name: t('reportExport.sheet.checkpoints'),
    columns: [
      col(t('reportExport.cp.name'), 22),
      col(t('reportExport.col.gridCode'), 12),
      col(t('reportExport.col.gridName'), 22),
      col(t('reportExport.cp.mode'), 10),
      col(t('reportExport.cp.postType'), 12),
      col(t('reportExport.cp.staffed24h'), 11),
      col(t('reportExport.cp.shifts'), 7, 'integer'),
      col(t('reportExport.cp.staff'), 9, 'integer'),
      ...staffKinds.map((kind) => col(w.staffKind(kind), 7, 'integer')),
      col(t('reportExport.cp.uncoveredHours'), 9, 'integer'),
      col(t('reportExport.cp.gaps'), 26),
    ],
    rows: report.checkpoints.map((c) => [
      c.name,
      c.gridCode,
      c.gridName,
      w.mode(c.mode),
      w.postType(c.postType),
      w.yesNo(c.staffed24h),
      c.shifts,
      c.staff,
      ...staffKinds.map((kind) => c.staffByKind[kind] ?? 0),
      c.uncoveredHours,
      w.list(c.gaps.map((g) => `${time(g.start)}–${time(g.end)}`)),
    ]),
  };
}

function testingSitesSheet(report: DailyReport, t: Translate): Sheet {
  const w = words(t);
  return {
    key: 'testingSites',
    name: t('reportExport.sheet.testingSites'),
    columns: [
      col(t('reportExport.site.name'), 22),
      col(t('reportExport.col.gridCode'), 12),
      col(t('reportExport.col.gridName'), 22),
      col(t('reportExport.site.status'), 8),
      col(t('reportExport.site.zonesReady'), 30),
      col(t('reportExport.site.zonesReadyCount'), 11, 'integer'),
      col(t('reportExport.site.zonesTotal'), 9, 'integer'),
      col(t('reportExport.site.queue'), 9, 'integer'),
      col(t('reportExport.site.police'), 7, 'integer'),
      col(t('reportExport.site.medical'), 7, 'integer'),
      col(t('reportExport.site.volunteers'), 7, 'integer'),
      col(t('reportExport.site.teams'), 26),
    ],
    rows: report.testingSites.map((s) => [
      s.name,
      s.gridCode,
      s.gridName,
      w.siteStatus(s.status),
      w.list(s.zonesReady.map(w.zone)),
      s.zonesReady.length,
      s.zonesTotal,
      s.queueLength,
      s.police,
      s.medical,
      s.volunteers,
      w.list(s.teams),
    ]),
  };
}

function volunteerTeamsSheet(report: DailyReport, t: Translate): Sheet {
  const w = words(t);
  return {
    key: 'volunteerTeams',
    name: t('reportExport.sheet.volunteerTeams'),
    columns: [
      col(t('reportExport.team.name'), 22),
      col(t('reportExport.team.leader'), 10),
      col(t('reportExport.team.members'), 9, 'integer'),
      col(t('reportExport.team.roles'), 20),
      col(t('reportExport.team.deployed'), 9, 'integer'),
      col(t('reportExport.team.posts'), 48),
    ],
    rows: report.volunteerTeams.map((team) => [
      team.name,
      team.leader,
      team.members,
      w.list(team.roles.map(w.role)),
      team.deployed,
      w.list(
        team.posts.map((p) =>
          t('reportExport.team.post', { name: p.name, role: w.role(p.role), members: String(p.members) }),
        ),
      ),
    ]),
  };
}

const builders: Record<ReportSheetKey, (report: DailyReport, t: Translate) => Sheet> = {
  summary: summarySheet,
  grids: gridsSheet,
  incidents: incidentsSheet,
  visits: visitsSheet,
  checkpoints: checkpointsSheet,
  testingSites: testingSitesSheet,
  volunteerTeams: volunteerTeamsSheet,
};

/** One sheet of the report (what a CSV of that table holds). */
export function dailyReportSheet(report: DailyReport, key: ReportSheetKey, t: Translate): Sheet {
  return builders[key](report, t);
}

/** The whole report, every sheet in reading order. */
export function dailyReportWorkbook(report: DailyReport, t: Translate): Workbook {
  return { sheets: reportSheetKeys.map((key) => builders[key](report, t)) };
}
