/**
 * One sentence per chart saying what it shows, built from the same data the chart draws, for
 * screen readers (ChartFigure puts it under the chart, visually hidden). Pure: the caller gives
 * the translate function and the formatters the chart itself uses, so words and numbers match.
 */
import { leastCovered } from '#common/domain/coverage';
import type { Translate } from '#renderer/i18n/translate';

export interface BurnUpPointLike {
  day: string;
  visited: number;
  total: number;
}

/** Where the campaign stands on its last day: visited of the households in scope. */
export function burnUpSummary(
  t: Translate,
  data: readonly BurnUpPointLike[],
  formatDay: (day: string) => string,
  formatNumber: (n: number) => string,
): string {
  const last = data.at(-1);
  if (!last) return t('a11y.chart.burnUp.empty');
  return t('a11y.chart.burnUp', {
    day: formatDay(last.day),
    visited: formatNumber(last.visited),
    total: formatNumber(last.total),
  });
}

/** The least covered grids the chart shows, lowest first, each with its coverage. */
export function coverageSummary(
  t: Translate,
  bars: ReadonlyArray<{ id: string; label: string; name: string; coverage: number }>,
  limit: number,
  formatPercent: (ratio: number) => string,
): string {
  const shown = leastCovered(bars, limit);
  if (shown.length === 0) return t('a11y.chart.coverage.empty');
  const list = shown
    .map((b) => `${b.label} ${b.name} ${formatPercent(b.coverage)}`)
    .join(t('a11y.listSeparator'));
  return t('a11y.chart.coverage', { list });
}

/** The total over all hours and types, and the busiest hour (the first, on a tie). */
export function incidentsByHourSummary(
  t: Translate,
  hours: ReadonlyArray<{ hourStart: number; count: number }>,
  formatHour: (ms: number) => string,
  formatNumber: (n: number) => string,
): string {
  const total = hours.reduce((sum, h) => sum + h.count, 0);
  if (total === 0) return t('a11y.chart.incidents.empty');
  const peak = hours.reduce((best, h) => (h.count > best.count ? h : best));
  return t('a11y.chart.incidents', {
    total: formatNumber(total),
    hour: formatHour(peak.hourStart),
    count: formatNumber(peak.count),
  });
}
