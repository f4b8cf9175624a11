/**
 * Small rules of the printed report: the route's date (yesterday by default, station time; a
 * date that is not a calendar day refused), the @page CSS (header strings escaped, page
 * counters), times in station time, and which visits the print lists.
 */
import { describe, expect, it } from 'vitest';
import { HOUR_MS, startOfDay } from '#common/domain/time';
import { cssString, pageMarginCss } from '#renderer/features/reports/print/pageMarginCss';
import { formatClock, formatRun, formatStamp } from '#renderer/features/reports/print/reportFormat';
import { summariseVisits } from '#renderer/features/reports/reportVisits';
import { isNotableVisit } from '#renderer/features/reports/reportVisits';
import { reportDateFromHash, reportPrintHash, yesterdayOf } from '#renderer/features/reports/reportRoute';
import type { ReportVisitRow } from '#renderer/features/reports/dailyReportModel';

describe('report route', () => {
  // 2026-11-28 00:30 in Xiamen is still 2026-11-27 in UTC
  const now = startOfDay('2026-11-28') + 30 * 60_000;

  it('defaults to yesterday in station time', () => {
    expect(yesterdayOf(now)).toBe('2026-11-27');
    expect(reportDateFromHash('#/report-print', now)).toEqual({ valid: true, date: '2026-11-27' });
  });

  it('reads a date, refuses one that is not a calendar day', () => {
    expect(reportDateFromHash(reportPrintHash('2024-02-29'), now)).toEqual({
      valid: true,
      date: '2024-02-29',
    });
    expect(reportDateFromHash('#/report-print?date=2026-02-30', now)).toEqual({
      valid: false,
      raw: '2026-02-30',
    });
    expect(reportDateFromHash('#/report-print?date=27.11.2026&print=1', now)).toMatchObject({ valid: false });
  });
});

describe('page CSS', () => {
  it('escapes header strings and turns {page}/{pages} into counters', () => {
    expect(cssString('a"b\\c\nd')).toBe('"a\\"b\\\\c d"');
    const css = pageMarginCss(
      { left: '禾山派出所日报', right: '2026-11-27' },
      '第 {page} 页 / 共 {pages} 页',
    );
    expect(css).toContain('size: A4 portrait');
    expect(css).toContain('@top-left { content: "禾山派出所日报"');
    expect(css).toContain('content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"');
  });
});

describe('times in station time', () => {
  const day = startOfDay('2026-11-27');
  it('stamps, clock times and runs, with 24:00 at the end of the day', () => {
    expect(formatStamp(day + 9 * HOUR_MS + 5 * 60_000)).toBe('2026-11-27 09:05');
    expect(formatClock(day + 23 * HOUR_MS)).toBe('23:00');
    expect(formatRun(day + 23 * HOUR_MS, day + 24 * HOUR_MS, day + 24 * HOUR_MS)).toBe('23:00–24:00');
  });
});

describe('visits in print', () => {
  const visit = (over: Partial<ReportVisitRow>): ReportVisitRow => ({
    id: 'v',
    visitedAt: 0,
    gridCode: 'HS-001',
    address: '金尚路1号',
    outcome: 'all-registered',
    unregisteredFound: 0,
    overdueTestsFound: 0,
    team: '一组',
    campaignName: '敲门行动',
    ...over,
  });

  it('lists visits that found someone or were refused', () => {
    expect(isNotableVisit(visit({}))).toBe(false);
    expect(isNotableVisit(visit({ outcome: 'not-home' }))).toBe(false);
    expect(isNotableVisit(visit({ outcome: 'refused' }))).toBe(true);
    expect(isNotableVisit(visit({ overdueTestsFound: 1 }))).toBe(true);
  });

  it('sums per team, busiest first', () => {
    const teams = summariseVisits([
      visit({ team: '二组', outcome: 'not-home' }),
      visit({ team: '一组', unregisteredFound: 2, outcome: 'found-unregistered' }),
      visit({ team: '一组', outcome: 'refused' }),
    ]);
    expect(teams).toEqual([
      { team: '一组', visits: 2, unregistered: 2, overdue: 0, notHome: 0, refused: 1 },
      { team: '二组', visits: 1, unregistered: 0, overdue: 0, notHome: 1, refused: 0 },
    ]);
  });
});
