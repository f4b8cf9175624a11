/**
 * The daily report's one read: everything the section builders need for one station-local day,
 * from the cache in one read transaction (a sync landing mid-read cannot make an incident both
 * open and resolved), its reads sent together, rows parsed through their schemas. By index,
 * never by reading a whole large table: the day's sweep aggregates, the incidents reported in
 * the day or resolved since it began (with the ones open now, from the station picture, every
 * incident open at `asOf` is among them), the shifts by their `end`, the sites by their `day`.
 *
 * The day's visits are passed in or read here: `'all'` reads every visit of the day inside the
 * transaction (the XLSX/CSV exports); a promise is a read the caller already started — the
 * printed report's notable visits, read in a worker (its own connection, so outside the
 * transaction), which must not wait for the rest.
 */
import {
  checkpointSchema,
  dutyShiftSchema,
  incidentSchema,
  sweepCampaignSchema,
  testingSiteSchema,
  volunteerTeamSchema,
} from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { householdTables, visitTables } from '#renderer/db/householdsAndVisits';
import { cacheStateSchema, syncSnapshotSchema } from '#renderer/db/localRows';
import { validRows } from '#renderer/db/validRows';
import { queryStationPicture } from '#renderer/station/gridStateQuery';
import { reportDay } from '../reportDay';
import { readVisitsOfDay, type VisitsOfDay } from '../visitsOfDay';
import type { DailyReportData } from './dailyReportData';

export interface ReadReportOptions {
  /** The moment of generation. */
  now: number;
  /** `'all'`: read every visit of the day here; else the caller's read of the day's visits. */
  visits: 'all' | Promise<VisitsOfDay>;
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

/** The incidents reported within the day and those resolved since it began, by index. */
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

export async function readDailyReportData(
  db: GridroomDb,
  date: string,
  opts: ReadReportOptions,
): Promise<DailyReportData> {
  const day = reportDay(date, opts.now);
  const { dayStart, dayEnd, asOf } = day;
  const tables = [
    ...householdTables(db),
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
    ...visitTables(db),
    db.meta,
  ];
  const passedVisits = opts.visits === 'all' ? null : opts.visits;
  const [
    [
      picture,
      dayStats,
      rawIncidents,
      rawCheckpoints,
      rawShifts,
      rawSites,
      rawTeams,
      readVisits,
      rawCampaigns,
      dataAsOf,
    ],
    givenVisits,
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
        passedVisits ? null : readVisitsOfDay(db, date, 'all'),
        db.campaigns.toArray(),
        readDataAsOf(db),
      ]),
    ),
    passedVisits,
  ]);
  const visits = givenVisits ?? readVisits;
  if (!visits) throw new Error('the day’s visits were not read');
  const dayIncidents = validRows('incidents', rawIncidents, incidentSchema);
  return {
    day,
    generatedAt: opts.now,
    dataAsOf,
    picture,
    dayStats,
    incidents: {
      rows: uniqueById([...dayIncidents.rows, ...picture.openIncidents]),
      problems: dayIncidents.problems,
    },
    checkpoints: validRows('checkpoints', rawCheckpoints, checkpointSchema),
    shifts: validRows('shifts', rawShifts, dutyShiftSchema),
    sites: validRows('testingSites', rawSites, testingSiteSchema),
    teams: validRows('volunteerTeams', rawTeams, volunteerTeamSchema),
    campaigns: validRows('campaigns', rawCampaigns, sweepCampaignSchema).rows,
    visits,
  };
}
