/**
 * Builds the daily report of one station-local day, and its map's models, from the cache in one
 * set of parallel reads. The station picture (grids with their control level, households,
 * campaign scope, the campaign's sweep aggregates) comes from the board's query at the report's
 * `asOf`; the KPIs from the board's `computeKpis`, fed with history-aware parts: coverage counted
 * only up to the end of the day (aggregates with day ≤ date) and the incidents open at `asOf` by
 * their lifecycle times (found by index: incidentsOfTheDay). Flows of the day come from the day's
 * sweep aggregates, the visits' [gridId+day] index, the `reportedAt`/`resolvedAt` indexes, the
 * shifts' `end` index and the sites' `day` index. Malformed rows are skipped and counted.
 */
import { coverageRatio } from '#common/domain/coverage';
import {
  checkpointSchema,
  dutyShiftSchema,
  incidentSchema,
  severities,
  siteStatuses,
  sweepCampaignSchema,
  testingSiteSchema,
  volunteerTeamSchema,
  type Severity,
  type SiteStatus,
} from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { cacheStateSchema, syncSnapshotSchema, type SweepStats } from '#renderer/db/localRows';
import { validRows } from '#renderer/db/validRows';
import { queryStationPicture, type GridState } from '#renderer/station/gridStateQuery';
import { reportMapModels, type ReportMapModels } from './print/reportMapModels';
import { computeKpis } from '#renderer/station/kpis';
import { burnUpFrom, sumFindings } from '#renderer/station/sweepQuery';
import type { DailyReport, ReportGridRow, ReportIncidentRow, ReportVisitRow } from './dailyReportModel';
import { incidentsByHourOfDay, openAt, reportedWithin, resolvedWithin } from './reportIncidents';
import { reportDay } from './reportDay';
import { readPrintedVisits } from './printedVisitsPrefetch';
import { readVisitsOfDay, type ListedVisits } from './visitsOfDay';
import { checkpointRows, shiftsByCheckpoint, siteRows, teamRows, type GridLabel } from './reportPosts';

export interface BuildReportOptions {
  /** Who prepares the report (recorded in its header). */
  preparedBy: string;
  /** The moment of generation; defaults to Date.now(). */
  now?: number;
  /**
   * Which of the day's visits the report lists: `all` (default; the XLSX/CSV exports), or only
   * the `notable` ones the printed report lists (reportVisits.ts) — read in a worker, so a
   * district's 13,000 visits never pass through the page (visitsOfDay.ts). The per-team summary
   * counts every visit either way.
   */
  visits?: ListedVisits;
}

function zeroBy<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

async function readDataAsOf(db: GridroomDb): Promise<number | null> {
  const [state, status] = await Promise.all([db.meta.get('cacheState'), db.meta.get('syncStatus')]);
  const cache = cacheStateSchema.safeParse(state?.value);
  const sync = syncSnapshotSchema.safeParse(status?.value);
  const times = [
    cache.success && cache.data.status === 'ready' ? cache.data.dataAsOf : null,
    sync.success ? sync.data.lastSyncedAt : null,
  ].filter((t): t is number => t !== null);
  return times.length > 0 ? Math.max(...times) : null;
}

/**
 * The incidents that may count for the day, by index and never by reading the whole table: those
 * reported within the day and those resolved since the day began (within it, or after `asOf`
 * and so still open then). With the ones open now (the station picture's), every incident open
 * at `asOf` is among them; `openAt` then decides exactly.
 */
async function incidentsOfTheDay(db: GridroomDb, dayStart: number, dayEnd: number): Promise<unknown[]> {
  const [reported, resolvedSince] = await Promise.all([
    db.incidents.where('reportedAt').between(dayStart, dayEnd, true, false).toArray(),
    db.incidents.where('resolvedAt').aboveOrEqual(dayStart).toArray(),
  ]);
  return [...reported, ...resolvedSince];
}

/** Rows by id, the first of each kept (one incident can come from several reads). */
function uniqueById<T extends { id: string }>(rows: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) if (!byId.has(row.id)) byId.set(row.id, row);
  return [...byId.values()];
}

/** Covered households per grid by the end of `date`, from a campaign's aggregate rows. */
function coveredThrough(stats: readonly SweepStats[], date: string): Map<string, number> {
  const covered = new Map<string, number>();
  for (const row of stats)
    if (row.day <= date) covered.set(row.gridId, (covered.get(row.gridId) ?? 0) + row.covered);
  return covered;
}

/** The report of a day and the models of its map, built from one set of reads. */
export interface DailyReportParts {
  report: DailyReport;
  map: ReportMapModels;
}

export async function buildDailyReport(
  db: GridroomDb,
  date: string,
  opts: BuildReportOptions,
): Promise<DailyReport> {
  return (await buildDailyReportParts(db, date, opts)).report;
}

export async function buildDailyReportParts(
  db: GridroomDb,
  date: string,
  opts: BuildReportOptions,
): Promise<DailyReportParts> {
  const generatedAt = opts.now ?? Date.now();
  const { dayStart, dayEnd, asOf } = reportDay(date, generatedAt);

  // The printed report's visits are read off the main thread, alongside everything else (a
  // worker has its own connection, so they are not in the transaction below).
  const offThread = opts.visits === 'notable' ? readPrintedVisits(db, date) : null;
  // One read transaction: the report is one consistent picture of the cache (a sync landing
  // mid-build can't make an incident both open and resolved), its reads sent together.
  const tables = [
    db.households,
    db.stations,
    db.officers,
    db.grids,
    db.controlLevels,
    db.campaigns,
    db.gridStats,
    db.incidents,
    db.sweepStats,
    db.checkpoints,
    db.shifts,
    db.testingSites,
    db.volunteerTeams,
    db.visits,
    db.meta,
  ];
  const [
    [
      picture,
      dayStats,
      rawIncidents,
      rawCheckpoints,
      rawShifts,
      rawSites,
      rawTeams,
      visitsInPage,
      rawCampaigns,
      dataAsOf,
    ],
    visitsOffThread,
  ] = await Promise.all([
    db.transaction('r', tables, () =>
      Promise.all([
        queryStationPicture(db, asOf),
        db.sweepStats.where('day').equals(date).toArray(),
        incidentsOfTheDay(db, dayStart, dayEnd),
        db.checkpoints.toArray(),
        db.shifts.where('end').above(dayStart).toArray(),
        db.testingSites.where('day').equals(date).toArray(),
        db.volunteerTeams.toArray(),
        offThread ? null : readVisitsOfDay(db, date, 'all'),
        db.campaigns.toArray(),
        readDataAsOf(db),
      ]),
    ),
    offThread,
  ]);
  const visitsOfDay = visitsOffThread ?? visitsInPage;
  if (!visitsOfDay) throw new Error('the day’s visits were not read');

  const dayIncidents = validRows('incidents', rawIncidents, incidentSchema);
  const incidents = {
    rows: uniqueById([...dayIncidents.rows, ...picture.openIncidents]),
    problems: dayIncidents.problems,
  };
  const covered = coveredThrough(picture.campaignStats, date);
  const today = sumFindings(dayStats);
  const cps = validRows('checkpoints', rawCheckpoints, checkpointSchema);
  const shifts = validRows('shifts', rawShifts, dutyShiftSchema);
  const sites = validRows('testingSites', rawSites, testingSiteSchema);
  const teams = validRows('volunteerTeams', rawTeams, volunteerTeamSchema);

  // Lookups
  const officerName = new Map(picture.officers.map((o) => [o.id, o.name]));
  const gridLabel = new Map<string, GridLabel>(
    picture.grids.map((g) => [g.grid.id, { code: g.grid.code, name: g.grid.name }]),
  );
  const campaigns = validRows('campaigns', rawCampaigns, sweepCampaignSchema);
  const campaignName = new Map(campaigns.rows.map((c) => [c.id, c.name]));

  // Incidents: open at asOf (history-aware), new and resolved within the day
  const open = incidents.rows.filter((i) => openAt(i, asOf));
  const reported = incidents.rows.filter((i) => reportedWithin(i, dayStart, dayEnd));
  const resolvedCount = incidents.rows.filter((i) => resolvedWithin(i, dayStart, dayEnd)).length;
  const openByGrid = new Map<string, number>();
  for (const i of open) openByGrid.set(i.gridId, (openByGrid.get(i.gridId) ?? 0) + 1);
  const newByGrid = new Map<string, number>();
  for (const i of reported) newByGrid.set(i.gridId, (newByGrid.get(i.gridId) ?? 0) + 1);

  // Grid states as of the end of the day, then the board's KPI rules over them
  const states: GridState[] = picture.grids.map((g) => {
    const c = covered.get(g.grid.id) ?? 0;
    return {
      ...g,
      covered: c,
      coverage: coverageRatio(c, g.households),
      openIncidents: openByGrid.get(g.grid.id) ?? 0,
    };
  });
  const byPost = shiftsByCheckpoint(shifts.rows, dayStart, dayEnd);
  const kpis = computeKpis(
    { ...picture, grids: states, openIncidents: open },
    {
      checkpoints: cps.rows.map((checkpoint) => ({ checkpoint, staffedNow: byPost.has(checkpoint.id) })),
      sitesToday: sites.rows,
      problems: [],
    },
    today,
  );

  // Flows of the day per grid (all campaigns), newly covered in the active campaign's scope
  const dayByGrid = new Map<string, { visits: number; unregistered: number; overdue: number }>();
  let newlyCovered = 0;
  const inScope = new Set(states.filter((g) => g.inCampaign).map((g) => g.grid.id));
  for (const row of dayStats) {
    const cell = dayByGrid.get(row.gridId) ?? { visits: 0, unregistered: 0, overdue: 0 };
    cell.visits += row.visits;
    cell.unregistered += row.unregistered;
    cell.overdue += row.overdue;
    dayByGrid.set(row.gridId, cell);
    if (row.campaignId === picture.campaign?.id && inScope.has(row.gridId)) newlyCovered += row.covered;
  }

  const grids: ReportGridRow[] = states.map((g) => {
    const day = dayByGrid.get(g.grid.id);
    return {
      id: g.grid.id,
      code: g.grid.code,
      name: g.grid.name,
      community: g.grid.community,
      street: g.grid.street,
      officerName: g.grid.officerId ? (officerName.get(g.grid.officerId) ?? null) : null,
      level: g.level,
      inCampaign: g.inCampaign,
      households: g.households,
      covered: g.covered,
      coverage: g.coverage,
      visits: day?.visits ?? 0,
      unregisteredFound: day?.unregistered ?? 0,
      overdueFound: day?.overdue ?? 0,
      incidentsNew: newByGrid.get(g.grid.id) ?? 0,
      openIncidents: g.openIncidents,
    };
  });

  const incidentRows: ReportIncidentRow[] = reported
    .sort((a, b) => a.reportedAt - b.reportedAt)
    .map((i) => ({
      id: i.id,
      reportedAt: i.reportedAt,
      type: i.type,
      severity: i.severity,
      status: i.status,
      resolvedAt: i.resolvedAt,
      gridCode: gridLabel.get(i.gridId)?.code ?? '',
      gridName: gridLabel.get(i.gridId)?.name ?? '',
      assigneeName: i.assigneeId ? (officerName.get(i.assigneeId) ?? null) : null,
      description: i.description,
    }));

  const addressOf = new Map(visitsOfDay.addresses);
  const visitRows: ReportVisitRow[] = visitsOfDay.listed.map((v) => ({
    id: v.id,
    visitedAt: v.visitedAt,
    gridCode: gridLabel.get(v.gridId)?.code ?? '',
    address: addressOf.get(v.householdId) ?? '',
    outcome: v.outcome,
    unregisteredFound: v.unregisteredFound,
    overdueTestsFound: v.overdueTestsFound,
    team: v.team,
    campaignName: campaignName.get(v.campaignId) ?? '',
  }));

  // A day with no roster at all is a day without data, not 24 uncovered hours at every post.
  const rosterKnown = byPost.size > 0;
  const checkpoints = checkpointRows(cps.rows, byPost, gridLabel, dayStart, dayEnd, rosterKnown);
  const testingSites = siteRows(sites.rows, teams.rows, gridLabel);
  // A team posted at a checkpoint counts as deployed on days that checkpoint was staffed.
  const volunteerTeams = teamRows(
    teams.rows,
    new Map(cps.rows.filter((c) => byPost.has(c.id)).map((c) => [c.id, c.name])),
    new Map(sites.rows.map((s) => [s.id, s.name])),
  );

  const newBySeverity = zeroBy<Severity>(severities);
  for (const i of reported) newBySeverity[i.severity] += 1;
  const sitesByStatus = zeroBy<SiteStatus>(siteStatuses);
  for (const s of sites.rows) sitesByStatus[s.status] += 1;
  const deployedTeams = volunteerTeams.filter((t) => t.deployed > 0);

  const burnUp = picture.campaign
    ? burnUpFrom(picture.campaignStats, picture.campaign, inScope, kpis.householdsInScope, asOf)
    : [];

  const hasData =
    visitsOfDay.teams.length > 0 ||
    reported.length > 0 ||
    resolvedCount > 0 ||
    byPost.size > 0 ||
    testingSites.length > 0;

  const report: DailyReport = {
    header: {
      stationName: picture.station?.name ?? '',
      stationCode: picture.station?.id ?? '',
      district: picture.station?.district ?? '',
      subBureau: picture.station?.subBureau ?? '',
      date,
      dayStart,
      dayEnd,
      asOf,
      preparedBy: opts.preparedBy,
      generatedAt,
      dataAsOf,
    },
    hasData,
    kpis: {
      gridsTotal: kpis.gridsTotal,
      gridsByLevel: kpis.gridsByLevel,
      gridsWithoutOfficer: kpis.gridsWithoutOfficer,
      overloadedOfficers: kpis.overloadedOfficers,
      campaignName: picture.campaign?.name ?? null,
      householdsInScope: kpis.householdsInScope,
      householdsCovered: kpis.householdsCovered,
      coverage: kpis.coverage,
      visits: kpis.today.visits,
      newlyCovered,
      unregisteredFound: kpis.today.unregistered,
      overdueFound: kpis.today.overdue,
      incidentsNew: reported.length,
      incidentsNewBySeverity: newBySeverity,
      incidentsResolved: resolvedCount,
      incidentsOpen: kpis.openIncidents,
      openBySeverity: kpis.openBySeverity,
      checkpointsTotal: kpis.checkpointsTotal,
      checkpointsStaffed: kpis.checkpointsStaffed,
      checkpointsWithGaps: checkpoints.filter((c) => c.uncoveredHours > 0).length,
      uncoveredHours: checkpoints.reduce((n, c) => n + c.uncoveredHours, 0),
      testingSites: testingSites.length,
      testingSitesByStatus: sitesByStatus,
      testingSiteQueue: testingSites.reduce((n, s) => n + s.queueLength, 0),
      volunteerTeamsDeployed: deployedTeams.length,
      volunteersDeployed: deployedTeams.reduce((n, t) => n + t.deployed, 0),
    },
    grids,
    incidents: incidentRows,
    visits: visitRows,
    visitTeams: visitsOfDay.teams,
    checkpoints,
    testingSites,
    volunteerTeams,
    charts: { incidentsByHour: incidentsByHourOfDay(reported, dayStart), burnUp },
    problems:
      picture.problems.length +
      incidents.problems.length +
      cps.problems.length +
      shifts.problems.length +
      sites.problems.length +
      teams.problems.length +
      visitsOfDay.problems,
  };
  const map = reportMapModels({
    grids: picture.grids,
    checkpoints: cps.rows,
    staffed: byPost,
    reported,
    sites: sites.rows,
  });
  return { report, map };
}
