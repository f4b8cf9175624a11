/**
 * Reads a time cell of a pass-registration file (健康码时间, 提交时间) as an instant. Text is
 * read as the station's wall-clock time (Asia/Shanghai) unless it names its zone:
 * `2022-09-30 10:21`, `2022/9/30 10:21:05`, `2022年9月30日 10时21分`, `2022-09-30T10:21:05+08:00`,
 * a date alone (midnight). An XLSX date cell arrives as a Date holding the wall-clock time as
 * UTC (read-excel-file's convention) and is read the same way, as is a bare serial day number
 * (a date cell without a date format). Three outcomes:
 * - `ok`: a real instant;
 * - `impossible`: shaped like a date but no such moment (2022-02-30, month 13, 25:00) — the
 *   row is imported flagged, never dropped;
 * - `invalid`: not a date at all — the row is refused with its line. Pure.
 */
import { STATION_UTC_OFFSET_MS } from '../../domain/time';

/** Days from Excel's day 0 (1899-12-30) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25_569;

export type TimeRead = { kind: 'ok'; ms: number } | { kind: 'impossible' } | { kind: 'invalid' };

const SHAPE =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)(\d{1,2})\s*[:时点]\s*(\d{1,2})\s*(?:[:分]\s*(\d{1,2})(?:\.\d{1,3})?\s*秒?|分)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined) return STATION_UTC_OFFSET_MS;
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

export function readRegistrationTime(value: unknown): TimeRead {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) && ms - STATION_UTC_OFFSET_MS >= 0
      ? { kind: 'ok', ms: ms - STATION_UTC_OFFSET_MS }
      : { kind: 'invalid' };
  }
  // an XLSX date cell without a date format: Excel's serial day number (1900 system)
  if (typeof value === 'number')
    return value > 20_000 && value < 80_000
      ? { kind: 'ok', ms: Math.round((value - EXCEL_EPOCH_DAYS) * 86_400_000) - STATION_UTC_OFFSET_MS }
      : { kind: 'invalid' };
  if (typeof value !== 'string') return { kind: 'invalid' };
  const m = SHAPE.exec(value.trim());
  if (!m) return { kind: 'invalid' };
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((p) => (p === undefined ? undefined : Number(p)));
  const year = y ?? 0;
  const month = mo ?? 0;
  const day = d ?? 0;
  if (month < 1 || month > 12 || day < 1 || h > 23 || mi > 59 || s > 59) return { kind: 'impossible' };
  const wall = Date.UTC(year, month - 1, day, h, mi, s);
  const back = new Date(wall);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
    return { kind: 'impossible' };
  const ms = wall - zoneOffsetMs(m[7]);
  return ms >= 0 ? { kind: 'ok', ms } : { kind: 'impossible' };
}
