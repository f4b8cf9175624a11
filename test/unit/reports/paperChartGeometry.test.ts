/**
 * The printed report's chart geometry (print/paperCharts/paperChartGeometry.ts), checked against
 * the data: value axes that cover the largest value with round steps, label positions, the
 * burn-up's points and steps where the values put them, stacked columns whose heights add up to
 * each hour's total in the order of the types, and coverage bars proportional to coverage.
 */
import { describe, expect, it } from 'vitest';
import {
  burnUpGeometry,
  coverageRows,
  labelIndices,
  stackedBars,
  valueAxis,
  yOf,
  type PlotBox,
} from '#renderer/features/reports/print/paperCharts/paperChartGeometry';

const plot: PlotBox = { left: 50, top: 10, width: 300, height: 200 };
const bottom = plot.top + plot.height;

/** Numbers of an SVG path, as [x, y] pairs where the command carries both. */
function pathPoints(d: string): Array<[number, number]> {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('valueAxis', () => {
  it.each([
    [7, false],
    [120, false],
    [199_999, false],
    [0.37, false],
    [3, true],
    [115, true],
    [1, true],
  ])('covers %d with evenly spaced round ticks from 0 (integers: %s)', (top, integers) => {
    const axis = valueAxis(top, 4, integers);
    expect(axis.max).toBeGreaterThanOrEqual(top);
    expect(axis.ticks[0]).toBe(0);
    expect(axis.ticks.at(-1)).toBe(axis.max);
    expect(axis.ticks.length - 1).toBeLessThanOrEqual(4);
    const step = axis.ticks[1]! - axis.ticks[0]!;
    axis.ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 9));
    // a round step: 1, 2, 2.5 or 5 times a power of ten
    const mantissa = step / 10 ** Math.floor(Math.log10(step));
    expect([1, 2, 2.5, 5]).toContainEqual(Number(mantissa.toFixed(6)));
    if (integers) expect(Number.isInteger(step)).toBe(true);
    // no wasted interval: the top lies in the last one
    expect(axis.max - step).toBeLessThan(top);
  });

  it('gives an axis of 0..1 when there is nothing to show', () => {
    expect(valueAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});

describe('labelIndices', () => {
  it('labels every point when there are few', () => {
    expect(labelIndices(4, 5)).toEqual([0, 1, 2, 3]);
  });

  it('spreads labels evenly over the hours, from the first', () => {
    expect(labelIndices(24, 7)).toEqual([0, 4, 8, 12, 16, 20]);
  });

  it('keeps the last day and drops the label that would crowd it', () => {
    expect(labelIndices(14, 5, true)).toEqual([0, 4, 8, 13]);
    expect(labelIndices(15, 5, true)).toEqual([0, 4, 8, 14]);
    expect(labelIndices(17, 5, true)).toEqual([0, 4, 8, 12, 16]);
  });
});

describe('burnUpGeometry', () => {
  const data = [
    { day: '2026-11-20', visited: 0, total: 1000 },
    { day: '2026-11-21', visited: 400, total: 1000 },
    { day: '2026-11-22', visited: 900, total: 1200 },
  ];

  it('puts each day at its value, first and last day at the plot edges', () => {
    const g = burnUpGeometry(data, plot);
    expect(g.xs).toEqual([50, 200, 350]);
    const points = pathPoints(g.visitedLine);
    expect(points).toHaveLength(3);
    points.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(g.xs[i]!, 1);
      expect(y).toBeCloseTo(bottom - (plot.height * data[i]!.visited) / g.axis.max, 1);
    });
    expect(g.axis.max).toBeGreaterThanOrEqual(1200);
  });

  it('closes the area on the baseline', () => {
    const g = burnUpGeometry(data, plot);
    const points = pathPoints(g.area);
    expect(points.at(-2)).toEqual([350, bottom]);
    expect(points.at(-1)).toEqual([50, bottom]);
    expect(g.area.endsWith('Z')).toBe(true);
  });

  it('draws the households in scope as steps that change on the day they change', () => {
    const g = burnUpGeometry(data, plot);
    const y1000 = bottom - (plot.height * 1000) / g.axis.max;
    const y1200 = bottom - (plot.height * 1200) / g.axis.max;
    expect(g.totalLine).toBe(`M50,${round(y1000)}H200V${round(y1000)}H350V${round(y1200)}`);
  });

  it('draws a one-day campaign across the plot', () => {
    const g = burnUpGeometry([data[1]!], plot);
    expect(g.xs).toEqual([200]);
    expect(g.totalLine).toMatch(/^M50,[\d.]+H350$/);
  });
});

describe('stackedBars', () => {
  const keys = ['a', 'b', 'c'] as const;
  const buckets = [{ a: 2, b: 0, c: 1 }, { a: 0, b: 0, c: 0 }, { b: 5 }, { a: 1, b: 1, c: 1 }];

  it('stacks each bucket bottom-up in key order, heights adding to its total', () => {
    const g = stackedBars(buckets, keys, plot);
    buckets.forEach((bucket, i) => {
      const parts = g.rects.filter((r) => r.bucket === i);
      const total = keys.reduce((s, k) => s + (bucket[k as keyof typeof bucket] ?? 0), 0);
      expect(parts.map((r) => r.key)).toEqual(
        keys.filter((k) => (bucket[k as keyof typeof bucket] ?? 0) > 0),
      );
      const height = parts.reduce((s, r) => s + r.height, 0);
      expect(height).toBeCloseTo((plot.height * total) / g.axis.max, 6);
      // touching, from the baseline up
      let y = bottom;
      for (const r of parts) {
        expect(r.y + r.height).toBeCloseTo(y, 6);
        y = r.y;
      }
    });
  });

  it('centres the columns in equal slots and leaves empty parts out', () => {
    const g = stackedBars(buckets, keys, plot);
    expect(g.centres).toEqual([87.5, 162.5, 237.5, 312.5]);
    expect(g.rects.filter((r) => r.bucket === 1)).toEqual([]);
    expect(g.axis.max).toBeGreaterThanOrEqual(5);
    expect(g.axis.ticks.every(Number.isInteger)).toBe(true);
  });

  it('places values where the axis says (yOf)', () => {
    const g = stackedBars(buckets, keys, plot);
    const only = g.rects.find((r) => r.bucket === 2)!;
    expect(only.y).toBeCloseTo(yOf(5, g.axis, plot), 6);
  });
});

describe('coverageRows', () => {
  it('makes bars proportional to coverage, clamped to 0–100 %, one row each', () => {
    const items = [{ coverage: 0.25 }, { coverage: 1.4 }, { coverage: -0.1 }, { coverage: 0 }];
    const { rows, barHeight } = coverageRows(items, plot, 20);
    expect(barHeight).toBeCloseTo(14, 6);
    expect(rows.map((r) => r.barWidth)).toEqual([75, 300, 0, 0]);
    rows.forEach((r, i) => {
      expect(r.y).toBeCloseTo(plot.top + 20 * i + 3, 6);
      expect(r.labelY).toBeCloseTo(r.y + 7, 6);
    });
  });
});

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
