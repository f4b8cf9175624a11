/**
 * format.ts writes every instant in Asia/Shanghai (UTC+8 all year, no daylight saving) in zh-CN
 * and en: the station's midnight is 16:00 UTC the day before, and the offset is the same in
 * January and July.
 */
import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDateTime,
  formatDay,
  formatDuration,
  formatHourLabel,
  formatInstant,
  formatLongDay,
  formatNumber,
  formatPercent,
  formatStamp,
  formatTime,
} from '#renderer/i18n/format';

const utc = (iso: string) => Date.parse(`${iso}Z`);

describe('format.ts — station time (Asia/Shanghai)', () => {
  it('puts the station midnight at 16:00 UTC of the day before', () => {
    expect(formatStamp(utc('2026-11-26T16:00:00'))).toBe('2026-11-27 00:00');
    expect(formatStamp(utc('2026-11-26T15:59:59'))).toBe('2026-11-26 23:59');
    expect(formatClock(utc('2026-11-26T16:00:00'))).toBe('00:00');
  });

  it('keeps UTC+8 in winter and summer alike (no daylight saving)', () => {
    expect(formatStamp(utc('2026-01-15T01:30:00'))).toBe('2026-01-15 09:30');
    expect(formatStamp(utc('2026-07-15T01:30:00'))).toBe('2026-07-15 09:30');
    // The night Europe and America change their clocks changes nothing here.
    expect(formatStamp(utc('2026-03-29T01:00:00'))).toBe('2026-03-29 09:00');
  });

  it('crosses the year at the station midnight', () => {
    expect(formatStamp(utc('2026-12-31T16:00:00'))).toBe('2027-01-01 00:00');
    expect(formatInstant(utc('2026-12-31T16:00:00'), 'zh-CN')).toBe('2027/01/01 00:00:00');
    expect(formatInstant(utc('2026-12-31T15:59:59'), 'en')).toBe('31 Dec 2026, 23:59:59');
  });

  it('writes clock times and short date-times in both languages', () => {
    const ms = utc('2026-11-27T01:05:00');
    expect(formatTime(ms, 'zh-CN')).toBe('09:05');
    expect(formatTime(ms, 'en')).toBe('09:05');
    expect(formatDateTime(ms, 'zh-CN')).toBe('11/27 09:05');
    expect(formatDateTime(ms, 'en')).toBe('11/27, 09:05');
  });

  it('labels the whole hour for the time slider', () => {
    expect(formatHourLabel(utc('2026-11-26T16:59:00'))).toBe('11-27 00:00');
  });

  it('writes a calendar day without shifting it by the zone', () => {
    expect(formatDay('2026-11-07', 'zh-CN')).toBe('11月7日');
    expect(formatDay('2026-11-07', 'en')).toBe('11/07');
    expect(formatLongDay('2026-11-27', 'zh-CN')).toBe('2026年11月27日星期五');
    expect(formatLongDay('2026-11-27', 'en')).toBe('Friday, November 27, 2026');
    expect(formatLongDay('2027-01-01', 'zh-CN')).toBe('2027年1月1日星期五');
  });
});

describe('format.ts — numbers and durations', () => {
  it('groups thousands and rounds percentages', () => {
    expect(formatNumber(12345, 'zh-CN')).toBe('12,345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatPercent(0.876, 'zh-CN')).toBe('88%');
    expect(formatPercent(0.876, 'en')).toBe('88%');
  });

  it('writes durations in whole minutes', () => {
    expect(formatDuration(0, 'zh-CN')).toBe('不到1分钟');
    expect(formatDuration(59_999, 'en')).toBe('<1 min');
    expect(formatDuration(5 * 60_000, 'zh-CN')).toBe('5分钟');
    expect(formatDuration((2 * 60 + 5) * 60_000, 'zh-CN')).toBe('2小时5分钟');
    expect(formatDuration((2 * 60 + 5) * 60_000, 'en')).toBe('2 h 5 min');
    expect(formatDuration(24 * 60 * 60_000, 'zh-CN')).toBe('24小时');
    expect(formatDuration(-1000, 'en')).toBe('<1 min');
  });
});
