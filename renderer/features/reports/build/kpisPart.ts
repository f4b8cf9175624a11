/**
 * The report's KPI block, pure: the board's own rules (computeKpis) applied to the grids' state at
 * the end of the day and the incidents open at `asOf`, so the report and the board state the same
 * figures for the same moment; plus the day's flows — visits and findings, households newly
 * covered in the active campaign's scope, incidents new (per severity) and resolved — and the
 * posts' totals from their section rows.
 */
import { severities, siteStatuses, type Severity, type SiteStatus } from '#common/schemas';
import { computeKpis } from '#renderer/station/kpis';
import { sumFindings } from '#renderer/station/sweepQuery';
import type { ReportKpis } from '../dailyReportModel';
import type { DailyReportData } from './dailyReportData';
import type { DayFacts } from './dayFacts';
import type { PostsPart } from './postsPart';

function zeroBy<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Households covered that day in the active campaign, in its scope. */
export function newlyCoveredOn(data: DailyReportData, inScope: ReadonlySet<string>): number {
  const campaignId = data.picture.campaign?.id;
  let covered = 0;
  for (const row of data.dayStats)
    if (row.campaignId === campaignId && inScope.has(row.gridId)) covered += row.covered;
  return covered;
}

export function buildKpis(data: DailyReportData, facts: DayFacts, posts: PostsPart): ReportKpis {
  const { open, reported, resolvedCount } = facts.incidents;
  const kpis = computeKpis(
    { ...data.picture, grids: facts.states, openIncidents: open },
    {
      checkpoints: data.checkpoints.rows.map((checkpoint) => ({
        checkpoint,
        staffedNow: facts.byPost.has(checkpoint.id),
      })),
      sitesToday: data.sites.rows,
    },
    sumFindings(data.dayStats),
  );
  const newBySeverity = zeroBy<Severity>(severities);
  for (const i of reported) newBySeverity[i.severity] += 1;
  const sitesByStatus = zeroBy<SiteStatus>(siteStatuses);
  for (const s of data.sites.rows) sitesByStatus[s.status] += 1;
  const deployedTeams = posts.volunteerTeams.filter((t) => t.deployed > 0);
  return {
    gridsTotal: kpis.gridsTotal,
    gridsByLevel: kpis.gridsByLevel,
    gridsWithoutOfficer: kpis.gridsWithoutOfficer,
    overloadedOfficers: kpis.overloadedOfficers,
    campaignName: data.picture.campaign?.name ?? null,
    householdsInScope: kpis.householdsInScope,
    householdsCovered: kpis.householdsCovered,
    coverage: kpis.coverage,
    visits: kpis.today.visits,
    newlyCovered: newlyCoveredOn(data, facts.inScope),
    unregisteredFound: kpis.today.unregistered,
    overdueFound: kpis.today.overdue,
    incidentsNew: reported.length,
    incidentsNewBySeverity: newBySeverity,
    incidentsResolved: resolvedCount,
    incidentsOpen: kpis.openIncidents,
    openBySeverity: kpis.openBySeverity,
    checkpointsTotal: kpis.checkpointsTotal,
    checkpointsStaffed: kpis.checkpointsStaffed,
    checkpointsWithGaps: posts.checkpoints.filter((c) => c.uncoveredHours > 0).length,
    uncoveredHours: posts.checkpoints.reduce((n, c) => n + c.uncoveredHours, 0),
    testingSites: posts.testingSites.length,
    testingSitesByStatus: sitesByStatus,
    testingSiteQueue: posts.testingSites.reduce((n, s) => n + s.queueLength, 0),
    volunteerTeamsDeployed: deployedTeams.length,
    volunteersDeployed: deployedTeams.reduce((n, t) => n + t.deployed, 0),
  };
}
