/**
 * The overnight window of the morning briefing: from 18:00 station time (Asia/Shanghai) on the
 * day before today up to now. Pure; station days come from common/domain/time.ts (UTC+8).
 */
import { addDays, dayOf, HOUR_MS, startOfDay } from '#common/domain/time';

export const OVERNIGHT_START_HOUR = 18;

export interface OvernightWindow {
  /** 18:00 on the day before today (inclusive). */
  from: number;
  /** Now (inclusive). */
  to: number;
  /** Station-local day before today (YYYY-MM-DD). */
  yesterday: string;
  /** Station-local day of `now`. */
  today: string;
}

export function overnightWindow(now: number): OvernightWindow {
  const today = dayOf(now);
  const yesterday = addDays(today, -1);
  return { from: startOfDay(yesterday) + OVERNIGHT_START_HOUR * HOUR_MS, to: now, yesterday, today };
}

export function inWindow(instant: number | null, window: Pick<OvernightWindow, 'from' | 'to'>): boolean {
  return instant !== null && instant >= window.from && instant <= window.to;
}
