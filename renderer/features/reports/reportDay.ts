/**
 * The instants of a report's day: [dayStart, dayEnd) in station time and `asOf`, the instant
 * its state figures describe — the end of the day, or `now` for today. One function, so the
 * report and its map (read separately, in parallel) describe the same instant.
 */
import { addDays, startOfDay } from '#common/domain/time';

export interface ReportDay {
  date: string;
  dayStart: number;
  dayEnd: number;
  asOf: number;
}

export function reportDay(date: string, now: number): ReportDay {
  const dayStart = startOfDay(date);
  const dayEnd = startOfDay(addDays(date, 1));
  return { date, dayStart, dayEnd, asOf: Math.max(0, Math.min(dayEnd - 1, now)) };
}
