/**
 * The text a screen reader hears for each chart says what the chart draws: the figures come
 * from the same data, formatted as the chart formats them, in both languages; an empty chart
 * says so rather than reading out zeros.
 */
import { describe, expect, it } from 'vitest';
import { burnUpSummary, coverageSummary, incidentsByHourSummary } from '#renderer/charts/chartSummaries';
import { formatNumber, formatPercent, makeTranslate } from '#renderer/i18n/translate';

const zh = makeTranslate('zh-CN');
const en = makeTranslate('en');
const n = (v: number) => formatNumber(v, 'zh-CN');

describe('chart summaries', () => {
  it('burn-up: visited and in scope on the last day', () => {
    const data = [
      { day: '2026-03-01', visited: 10, total: 2000 },
      { day: '2026-03-02', visited: 1250, total: 2400 },
    ];
    expect(burnUpSummary(zh, data, (d) => d, n)).toBe(
      '截至 2026-03-02，已走访 1,250 户，范围内共 2,400 户。',
    );
    expect(burnUpSummary(en, data, (d) => d, n)).toBe(
      'By 2026-03-02, 1,250 of the 2,400 households in scope were visited.',
    );
    expect(burnUpSummary(zh, [], (d) => d, n)).toBe('暂无摸排数据。');
  });

  it('coverage: the least covered grids the chart shows, lowest first', () => {
    const bars = [
      { id: 'a', label: 'HS-001', name: '东区', coverage: 0.5 },
      { id: 'b', label: 'HS-002', name: '西区', coverage: 0.125 },
      { id: 'c', label: 'HS-003', name: '南区', coverage: 0.9 },
    ];
    const pct = (r: number) => formatPercent(r, 'zh-CN');
    expect(coverageSummary(zh, bars, 2, pct)).toBe(
      `覆盖率最低的网格：HS-002 西区 ${pct(0.125)}、HS-001 东区 ${pct(0.5)}。`,
    );
    expect(coverageSummary(en, bars, 1, pct)).toBe(
      `Grids with the lowest coverage: HS-002 西区 ${pct(0.125)}.`,
    );
    expect(coverageSummary(zh, [], 15, pct)).toBe('没有参与摸排的网格。');
  });

  it('incidents by hour: the total and the busiest hour (the first on a tie)', () => {
    const hours = [
      { hourStart: 1, count: 2 },
      { hourStart: 2, count: 5 },
      { hourStart: 3, count: 5 },
    ];
    const hour = (ms: number) => `${ms}:00`;
    expect(incidentsByHourSummary(zh, hours, hour, n)).toBe('共 12 起警情，最多的时段为 2:00，5 起。');
    expect(incidentsByHourSummary(en, hours, hour, n)).toBe(
      '12 incidents; the busiest hour was 2:00, with 5.',
    );
    expect(incidentsByHourSummary(zh, [{ hourStart: 1, count: 0 }], hour, n)).toBe('这段时间没有警情。');
  });
});
