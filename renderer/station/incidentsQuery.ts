/** Incidents reported in the last 24 hours, counted per clock hour and type (for the chart). */
import { HOUR_MS, startOfHour } from '#common/domain/time';
import { incidentSchema, incidentTypes, type IncidentType } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { validRows, type RowProblem } from '#renderer/db/validRows';

export type HourBucket = { hourStart: number } & Record<IncidentType, number>;

export async function queryIncidentsByHour(
  db: GridroomDb,
  now: number,
): Promise<{ buckets: HourBucket[]; problems: RowProblem[] }> {
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
    if (bucket && incident.reportedAt <= now) bucket[incident.type] += 1;
  }
  return { buckets, problems };
}
