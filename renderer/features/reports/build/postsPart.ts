/**
 * The report's post sections, pure: checkpoints with their staffing and roster gaps over the day,
 * the day's testing sites, and the volunteer teams with where they were deployed (reportPosts.ts
 * holds the row rules). A day with no roster at all is a day without data, not 24 uncovered
 * hours at every post; a team posted at a checkpoint counts as deployed only on days that
 * checkpoint was staffed.
 */
import type { ReportCheckpointRow, ReportSiteRow, ReportTeamRow } from '../dailyReportModel';
import { checkpointRows, siteRows, teamRows } from '../reportPosts';
import type { DailyReportData } from './dailyReportData';
import type { DayFacts } from './dayFacts';

export interface PostsPart {
  checkpoints: ReportCheckpointRow[];
  testingSites: ReportSiteRow[];
  volunteerTeams: ReportTeamRow[];
}

export function buildPostsPart(data: DailyReportData, facts: DayFacts): PostsPart {
  const { byPost, labels } = facts;
  const { dayStart, dayEnd } = data.day;
  const checkpoints = data.checkpoints.rows;
  const sites = data.sites.rows;
  const rosterKnown = byPost.size > 0;
  return {
    checkpoints: checkpointRows(checkpoints, byPost, labels.gridLabel, dayStart, dayEnd, rosterKnown),
    testingSites: siteRows(sites, data.teams.rows, labels.gridLabel),
    volunteerTeams: teamRows(
      data.teams.rows,
      new Map(checkpoints.filter((c) => byPost.has(c.id)).map((c) => [c.id, c.name])),
      new Map(sites.map((s) => [s.id, s.name])),
    ),
  };
}
