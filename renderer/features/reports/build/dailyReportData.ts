/**
 * What the daily report is built from: everything `readDailyReportData` reads from the cache for
 * one station-local day, already parsed (malformed rows dropped and counted in `problems`). The
 * section builders beside this file take it and return their part of the report; none of them
 * reads the cache, so each can be tested on plain rows.
 */
import type {
  Checkpoint,
  DutyShift,
  Incident,
  SweepCampaign,
  TestingSite,
  VolunteerTeam,
} from '#common/schemas';
import type { SweepStats } from '#renderer/db/localRows';
import type { ValidRows } from '#renderer/db/validRows';
import type { StationPicture } from '#renderer/station/gridStateQuery';
import type { FusionSummary } from '#renderer/station/fusionRead';
import type { ReportDay } from '../reportDay';
import type { VisitsOfDay } from '../visitsOfDay';

export interface DailyReportData {
  /** The report's day: [dayStart, dayEnd) and `asOf`, the instant its state figures describe. */
  day: ReportDay;
  /** The moment of generation. */
  generatedAt: number;
  /** When the cache last received data (demo load or sync); null when unknown. */
  dataAsOf: number | null;
  /** The station at `asOf`: grids with their level, households, the campaign and its aggregates. */
  picture: StationPicture;
  /** The day's sweep aggregate rows (every campaign). */
  dayStats: SweepStats[];
  /**
   * The incidents that may count for the day: reported within it, resolved since it began, and
   * open now — each once. Which were open at `asOf` is decided from their lifecycle times.
   */
  incidents: ValidRows<Incident>;
  checkpoints: ValidRows<Checkpoint>;
  /** Duty shifts that end after the day began. */
  shifts: ValidRows<DutyShift>;
  /** The day's testing sites. */
  sites: ValidRows<TestingSite>;
  teams: ValidRows<VolunteerTeam>;
  /** Every campaign, to name a visit's campaign (malformed ones are not counted as problems). */
  campaigns: SweepCampaign[];
  /** The day's visits: the per-team summary and the listed rows with their addresses. */
  visits: VisitsOfDay;
  /** The fusion findings at `asOf` (computed in their worker); absent or null when not computed. */
  fusion?: FusionSummary | null;
}
