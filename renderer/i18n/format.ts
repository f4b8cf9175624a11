/**
 * The one place that turns instants, days, numbers and durations into text, in zh-CN or en and
 * always in the station's zone, Asia/Shanghai (UTC+8 all year: China has no daylight saving, so
 * a station day runs from 16:00 UTC to 16:00 UTC). Formatters are built once per language:
 * making an Intl formatter costs far more than formatting with it, and a report formats
 * thousands of values. Pure; screens reach these through i18n/translate or useI18n.
 */
export type Language = 'zh-CN' | 'en';

export const stationTimeZone = 'Asia/Shanghai';

const perLanguage = <T>(make: (locale: Language) => T): Record<Language, T> => ({
  'zh-CN': make('zh-CN'),
  en: make('en'),
});

const numberFormats = perLanguage((l) => new Intl.NumberFormat(l));
const percentFormats = perLanguage(
  (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 }),
);

const zoned = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: stationTimeZone, ...options });

const timeFormats = perLanguage((l) => zoned(l, { hour: '2-digit', minute: '2-digit', hour12: false }));
const dateTimeFormats = perLanguage((l) =>
  zoned(l, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }),
);
const instantFormats: Record<Language, Intl.DateTimeFormat> = {
  'zh-CN': zoned('zh-CN', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }),
  en: zoned('en-GB', {
    year: 'numeric',
    month: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }),
};
/** A YYYY-MM-DD day is a calendar date, not an instant: formatted at UTC midnight so no zone shifts it. */
const longDayFormats = perLanguage(
  (l) =>
    new Intl.DateTimeFormat(l, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'long',
    }),
);
const stampFormat = zoned('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function formatNumber(value: number, language: Language): string {
  return numberFormats[language].format(value);
}

export function formatPercent(ratio: number, language: Language): string {
  return percentFormats[language].format(ratio);
}

/** "09:05" in station time. */
export function formatTime(ms: number, language: Language): string {
  return timeFormats[language].format(ms);
}

/** "11/27 09:05" (zh-CN) / "11/27, 09:05" (en) in station time. */
export function formatDateTime(ms: number, language: Language): string {
  return dateTimeFormats[language].format(ms);
}

/** "11月27日" / "11/27" for a YYYY-MM-DD day. */
export function formatDay(day: string, language: Language): string {
  const [, m, d] = day.split('-');
  return language === 'zh-CN' ? `${Number(m)}月${Number(d)}日` : `${m}/${d}`;
}

/** An instant to the second, as the audit log shows it: "2026/11/20 10:05:00" (station time). */
export function formatInstant(ms: number, language: Language): string {
  return instantFormats[language].format(ms);
}

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

/** "14:05" in station time, the same in both languages. */
export function formatClock(ms: number): string {
  return formatStamp(ms).slice(11);
}

/** "11-27 09:00": the whole hour an instant falls in, for the board's time slider. */
export function formatHourLabel(ms: number): string {
  const stamp = formatStamp(ms);
  return `${stamp.slice(5, 10)} ${stamp.slice(11, 13)}:00`;
}

/** A length of time in whole minutes: "2小时5分钟" / "2 h 5 min"; under a minute reads "不到1分钟" / "<1 min". */
export function formatDuration(ms: number, language: Language): string {
  const minutes = Math.floor(Math.max(ms, 0) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const n = (v: number) => formatNumber(v, language);
  if (language === 'zh-CN') {
    if (minutes === 0) return '不到1分钟';
    return `${h > 0 ? `${n(h)}小时` : ''}${m > 0 || h === 0 ? `${n(m)}分钟` : ''}`;
  }
  if (minutes === 0) return '<1 min';
  return [h > 0 ? `${n(h)} h` : '', m > 0 || h === 0 ? `${n(m)} min` : ''].filter(Boolean).join(' ');
}
