/**
 * Instants as the station's wall clock (Asia/Shanghai, UTC+8, no daylight saving). Spreadsheet
 * dates have no zone: Excel shows a serial number's calendar fields as they are, so an instant
 * is shifted to the Date whose UTC fields are Shanghai's wall clock before it is written, and
 * an 08:30 incident reads 08:30 on any machine.
 */
import { STATION_UTC_OFFSET_MS } from '#common/domain/time';

/** A Date whose UTC calendar fields are the Shanghai wall clock at `ms`. */
export function shanghaiWallClock(ms: number): Date {
  return new Date(ms + STATION_UTC_OFFSET_MS);
}

/** `YYYY-MM-DD` (date) or `YYYY-MM-DD HH:mm` (datetime), Shanghai wall clock. */
export function formatShanghai(ms: number, kind: 'date' | 'datetime'): string {
  const iso = shanghaiWallClock(ms).toISOString();
  return kind === 'date' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
