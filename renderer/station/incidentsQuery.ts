/**
 * Incidents reported in the 24 clock hours ending with the current one (that hour counted to its
 * end), per hour and type, for the board's chart.
 */
import { HOUR_MS, startOfHour } from '#common/domain/time';
import { incidentSchema, incidentTypes, type IncidentType } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { validRows, type RowProblem } from '#renderer/db/validRows';

export type HourBucket = { hourStart: number } & Record<IncidentType, number>;

export async function queryIncidentsByHour(
  db: GridroomDb,
  now: number,
): Promise<{ buckets: HourBucket[]; problems: RowProblem[]; holdsUntil: number }> {
  const firstHour = startOfHour(now) - 23 * HOUR_MS;
  const raw = await db.incidents.where('reportedAt').aboveOrEqual(firstHour).toArray();
  const { rows, problems } = validRows('incidents', raw, incidentSchema);
  const buckets: HourBucket[] = Array.from({ length: 24 }, (_, i) => {
    const bucket = { hourStart: firstHour + i * HOUR_MS } as HourBucket;
    for (const type of incidentTypes) bucket[type] = 0;
    return bucket;
  });
  for (const incident of rows) {
    const bucket = buckets[Math.floor((incident.reportedAt - firstHour) / HOUR_MS)];
    // The current hour's bucket runs to the hour's end, not to `now`: an incident saved a
    // moment ago counts at once, without re-running the board's queries for a fresh `now`.
    if (bucket) bucket[incident.type] += 1;
  }
  // the buckets move on with the next hour
  return { buckets, problems, holdsUntil: startOfHour(now) + HOUR_MS };
}
