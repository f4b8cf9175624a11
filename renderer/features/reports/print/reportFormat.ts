/**
 * How the daily report writes dates, times and figures (zh-CN first, station time zone):
 * the report's day with its weekday, full date-times for the header, clock times for rows.
 */
import { formatClock } from '#renderer/i18n/format';

export { formatClock, formatLongDay, formatStamp } from '#renderer/i18n/format';

/** "14:00–16:00" for a [start, end) run; the end of the day reads 24:00. */
export function formatRun(start: number, end: number, dayEnd: number): string {
  return `${formatClock(start)}–${end >= dayEnd ? '24:00' : formatClock(end)}`;
}
