/**
 * The daily report and its map from what was read, pure: the shared facts once, then one builder
 * per section (header, KPIs, grids, incidents, visits, posts, charts, map), put together in the
 * model's order. Reading is readDailyReportData's job; nothing here touches the cache.
 */
import type { DailyReport } from '../dailyReportModel';
import type { ReportMapModels } from '../print/reportMapModels';
import { buildCharts } from './chartsPart';
import { countProblems, reportHasData } from './completenessPart';
import type { DailyReportData } from './dailyReportData';
import { dayFacts } from './dayFacts';
import { buildGridRows } from './gridsPart';
import { buildHeader } from './headerPart';
import { buildIncidentRows } from './incidentsPart';
import { buildKpis } from './kpisPart';
import { buildMap } from './mapPart';
import { buildPostsPart } from './postsPart';
import { buildVisitsPart } from './visitsPart';
import { buildFusionLine } from './fusionPart';

/** The report of a day and the models of its map, built from one set of reads. */
export interface DailyReportParts {
  report: DailyReport;
  map: ReportMapModels;
}

export function assembleDailyReport(data: DailyReportData, preparedBy: string): DailyReportParts {
  const facts = dayFacts(data);
  const posts = buildPostsPart(data, facts);
  const kpis = buildKpis(data, facts, posts);
  const visits = buildVisitsPart(data, facts);
  const report: DailyReport = {
    header: buildHeader(data, preparedBy),
    hasData: reportHasData(data, facts),
    kpis,
    fusion: buildFusionLine(data.fusion ?? null),
    grids: buildGridRows(data, facts),
    incidents: buildIncidentRows(facts),
    visits: visits.visits,
    visitTeams: visits.visitTeams,
    checkpoints: posts.checkpoints,
    testingSites: posts.testingSites,
    volunteerTeams: posts.volunteerTeams,
    charts: buildCharts(data, facts, kpis.householdsInScope),
    problems: countProblems(data),
  };
  return { report, map: buildMap(data, facts) };
}
