/**
 * How the daily report writes dates, times and figures (zh-CN first, station time zone):
 * the report's day with its weekday, full date-times for the header, clock times for rows.
 */
import type { Language } from '#renderer/i18n/translate';

const timeZone = 'Asia/Shanghai';

/** Built once: a report formats thousands of times, and a formatter costs far more to make than to use. */
const longDayOptions: Intl.DateTimeFormatOptions = {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'long',
};
const longDayFormats: Record<Language, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', longDayOptions),
  en: new Intl.DateTimeFormat('en', longDayOptions),
};
const stampFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "2026年11月27日星期五" / "Friday, November 27, 2026" for a YYYY-MM-DD day. */
export function formatLongDay(day: string, language: Language): string {
  return longDayFormats[language].format(Date.parse(`${day}T00:00:00Z`));
}

/** "2026-11-28 09:12" in station time, the same in both languages. */
export function formatStamp(ms: number): string {
  const parts = stampFormat.formatToParts(ms);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** "14:05" in station time. */
export function formatClock(ms: number): string {
  return formatStamp(ms).slice(11);
}

/** "14:00–16:00" for a [start, end) run; the end of the day reads 24:00. */
export function formatRun(start: number, end: number, dayEnd: number): string {
  return `${formatClock(start)}–${end >= dayEnd ? '24:00' : formatClock(end)}`;
}
