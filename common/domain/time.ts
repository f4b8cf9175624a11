/**
 * Calendar arithmetic in the station's zone. Xiamen keeps China Standard Time (UTC+8, no
 * daylight saving), so a fixed offset is exact and needs no time-zone database.
 */
export const STATION_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** The station-local calendar day (YYYY-MM-DD) of an instant. */
export function dayOf(ms: number): string {
  return new Date(ms + STATION_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant at which a station-local day (YYYY-MM-DD) starts. */
export function startOfDay(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`) - STATION_UTC_OFFSET_MS;
}

/** The station-local day `n` days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  return dayOf(startOfDay(day) + n * DAY_MS);
}

/** Every day from `first` to `last`, both included, in order. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}

/** Start of the station-local hour containing `ms`. */
export function startOfHour(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}
