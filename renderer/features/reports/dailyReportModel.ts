/**
 * The daily report 日报 of one station-local day (Asia/Shanghai) as plain data: the header,
 * the KPIs, and one row list per section (grids, incidents, visits, checkpoints, testing
 * sites, volunteer teams), plus the two chart series. Every export (print/PDF, XLSX, CSV)
 * renders this one object, so they state the same figures.
 *
 * Conventions: counts and ratios are numbers (ratios 0..1), instants are epoch milliseconds
 * (UTC), days are `YYYY-MM-DD` station-local days, enum values are the domain's codes (the
 * exporter translates them). "State" figures — control level, coverage, open incidents — are
 * as of `header.asOf`: the end of the day, or the moment of generation for today. "Flow"
 * figures — visits, findings, new and resolved incidents, shifts — count what happened within
 * [dayStart, dayEnd). `hasData` is false when nothing happened that day (no visit, incident,
 * shift or testing site): the layouts then say so instead of printing empty tables.
 */
import { z } from 'zod';
import {
  checkpointModeSchema,
  controlLevelSchema,
  daySchema,
  epochMsSchema,
  incidentStatusSchema,
  incidentTypeSchema,
  postTypeSchema,
  severitySchema,
  siteStatusSchema,
  siteZoneSchema,
  staffKindSchema,
  visitOutcomeSchema,
  volunteerRoleSchema,
} from '#common/schemas';

const count = z.number().int().nonnegative();
const ratio = z.number().min(0).max(1);

export const reportHeaderSchema = z.object({
  stationName: z.string(),
  /** The station's identifier (its id: the station record holds no separate code). */
  stationCode: z.string(),
  district: z.string(),
  subBureau: z.string(),
  /** The report's day, station-local. */
  date: daySchema,
  /** [dayStart, dayEnd): the day's instants. */
  dayStart: epochMsSchema,
  dayEnd: epochMsSchema,
  /** The instant the state figures describe: min(dayEnd − 1 ms, generatedAt). */
  asOf: epochMsSchema,
  /** Who prepared it (the signed-in actor / workstation). */
  preparedBy: z.string(),
  generatedAt: epochMsSchema,
  /** When the cache last received data (demo load or sync); null when unknown. */
  dataAsOf: epochMsSchema.nullable(),
});

export const reportKpisSchema = z.object({
  gridsTotal: count,
  gridsByLevel: z.record(controlLevelSchema, count),
  gridsWithoutOfficer: count,
  overloadedOfficers: count,
  /** The sweep campaign in force at asOf, if any. */
  campaignName: z.string().nullable(),
  householdsInScope: count,
  /** Households covered by the campaign by the end of the day (cumulative). */
  householdsCovered: count,
  coverage: ratio,
  visits: count,
  /** Households covered for the first time that day. */
  newlyCovered: count,
  unregisteredFound: count,
  overdueFound: count,
  incidentsNew: count,
  incidentsNewBySeverity: z.record(severitySchema, count),
  incidentsResolved: count,
  /** Open at asOf: reported by then and not resolved by then. */
  incidentsOpen: count,
  openBySeverity: z.record(severitySchema, count),
  checkpointsTotal: count,
  /** Checkpoints with at least one duty shift during the day. */
  checkpointsStaffed: count,
  /** 24-hour checkpoints with at least one uncovered clock hour during the day. */
  checkpointsWithGaps: count,
  uncoveredHours: count,
  testingSites: count,
  testingSitesByStatus: z.record(siteStatusSchema, count),
  testingSiteQueue: count,
  volunteerTeamsDeployed: count,
  /** Members of volunteer teams at checkpoints staffed that day and at that day's testing sites. */
  volunteersDeployed: count,
});

export const reportGridRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  community: z.string(),
  street: z.string(),
  officerName: z.string().nullable(),
  level: controlLevelSchema,
  inCampaign: z.boolean(),
  households: count,
  /** Covered by the end of the day (cumulative, active campaign). */
  covered: count,
  coverage: ratio,
  visits: count,
  unregisteredFound: count,
  overdueFound: count,
  incidentsNew: count,
  openIncidents: count,
});

export const reportIncidentRowSchema = z.object({
  id: z.string(),
  reportedAt: epochMsSchema,
  type: incidentTypeSchema,
  severity: severitySchema,
  /** Status now (the record holds no status history). */
  status: incidentStatusSchema,
  resolvedAt: epochMsSchema.nullable(),
  gridCode: z.string(),
  gridName: z.string(),
  assigneeName: z.string().nullable(),
  description: z.string(),
});

export const reportVisitRowSchema = z.object({
  id: z.string(),
  visitedAt: epochMsSchema,
  gridCode: z.string(),
  /** The household's address; '' when built without addresses for ordinary visits (print). */
  address: z.string(),
  outcome: visitOutcomeSchema,
  unregisteredFound: count,
  overdueTestsFound: count,
  team: z.string(),
  campaignName: z.string(),
});

export const reportGapSchema = z.object({ start: epochMsSchema, end: epochMsSchema });

export const reportCheckpointRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  gridCode: z.string(),
  gridName: z.string(),
  mode: checkpointModeSchema,
  postType: postTypeSchema,
  staffed24h: z.boolean(),
  /** Duty shifts overlapping the day. */
  shifts: count,
  /** People on those shifts (one per shift they stand). */
  staff: count,
  staffByKind: z.record(staffKindSchema, count),
  /**
   * Clock hours of the day with an uncovered moment (24-hour posts only; 0 on a day when no
   * post had any shift — that is a day without roster data).
   */
  uncoveredHours: count,
  /** Those hours joined into runs. */
  gaps: z.array(reportGapSchema),
});

export const reportSiteRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  gridCode: z.string(),
  gridName: z.string(),
  status: siteStatusSchema,
  zonesReady: z.array(siteZoneSchema),
  zonesTotal: count,
  queueLength: count,
  police: count,
  medical: count,
  volunteers: count,
  /** Volunteer teams assigned to the site. */
  teams: z.array(z.string()),
});

export const reportTeamPostSchema = z.object({
  kind: z.enum(['checkpoint', 'site']),
  name: z.string(),
  role: volunteerRoleSchema,
  members: count,
});

export const reportTeamRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  leader: z.string(),
  members: count,
  roles: z.array(volunteerRoleSchema),
  /** Members assigned to checkpoints staffed that day and to that day's testing sites. */
  deployed: count,
  posts: z.array(reportTeamPostSchema),
});

export const reportHourSchema = z.object({
  hourStart: epochMsSchema,
  byType: z.record(incidentTypeSchema, count),
});

export const reportBurnUpSchema = z.object({ day: daySchema, visited: count, total: count });

/** One visiting team's day, over all its visits (the listed rows may be fewer). */
export const reportVisitTeamSchema = z.object({
  team: z.string(),
  visits: count,
  unregistered: count,
  overdue: count,
  notHome: count,
  refused: count,
});

/** The fusion findings at asOf (common/domain/passFusion.ts), one line of the report. */
export const reportFusionSchema = z.object({
  campaignName: z.string().nullable(),
  suspectedUnregistered: count,
  unswept: count,
  addressIrregular: count,
  codeInZone: count,
  /** Passes approved and valid at asOf. */
  passes: count,
});

export const dailyReportSchema = z.object({
  header: reportHeaderSchema,
  hasData: z.boolean(),
  kpis: reportKpisSchema,
  /** The fusion line; absent or null when it could not be computed. */
  fusion: reportFusionSchema.nullable().optional(),
  grids: z.array(reportGridRowSchema),
  incidents: z.array(reportIncidentRowSchema),
  /** The day's visits as listed: all of them, or only the notable ones (the printed report). */
  visits: z.array(reportVisitRowSchema),
  /** Every visit of the day, per team. */
  visitTeams: z.array(reportVisitTeamSchema),
  checkpoints: z.array(reportCheckpointRowSchema),
  testingSites: z.array(reportSiteRowSchema),
  volunteerTeams: z.array(reportTeamRowSchema),
  charts: z.object({
    /** The day's 24 clock hours, incidents reported per type. */
    incidentsByHour: z.array(reportHourSchema),
    /** The active campaign's burn-up up to the day. */
    burnUp: z.array(reportBurnUpSchema),
  }),
  /** Cache rows skipped because they failed their schema. */
  problems: count,
});

export type ReportHeader = z.infer<typeof reportHeaderSchema>;
export type ReportKpis = z.infer<typeof reportKpisSchema>;
export type ReportGridRow = z.infer<typeof reportGridRowSchema>;
export type ReportIncidentRow = z.infer<typeof reportIncidentRowSchema>;
export type ReportVisitRow = z.infer<typeof reportVisitRowSchema>;
export type ReportVisitTeam = z.infer<typeof reportVisitTeamSchema>;
export type ReportCheckpointRow = z.infer<typeof reportCheckpointRowSchema>;
export type ReportSiteRow = z.infer<typeof reportSiteRowSchema>;
export type ReportTeamRow = z.infer<typeof reportTeamRowSchema>;
export type ReportHour = z.infer<typeof reportHourSchema>;
export type DailyReport = z.infer<typeof dailyReportSchema>;
export type ReportFusion = z.infer<typeof reportFusionSchema>;

/** A real calendar day as YYYY-MM-DD (2026-02-30 is refused). */
export const reportDateSchema = daySchema.refine((day) => {
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === day;
}, 'not a calendar day');
